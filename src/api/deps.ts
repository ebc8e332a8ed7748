import type { Queue } from "bullmq";
import type { Interpreter } from "../plan/merge.js";
import type { Context } from "../context.js";
import type { EditJobData } from "../jobs/queues.js";
import type { JobNotifier } from "../jobs/notifier.js";
import type { Idempotency } from "../jobs/idempotency.js";
import type { Metrics } from "./metrics.js";
import type { NemoClient } from "../nemo/client.js";
import type { Sessions } from "../sessions/service.js";
import type { JobEventsHub } from "./job-events-hub.js";

/** What route handlers may use: the shared context and the queues they produce to. */
export interface ApiDeps {
  ctx: Context;
  editQueue: Queue<EditJobData>;
  notifier: JobNotifier;
  /** The queues the operators' dashboard (/admin/queues) shows. */
  dashboardQueues: Queue[];
  idempotency: Idempotency;
  events: JobEventsHub;
  /** Open SSE streams, each with its `end`; closed when the server shuts down. */
  openStreams: Set<() => void>;
  metrics: Metrics;
  sessions: Sessions;
  /** The NemoVideo client (created on first use; only /v1/credits and sessions need it in the API). */
  nemoClient: () => NemoClient;
  /** Publishes "stop this job" to every worker. */
  publishCancel: (jobId: string) => Promise<void>;
  /** The committed openapi.yaml served at /openapi.yaml. */
  openapiPath: string;
  /** Whether the API still takes new jobs (false while draining on SIGTERM). */
  accepting: () => boolean;
  /** How a job's instruction is read (the rule interpreter unless the process was given another). */
  interpret?: Interpreter | undefined;
}
