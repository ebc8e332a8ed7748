import { z } from "zod";
import { WebhookDeliverySchema, WebhookStatusSchema } from "../webhooks/schema.js";
import { JobOriginSchema, JobRecordSchema, type JobRecord } from "./record.js";

/**
 * A job as callers see it on GET, in lists, in events and in webhook bodies: the record's own
 * fields, without the tenant and storage details, plus the webhook's deliveries folded in.
 */
export const JobViewSchema = JobRecordSchema.pick({
  id: true,
  status: true,
  step: true,
  progress: true,
  engine: true,
  instruction: true,
  plan: true,
  timeline: true,
  notes: true,
  result: true,
  error: true,
  metadata: true,
  details: true,
  createdAt: true,
  updatedAt: true,
  startedAt: true,
  finishedAt: true,
}).extend({
  summary: z.string().nullable().describe("The Timeline's one-line summary (PRODUCT.md §3)"),
  source: z.object({
    type: z.enum(["upload", "url", "session"]),
    filename: z.string().optional(),
    url: z.string().optional(),
  }),
  origin: JobOriginSchema.nullable().describe("Set when a session made this job (a preview or an export)"),
  webhook: z
    .object({
      url: z.string(),
      status: WebhookStatusSchema.nullable().describe(
        "Delivery of the final event: pending, delivered, or failed after the whole retry schedule",
      ),
      deliveries: z.array(WebhookDeliverySchema).describe("Every attempt: time, HTTP status, duration, error"),
    })
    .nullable(),
});
export type JobView = z.infer<typeof JobViewSchema>;

export function outputUrl(baseUrl: string, jobId: string): string {
  return `${baseUrl}/v1/jobs/${jobId}/output`;
}

export function toJobView(rec: JobRecord, baseUrl: string): JobView {
  return {
    id: rec.id,
    status: rec.status,
    step: rec.step,
    progress: rec.progress,
    engine: rec.engine,
    instruction: rec.instruction,
    plan: rec.plan,
    summary: rec.summary,
    timeline: rec.timeline,
    notes: rec.notes,
    source:
      rec.source.type === "url"
        ? { type: "url", url: rec.source.url }
        : { type: rec.source.type, filename: rec.source.filename },
    origin: rec.origin,
    result: rec.result ? { ...rec.result, url: outputUrl(baseUrl, rec.id) } : null,
    error: rec.error,
    metadata: rec.metadata,
    details: rec.details,
    webhook: rec.webhook ? { url: rec.webhook.url, status: rec.webhookStatus, deliveries: rec.deliveries } : null,
    createdAt: rec.createdAt,
    updatedAt: rec.updatedAt,
    startedAt: rec.startedAt,
    finishedAt: rec.finishedAt,
  };
}
