import type { FastifyInstance } from "fastify";

/**
 * Prometheus text exposition for this API process: HTTP answers by route and status, plus queue
 * depths read from Redis at scrape time (shared by every process, so any API can be scraped).
 */
export class Metrics {
  private readonly responses = new Map<string, number>();
  private readonly durations = new Map<string, { sum: number; count: number }>();

  install(app: FastifyInstance): void {
    app.addHook("onResponse", async (req, reply) => {
      const route = req.routeOptions.url ?? "unmatched";
      const key = `${req.method} ${route} ${reply.statusCode}`;
      this.responses.set(key, (this.responses.get(key) ?? 0) + 1);
      const d = this.durations.get(`${req.method} ${route}`) ?? { sum: 0, count: 0 };
      d.sum += reply.elapsedTime / 1000;
      d.count += 1;
      this.durations.set(`${req.method} ${route}`, d);
    });
  }

  render(queues: Record<string, Record<string, number>>): string {
    const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    const lines: string[] = [];
    lines.push(
      "# HELP promptcut_http_responses_total HTTP responses by route and status.",
      "# TYPE promptcut_http_responses_total counter",
    );
    for (const [key, n] of [...this.responses].sort()) {
      const [method, route, status] = key.split(" ");
      lines.push(`promptcut_http_responses_total{method="${method}",route="${esc(route!)}",status="${status}"} ${n}`);
    }
    lines.push(
      "# HELP promptcut_http_request_seconds Time to answer, by route.",
      "# TYPE promptcut_http_request_seconds summary",
    );
    for (const [key, d] of [...this.durations].sort()) {
      const [method, route] = key.split(" ");
      lines.push(`promptcut_http_request_seconds_sum{method="${method}",route="${esc(route!)}"} ${d.sum.toFixed(6)}`);
      lines.push(`promptcut_http_request_seconds_count{method="${method}",route="${esc(route!)}"} ${d.count}`);
    }
    lines.push("# HELP promptcut_queue_jobs Jobs in each queue state.", "# TYPE promptcut_queue_jobs gauge");
    for (const [queue, counts] of Object.entries(queues)) {
      for (const [state, n] of Object.entries(counts))
        lines.push(`promptcut_queue_jobs{queue="${queue}",state="${state}"} ${n}`);
    }
    const mem = process.memoryUsage();
    lines.push(
      "# HELP promptcut_process_resident_memory_bytes Resident memory of this process.",
      "# TYPE promptcut_process_resident_memory_bytes gauge",
    );
    lines.push(`promptcut_process_resident_memory_bytes ${mem.rss}`);
    lines.push(
      "# HELP promptcut_process_uptime_seconds Seconds since this process started.",
      "# TYPE promptcut_process_uptime_seconds gauge",
    );
    lines.push(`promptcut_process_uptime_seconds ${process.uptime().toFixed(1)}`);
    return `${lines.join("\n")}\n`;
  }
}
