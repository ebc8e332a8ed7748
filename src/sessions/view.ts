import { z } from "zod";
import { EditPlanSchema } from "../plan/schema.js";
import { EngineSchema, JobResultSchema, JobStatusSchema } from "../jobs/record.js";
import type { JobStore } from "../jobs/store.js";
import { outputUrl } from "../jobs/view.js";
import { TurnSchema, type Session } from "./record.js";

const RenderRefSchema = z.object({
  jobId: z.string(),
  sourceId: z.string(),
  turn: z.number().int(),
  status: JobStatusSchema.nullable().describe("null once the job record has expired"),
  result: JobResultSchema.nullable(),
});

/** A session as callers see it. */
export const SessionViewSchema = z.object({
  id: z.string(),
  engine: EngineSchema,
  sources: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(["video", "audio", "image"]),
      durationMs: z.number().int().nullable(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
    }),
  ),
  plan: EditPlanSchema.describe("The plan an untargeted edit changes and a new source starts from"),
  plans: z.record(z.string(), EditPlanSchema).describe("Each source's current plan"),
  summaries: z.record(z.string(), z.string()).describe("Each source's Timeline summary under its current plan"),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  turns: z.array(TurnSchema),
  previews: z.array(RenderRefSchema),
  exports: z.array(RenderRefSchema),
  webhook: z.object({ url: z.string() }).nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expiresAt: z.string(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

export async function toSessionView(
  s: Session,
  summaries: Record<string, string>,
  jobs: JobStore,
  baseUrl: string,
  idleMs: number,
): Promise<SessionView> {
  const refs = s.turns.flatMap((t) => t.jobs.map((j) => ({ ...j, turn: t.n })));
  const records = await Promise.all(refs.map((r) => jobs.get(r.jobId)));
  const withStatus = refs.map((r, i) => {
    const rec = records[i];
    return {
      kind: r.kind,
      ref: {
        jobId: r.jobId,
        sourceId: r.sourceId,
        turn: r.turn,
        status: rec?.status ?? null,
        result: rec?.result ? { ...rec.result, url: outputUrl(baseUrl, rec.id) } : null,
      },
    };
  });
  return {
    id: s.id,
    engine: s.engine,
    sources: s.sources.map((src) => ({
      id: src.id,
      name: src.name,
      kind: src.info.kind,
      durationMs: src.info.durationMs,
      width: src.info.video?.width ?? null,
      height: src.info.video?.height ?? null,
    })),
    plan: s.plans.base,
    plans: Object.fromEntries(s.sources.map((src) => [src.id, s.plans.bySource[src.id] ?? s.plans.base])),
    summaries,
    canUndo: s.undo.length > 0,
    canRedo: s.redo.length > 0,
    turns: s.turns,
    previews: withStatus.filter((x) => x.kind === "preview").map((x) => x.ref),
    exports: withStatus.filter((x) => x.kind === "export").map((x) => x.ref),
    webhook: s.webhook,
    metadata: s.metadata,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    expiresAt: new Date(Date.parse(s.lastActiveAt) + idleMs).toISOString(),
  };
}
