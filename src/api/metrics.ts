import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { processRegistry } from "../shared/metrics.js";

export type QueueCounts = () => Promise<Record<string, Record<string, number>>>;

/**
 * /metrics for an API process: its HTTP answers by route and status, the queue depths read from
 * Redis at scrape time (shared by every process, so any API can be scraped), and the process's own
 * metrics (prom-client's defaults and the job counters). The HTTP and queue metrics live on a
 * registry of this API's own, so several APIs in one process (tests) do not share counts.
 */
export class Metrics {
  private readonly registry = new Registry();
  private readonly responses = new Counter({
    name: "promptcut_http_responses_total",
    help: "HTTP responses by route and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  private readonly durations = new Histogram({
    name: "promptcut_http_request_seconds",
    help: "Time to answer, by route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(queueCounts: QueueCounts) {
    new Gauge({
      name: "promptcut_queue_jobs",
      help: "Jobs in each queue state.",
      labelNames: ["queue", "state"] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, counts] of Object.entries(await queueCounts())) {
          for (const [state, n] of Object.entries(counts)) this.set({ queue, state }, n);
        }
      },
    });
  }

  install(app: FastifyInstance): void {
    app.addHook("onResponse", async (req, reply) => {
      const route = req.routeOptions.url ?? "unmatched";
      this.responses.inc({ method: req.method, route, status: reply.statusCode });
      this.durations.observe({ method: req.method, route }, reply.elapsedTime / 1000);
    });
  }

  readonly contentType = this.registry.contentType;

  async render(): Promise<string> {
    return Registry.merge([processRegistry(), this.registry]).metrics();
  }
}
