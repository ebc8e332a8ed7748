import { randomUUID } from "node:crypto";
import type { Queue, QueueEventsProducer } from "bullmq";
import type { JobStore } from "./store.js";
import type { JobEventRef, JobEventType, JobRecord } from "./record.js";
import { EVENT_STREAM_MAX, FINAL_EVENT, type WebhookJobData } from "./queues.js";

const EVENT_FOR_STATUS = { completed: "job.completed", failed: "job.failed", canceled: "job.canceled" } as const;

/**
 * Tells the world a job ended: an event on the edit queue's stream (SSE clients) and, when the job
 * names a webhook, a delivery job. Called exactly once per final transition, by whoever applied it
 * (the worker for completed/failed, the API for canceled), so each job has one final event.
 */
export class JobNotifier {
  constructor(
    private readonly store: JobStore,
    private readonly webhookQueue: Queue<WebhookJobData>,
    private readonly events: QueueEventsProducer,
    private readonly firstDelayMs: number,
  ) {}

  async final(rec: Pick<JobRecord, "id" | "webhook">, status: keyof typeof EVENT_FOR_STATUS): Promise<void> {
    await this.events.publishEvent({ eventName: FINAL_EVENT, jobId: rec.id, status }, EVENT_STREAM_MAX);
    if (!rec.webhook) return;
    const event: JobEventRef = {
      type: EVENT_FOR_STATUS[status],
      webhookId: `msg_${randomUUID()}`,
      timestamp: new Date().toISOString(),
    };
    await this.store.patch(rec.id, [], { webhookStatus: "pending", lastEvent: event });
    await this.enqueue(rec.id, event, event.webhookId);
  }

  /** Sends the job's last event again, with the same webhook-id so receivers can de-duplicate. */
  async redeliver(rec: Pick<JobRecord, "id" | "lastEvent">): Promise<JobEventRef | null> {
    if (!rec.lastEvent) return null;
    await this.store.patch(rec.id, [], { webhookStatus: "pending" });
    await this.enqueue(rec.id, rec.lastEvent, `${rec.lastEvent.webhookId}:redeliver:${Date.now()}`);
    return rec.lastEvent;
  }

  private async enqueue(jobId: string, event: JobEventRef, queueJobId: string): Promise<void> {
    const data: WebhookJobData = {
      jobId,
      event: event.type as JobEventType,
      webhookId: event.webhookId,
      timestamp: event.timestamp,
    };
    await this.webhookQueue.add(event.type, data, { jobId: queueJobId, delay: this.firstDelayMs });
  }
}
