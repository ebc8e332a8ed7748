import { randomUUID } from "node:crypto";
import type { Queue } from "bullmq";
import type { JobRecord } from "./job-record.js";
import type { JobEventType, WebhookJobData } from "./queues.js";

/**
 * Queues the final event of a job for its webhook. Called exactly once per final transition, by
 * whoever applied it (the worker for completed/failed, the API for canceled).
 */
export async function enqueueJobEvent(queue: Queue<WebhookJobData>, rec: Pick<JobRecord, "id" | "webhook">, event: JobEventType): Promise<void> {
  if (!rec.webhook) return;
  const webhookId = `msg_${randomUUID()}`;
  await queue.add(event, { jobId: rec.id, event, webhookId, timestamp: new Date().toISOString() }, { jobId: webhookId });
}
