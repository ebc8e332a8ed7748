import { z } from "zod";
import { EditPlanSchema } from "../plan/schema.js";
import { MediaInfoSchema } from "../media/probe.js";
import { EngineSchema } from "../jobs/record.js";
import { WebhookTargetSchema } from "../webhooks/schema.js";

/** A clip (or image, or audio) added to a session; named by its file name and its order. */
export const SessionSourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  info: MediaInfoSchema,
  /** The engine's speech map of this source, measured once and reused by every turn (opaque here). */
  speech: z.unknown().nullable().default(null),
  addedAt: z.string(),
});
export type SessionSource = z.infer<typeof SessionSourceSchema>;

export const TURN_KINDS = ["edit", "undo", "redo", "status", "export", "credits", "upload", "help"] as const;
export const TurnKindSchema = z.enum(TURN_KINDS);
export type TurnKind = z.infer<typeof TurnKindSchema>;

export const TurnJobSchema = z.object({ jobId: z.string(), sourceId: z.string(), kind: z.enum(["preview", "export"]) });
export type TurnJob = z.infer<typeof TurnJobSchema>;

export const TurnSchema = z.object({
  n: z.number().int().min(1),
  at: z.string(),
  text: z.string(),
  kind: TurnKindSchema,
  /** What we answered, as a person would read it. */
  reply: z.string(),
  /** Sources the turn applied to; null = all of them. */
  target: z.array(z.string()).nullable(),
  changes: z.array(z.string()),
  /** Timeline summary per source after the turn. */
  summaries: z.record(z.string(), z.string()),
  jobs: z.array(TurnJobSchema),
});
export type Turn = z.infer<typeof TurnSchema>;

/** Every source's plan at one moment; undo and redo move between these. */
export const PlanStateSchema = z.object({
  /** The plan a source added later starts from, and what an untargeted edit changes. */
  base: EditPlanSchema,
  bySource: z.record(z.string(), EditPlanSchema),
  /** For engine "nemo": the upstream agent's draft at this moment (what an export renders). */
  draft: z.unknown().nullable().default(null),
});
export type PlanState = z.infer<typeof PlanStateSchema>;

export const SessionSchema = z.object({
  id: z.string(),
  tenant: z.string(),
  engine: EngineSchema,
  sources: z.array(SessionSourceSchema),
  plans: PlanStateSchema,
  undo: z.array(PlanStateSchema),
  redo: z.array(PlanStateSchema),
  turns: z.array(TurnSchema),
  webhook: WebhookTargetSchema.nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  /** The upstream NemoVideo session, for engine "nemo". */
  nemo: z.unknown().nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastActiveAt: z.string(),
});
export type Session = z.infer<typeof SessionSchema>;
