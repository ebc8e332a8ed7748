import { z } from "zod";
import { EditPlanSchema } from "../plan/schema.js";
import { TimelineSchema } from "../timeline/schema.js";
import { MediaInfoSchema } from "../media/probe.js";
import { ErrorCodeSchema } from "../shared/errors.js";
import { filenameFromUrl } from "../media/names.js";
import { WebhookDeliverySchema, WebhookStatusSchema, WebhookTargetSchema } from "../webhooks/schema.js";

export const JOB_STATUSES = ["queued", "processing", "completed", "failed", "canceled"] as const;
export const JobStatusSchema = z.enum(JOB_STATUSES);
export type JobStatus = z.infer<typeof JobStatusSchema>;
export const FINAL_STATUSES: ReadonlySet<JobStatus> = new Set(["completed", "failed", "canceled"]);

/** Where a job is; shown as `step` on the job. */
/**
 * Local jobs: download? → probe → analyse → render → store.
 * Nemo jobs: session → upload → message → export → poll → download → store.
 */
export const JOB_STEPS = [
  "queued",
  "download",
  "probe",
  "interpret",
  "analyse",
  "render",
  "session",
  "upload",
  "message",
  "export",
  "poll",
  "store",
  "deliver",
  "done",
] as const;
export const JobStepSchema = z.enum(JOB_STEPS);
export type JobStep = z.infer<typeof JobStepSchema>;

export const EngineSchema = z.enum(["local", "nemo"]);
export type Engine = z.infer<typeof EngineSchema>;

export const JobSourceSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("upload"),
    filename: z.string(),
    sizeBytes: z.number().int(),
    kind: z.enum(["video", "audio", "image"]),
  }),
  z.object({ type: z.literal("url"), url: z.string().url() }),
  /** A clip of a session (its preview and export renders). */
  z.object({
    type: z.literal("session"),
    sessionId: z.string(),
    sourceId: z.string(),
    filename: z.string(),
    kind: z.enum(["video", "audio", "image"]),
  }),
]);

/** What a person calls a job's source: the file name, or the URL's last segment. */
export function sourceName(source: JobSource): string {
  return source.type === "url" ? filenameFromUrl(source.url) : source.filename;
}

/** Why a job exists when a session made it. */
export const JobOriginSchema = z.object({
  sessionId: z.string(),
  sourceId: z.string(),
  kind: z.enum(["preview", "export"]),
  turn: z.number().int().min(1),
});
export type JobOrigin = z.infer<typeof JobOriginSchema>;
export type JobSource = z.infer<typeof JobSourceSchema>;

export const JobResultSchema = z.object({
  url: z.string(),
  format: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  sizeBytes: z.number().int(),
});

export const JobErrorSchema = z.object({ code: ErrorCodeSchema, message: z.string() });

/** The final events a job's webhook hears (PRODUCT.md §5). */
export const JOB_EVENTS = ["job.completed", "job.failed", "job.canceled"] as const;
export const JobEventTypeSchema = z.enum(JOB_EVENTS);
export type JobEventType = z.infer<typeof JobEventTypeSchema>;

/** The event last sent (or being sent) to the webhook; a redelivery repeats it with the same id. */
export const JobEventRefSchema = z.object({ type: JobEventTypeSchema, webhookId: z.string(), timestamp: z.string() });
export type JobEventRef = z.infer<typeof JobEventRefSchema>;

/** The stored job: what the API shows (minus tenant) and the worker updates. */
export const JobRecordSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  status: JobStatusSchema,
  step: JobStepSchema,
  progress: z.number().min(0).max(100),
  engine: EngineSchema,
  instruction: z.string().nullable(),
  plan: EditPlanSchema,
  source: JobSourceSchema,
  /** What the source is, probed once where the file arrived (null for a URL until the worker fetches it). */
  sourceInfo: MediaInfoSchema.nullable().default(null),
  music: z
    .object({ filename: z.string(), sizeBytes: z.number().int(), info: MediaInfoSchema.nullable().default(null) })
    .nullable(),
  webhook: WebhookTargetSchema.nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  origin: JobOriginSchema.nullable().default(null),
  summary: z.string().nullable(),
  timeline: TimelineSchema.nullable(),
  notes: z.array(z.string()),
  result: JobResultSchema.nullable(),
  error: JobErrorSchema.nullable(),
  /** Extra facts from the engine (pauses found/removed, ffmpeg args, nemo ids). */
  details: z.record(z.string(), z.unknown()),
  deliveries: z.array(WebhookDeliverySchema),
  /** Where the webhook delivery of the final event stands; null without a webhook or before the end. */
  webhookStatus: WebhookStatusSchema.nullable().default(null),
  lastEvent: JobEventRefSchema.nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;
export type JobResult = z.infer<typeof JobResultSchema>;
export type JobError = z.infer<typeof JobErrorSchema>;
