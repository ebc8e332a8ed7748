import { isDeepStrictEqual } from "node:util";
import { interpretFollowUp } from "../../src/plan/interpret/index.js";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import type { FollowUpEntry } from "./corpus-followup.js";
import { diff } from "./corpus-score.js";

/** The fields that differ from the entry's expectation; none = the turn is fully right. */
export function followUpProblems(e: FollowUpEntry): string[] {
  const current = normalizePlan(EditPlanSchema.parse(e.current ?? {}));
  const got = interpretFollowUp(e.text, current, e.ctx);
  const out: string[] = [];
  if (got.kind !== e.expect.kind) return [`kind: want ${e.expect.kind} got ${got.kind}`];
  if (got.kind === "intent" && e.expect.kind === "intent" && got.intent !== e.expect.intent) out.push(`intent: want ${e.expect.intent} got ${got.intent}`);
  if (got.kind !== "edit" || e.expect.kind !== "edit") return out;
  const want = mergePlan(current, e.expect.plan ?? {});
  const { notes: _n, unrecognized: _u, ...w } = want;
  const { notes, unrecognized, ...g } = got.plan;
  diff(w, g, "", out);
  const target = got.target?.sourceIds ?? null;
  if (!isDeepStrictEqual(target, e.expect.target ?? null)) out.push(`target: want ${JSON.stringify(e.expect.target ?? null)} got ${JSON.stringify(target)}`);
  // An export asked with the change ("export as gif"): the session renders the export after it.
  const thenExport = (got as { thenExport?: boolean }).thenExport === true;
  if (thenExport !== (e.expect.thenExport ?? false)) out.push(`thenExport: want ${e.expect.thenExport ?? false} got ${thenExport}`);
  for (const s of e.notes ?? []) if (!notes.some((n) => n.includes(s))) out.push(`notes lack "${s}"`);
  for (const s of e.unrecognized ?? []) if (!unrecognized.some((u) => u.includes(s))) out.push(`unrecognized lacks "${s}"`);
  if (e.unrecognized === undefined && unrecognized.length > 0) out.push(`unexpected unrecognized ${JSON.stringify(unrecognized)}`);
  // `changes` says something exactly when the plan changed.
  const changed = !isDeepStrictEqual({ ...current, notes: [], unrecognized: [] }, { ...got.plan, notes: [], unrecognized: [] });
  if (changed !== got.changes.length > 0) out.push(`changes ${JSON.stringify(got.changes)} for a plan that ${changed ? "changed" : "did not change"}`);
  return out;
}

/** Every entry scored: how many are fully right, and the failures with their problems. */
export function followUpShare(entries: FollowUpEntry[]): { right: number; total: number; failures: Array<{ e: FollowUpEntry; p: string[] }> } {
  const failures = entries.map((e) => ({ e, p: followUpProblems(e) })).filter((f) => f.p.length > 0);
  return { right: entries.length - failures.length, total: entries.length, failures };
}
