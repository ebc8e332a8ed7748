import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { interpretFollowUp } from "../../src/plan/interpret/index.js";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { FOLLOW_UPS, type FollowUpEntry } from "./corpus-followup.js";
import { diff } from "./corpus-score.js";

/** The fields that differ from the entry's expectation; none = the turn is fully right. */
function problems(e: FollowUpEntry): string[] {
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
  for (const s of e.notes ?? []) if (!notes.some((n) => n.includes(s))) out.push(`notes lack "${s}"`);
  for (const s of e.unrecognized ?? []) if (!unrecognized.some((u) => u.includes(s))) out.push(`unrecognized lacks "${s}"`);
  if (e.unrecognized === undefined && unrecognized.length > 0) out.push(`unexpected unrecognized ${JSON.stringify(unrecognized)}`);
  // `changes` says something exactly when the plan changed.
  const changed = !isDeepStrictEqual({ ...current, notes: [], unrecognized: [] }, { ...got.plan, notes: [], unrecognized: [] });
  if (changed !== got.changes.length > 0) out.push(`changes ${JSON.stringify(got.changes)} for a plan that ${changed ? "changed" : "did not change"}`);
  return out;
}

describe("the follow-up corpus", () => {
  it("has at least 60 turns, English and Chinese", () => {
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(60);
    expect(FOLLOW_UPS.some((e) => /[\u4e00-\u9fff]/.test(e.text))).toBe(true);
  });

  it("holds only valid current plans and expectations", () => {
    for (const e of FOLLOW_UPS) {
      const current = normalizePlan(EditPlanSchema.parse(e.current ?? {}));
      if (e.expect.kind === "edit") expect(() => mergePlan(current, e.expect.kind === "edit" ? (e.expect.plan ?? {}) : {})).not.toThrow();
    }
  });

  it("is read fully right for at least 95% of turns", () => {
    const failures = FOLLOW_UPS.map((e) => ({ e, p: problems(e) })).filter((f) => f.p.length > 0);
    const right = FOLLOW_UPS.length - failures.length;
    const report = failures.map((f) => `  ✗ ${f.e.text}\n      ${f.p.join("\n      ")}`).join("\n");
    console.log(`follow-up corpus: ${right}/${FOLLOW_UPS.length} fully right (${((100 * right) / FOLLOW_UPS.length).toFixed(1)}%)${report ? `\n${report}` : ""}`);
    expect(right / FOLLOW_UPS.length).toBeGreaterThanOrEqual(0.95);
  });
});
