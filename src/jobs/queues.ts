import { z } from "zod";
import { Queue, QueueEventsProducer, type ConnectionOptions } from "bullmq";
import { JobEventTypeSchema } from "./record.js";
export type { JobEventType } from "./record.js";

/**
 * The queue catalog: names and payload schemas, used by producers (API, worker) and processors
 * alike, so neither side can drift from the other.
 */
export const QUEUE_NAMES = { edit: "edit", webhook: "webhook", maintenance: "maintenance" } as const;

export const EditJobDataSchema = z.object({
  jobId: z.string(),
  tenant: z.string(),
  /** The nemo engine's checkpoint, saved after every step so another worker resumes where it was. */
  nemo: z.unknown().optional(),
});
export type EditJobData = z.infer<typeof EditJobDataSchema>;

/** One event for one job's webhook; `webhookId` stays the same across retries so receivers can de-duplicate. */
export const WebhookJobDataSchema = z.object({
  jobId: z.string(),
  event: JobEventTypeSchema,
  webhookId: z.string(),
  timestamp: z.string(),
});
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

/**
 * Webhook deliveries: one BullMQ job per event, retried on the configured schedule. The schedule's
 * first entry delays the first attempt; each later entry is the wait before the next retry (see
 * `webhookBackoff`). Delayed retries live in Redis, so a worker restart loses none.
 */
export function createWebhookQueue(
  connection: ConnectionOptions,
  prefix: string,
  schedule: readonly number[],
): Queue<WebhookJobData> {
  return new Queue<WebhookJobData>(QUEUE_NAMES.webhook, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: Math.max(1, schedule.length),
      backoff: { type: "schedule" },
      removeOnComplete: { age: 24 * 3600, count: 5000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
}

/** BullMQ backoff strategy for the "schedule" type: after attempt n, wait schedule[n]. */
export function webhookBackoff(schedule: readonly number[]) {
  return (attemptsMade: number): number => schedule[Math.min(attemptsMade, schedule.length - 1)] ?? 0;
}

/** Job progress and final states go into the edit queue's event stream, read by SSE clients via QueueEvents. */
export const FINAL_EVENT = "job-final";

export function createEditEventsProducer(connection: ConnectionOptions, prefix: string): QueueEventsProducer {
  return new QueueEventsProducer(QUEUE_NAMES.edit, { connection, prefix });
}

/** BullMQ's default cap on a queue's event stream; we keep custom events under the same cap. */
export const EVENT_STREAM_MAX = 10_000;

/** Periodic housekeeping; a job scheduler so exactly one worker runs each sweep, whichever is up. */
export function createMaintenanceQueue(connection: ConnectionOptions, prefix: string): Queue {
  return new Queue(QUEUE_NAMES.maintenance, {
    connection,
    prefix,
    defaultJobOptions: { removeOnComplete: { count: 10 }, removeOnFail: { count: 50 } },
  });
}

/** Pub/sub channel on which the API tells every worker to stop a job. */
export const cancelChannel = (prefix: string) => `${prefix}:cancel`;
