import type { Queue } from "bullmq";
import type { Context } from "../shared/context.js";
import type { EditJobData, WebhookJobData } from "../shared/queues.js";

/** What route handlers may use: the shared context and the queues they produce to. */
export interface ApiDeps {
  ctx: Context;
  editQueue: Queue<EditJobData>;
  webhookQueue: Queue<WebhookJobData>;
  /** Publishes "stop this job" to every worker. */
  publishCancel: (jobId: string) => Promise<void>;
  /** The committed openapi.yaml served at /openapi.yaml. */
  openapiPath: string;
  /** Whether the API still takes new jobs (false while draining on SIGTERM). */
  accepting: () => boolean;
}
