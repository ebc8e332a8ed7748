import { z } from "zod";
import { Queue, type ConnectionOptions } from "bullmq";

/**
 * The queue catalog: names and payload schemas, used by producers (API, worker) and processors
 * alike, so neither side can drift from the other.
 */
export const QUEUE_NAMES = { edit: "edit", webhook: "webhook" } as const;

export const EditJobDataSchema = z.object({ jobId: z.string(), tenant: z.string() });
export type EditJobData = z.infer<typeof EditJobDataSchema>;

export const JOB_EVENTS = ["job.completed", "job.failed", "job.canceled"] as const;
export const JobEventTypeSchema = z.enum(JOB_EVENTS);
export type JobEventType = z.infer<typeof JobEventTypeSchema>;

/** One event for one job's webhook; `webhookId` stays the same across retries so receivers can de-duplicate. */
export const WebhookJobDataSchema = z.object({ jobId: z.string(), event: JobEventTypeSchema, webhookId: z.string(), timestamp: z.string() });
export type WebhookJobData = z.infer<typeof WebhookJobDataSchema>;

export function createEditQueue(connection: ConnectionOptions, prefix: string, attempts: number): Queue<EditJobData> {
  return new Queue<EditJobData>(QUEUE_NAMES.edit, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts,
      backoff: { type: "exponential", delay: 2000 },
      // The job record in our own store is the source of truth; BullMQ's copy is only for running it.
      removeOnComplete: { age: 3600, count: 1000 },
      removeOnFail: { age: 24 * 3600 },
    },
  });
}

export function createWebhookQueue(connection: ConnectionOptions, prefix: string): Queue<WebhookJobData> {
  return new Queue<WebhookJobData>(QUEUE_NAMES.webhook, {
    connection,
    prefix,
    defaultJobOptions: { attempts: 1, removeOnComplete: { age: 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } },
  });
}

/** Pub/sub channel on which the API tells every worker to stop a job. */
export const cancelChannel = (prefix: string) => `${prefix}:cancel`;
