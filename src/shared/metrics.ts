import { Counter, Histogram, collectDefaultMetrics, register } from "prom-client";

/**
 * The process's own metrics, on prom-client's default registry: Node's process metrics and the
 * job counters. A process that runs the API serves them at /metrics (with the API's own HTTP and
 * queue metrics); a worker on its own serves them on WORKER_METRICS_PORT.
 */
let defaultsOn = false;
export function processRegistry() {
  if (!defaultsOn) {
    collectDefaultMetrics({ prefix: "promptcut_" });
    defaultsOn = true;
  }
  return register;
}

export const jobsFinished = new Counter({
  name: "promptcut_jobs_total",
  help: "Jobs that ended, by engine and outcome (completed, failed, canceled).",
  labelNames: ["engine", "outcome"] as const,
});

export const renderSeconds = new Histogram({
  name: "promptcut_render_seconds",
  help: "Time from a job's start to its completed output, by engine.",
  labelNames: ["engine"] as const,
  buckets: [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 900, 1800],
});
