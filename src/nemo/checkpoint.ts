import { z } from "zod";
import { TimelineSchema } from "../timeline/schema.js";

/**
 * The saved state of one nemo job (NEMO.md: "the render id and session id are checkpointed on the
 * job before polling"). The caller persists it after every `advance` call, so every field here is
 * plain JSON and every step can be resumed from it by a different worker.
 */

export const NEMO_STEPS = [
  "token",
  "session",
  "upload",
  "baseline",
  "message",
  "confirm",
  "export",
  "poll",
  "download",
  "done",
] as const;
export type NemoStep = (typeof NEMO_STEPS)[number];

const int0 = z.number().int().min(0);

export const CheckpointTokenSchema = z.object({
  token: z.string().min(1),
  userId: z.string().nullable(),
  expiresAt: z.number().nullable(),
  anonymous: z.boolean(),
});

export const UploadedFileRecordSchema = z.object({
  filename: z.string(),
  fileType: z.string().nullable(),
  cdnUrl: z.string().nullable(),
  durationMs: int0.nullable(),
  width: int0.nullable(),
  height: int0.nullable(),
  fps: z.number().nullable(),
  hash: z.string().nullable(),
});

/** How the agent's turn ended decides how its effect is confirmed (NEMO.md "The SSE stream"). */
export const ConfirmModeSchema = z.enum([
  "text", // the turn answered in words: one read now, one more later
  "no_text", // closed with no text (~30% of turns): read state now, then wait and read again
  "dropped", // stream dropped / timed out / an earlier run may have sent it: wait 30 s, 60 s, … then read
  "error", // an {"error":…} event: one read, then fail with the error
]);

export const NemoJobResultSchema = z.object({
  outputPath: z.string(),
  format: z.literal("mp4"),
  width: int0.nullable(),
  height: int0.nullable(),
  durationMs: int0.nullable(),
  sizeBytes: int0,
  /** The Timeline read from the exported draft, and its PRODUCT.md §3 summary line. */
  timeline: TimelineSchema,
  summary: z.string(),
  /** What the agent said, with its GUI phrases translated (or a line describing the change). */
  text: z.string(),
  /** Credits the turn cost, from the balance before and after; null when it could not be told. */
  creditsUsed: z.number().nullable(),
  renderId: z.string(),
  sessionId: z.string(),
});
export type NemoJobResult = z.output<typeof NemoJobResultSchema>;

export const NemoCheckpointSchema = z.object({
  v: z.literal(1).default(1),
  step: z.enum(NEMO_STEPS).default("token"),
  /** The anonymous token, so a restarted worker does not ask for another (one per client id per 7 days). */
  token: CheckpointTokenSchema.nullable().default(null),
  sessionId: z.string().nullable().default(null),
  taskId: z.string().nullable().default(null),
  /** 1002 "session not found" answers survived; each costs a new session and one resend. */
  sessionResets: int0.default(0),
  uploaded: z.array(UploadedFileRecordSchema).default([]),
  /** The draft's fingerprint and the credit balance before the message, to see what the turn did. */
  baseline: z.object({ draftHash: z.string(), creditsAvailable: z.number().nullable() }).nullable().default(null),
  /**
   * The run (worker invocation) allowed to send the message, saved before sending. A checkpoint that
   * shows another run's claim means that run may have sent it: this run never sends again.
   */
  messageClaim: z.string().nullable().default(null),
  /** True once the message may have reached NemoVideo in this session; it is never sent again. */
  messageSent: z.boolean().default(false),
  confirm: z.object({ mode: ConfirmModeSchema, reads: int0, error: z.string().nullable() }).nullable().default(null),
  /** The agent's text as received (translated only when shown). */
  agentText: z.string().default(""),
  /** The draft to export, from the session state after the turn. */
  draft: z.unknown().nullable().default(null),
  creditsUsed: z.number().nullable().default(null),
  /**
   * The render id chosen (and saved) before export is called. `ambiguous` when a call with it may
   * have reached NemoVideo without an answer: it is looked up before any new export.
   */
  exportClaim: z.object({ renderId: z.string(), runId: z.string(), ambiguous: z.boolean() }).nullable().default(null),
  /** Set as soon as NemoVideo accepted the export, before the first poll; never replaced. */
  renderId: z.string().nullable().default(null),
  renderStartedAt: z.number().nullable().default(null),
  renderProgress: z.number().min(0).max(100).default(0),
  lastPollAt: z.number().nullable().default(null),
  outputUrl: z.string().nullable().default(null),
  /** Transient failures of the current step (reset when a step completes). */
  retries: int0.default(0),
  /** 429 waits taken; they cost no attempt (NEMO.md). */
  rateLimitWaits: int0.default(0),
  result: NemoJobResultSchema.nullable().default(null),
});

export type NemoCheckpoint = z.output<typeof NemoCheckpointSchema>;

export function newCheckpoint(): NemoCheckpoint {
  return NemoCheckpointSchema.parse({});
}

const STEP_PROGRESS: Record<NemoStep, number> = {
  token: 0,
  session: 2,
  upload: 5,
  baseline: 12,
  message: 15,
  confirm: 40,
  export: 45,
  poll: 50,
  download: 92,
  done: 100,
};

/** 0–100 for the job's `progress`: render progress fills 50–90. */
export function progressOf(cp: NemoCheckpoint): number {
  if (cp.step === "poll") return Math.round(50 + cp.renderProgress * 0.4);
  return STEP_PROGRESS[cp.step];
}
