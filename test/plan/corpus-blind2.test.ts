import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { interpretFollowUp } from "../../src/plan/interpret/index.js";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { BLIND } from "./corpus-blind.js";
import { BLIND2 } from "./corpus-blind2.js";
import { DEV2 } from "./corpus-dev2.js";
import { FOLLOWUP_BLIND } from "./corpus-followup-blind.js";
import { FOLLOW_UPS, type FollowUpEntry } from "./corpus-followup.js";
import { HELD_OUT } from "./corpus-heldout.js";
import { diff, share } from "./corpus-score.js";
import { CORPUS } from "./corpus.js";

/**
 * The round-3 blind sets: measured, never tuned on. The shares are printed, not asserted, and the
 * failures are never printed (the point is to measure phrasing nobody tuned the interpreter for).
 */

const pct = (right: number, total: number) => ((100 * right) / total).toFixed(1);

/** The follow-up corpus's scorer (test/plan/corpus-followup.test.ts): the fields that differ; none = fully right. */
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
  const changed = !isDeepStrictEqual({ ...current, notes: [], unrecognized: [] }, { ...got.plan, notes: [], unrecognized: [] });
  if (changed !== got.changes.length > 0) out.push(`changes ${JSON.stringify(got.changes)} for a plan that ${changed ? "changed" : "did not change"}`);
  return out;
}

const key = (t: string) => t.trim().toLowerCase();

describe("the round-3 blind corpora (written blind to the interpreter)", () => {
  it("have their minimum sizes, English and Chinese", () => {
    expect(BLIND2.length).toBeGreaterThanOrEqual(120);
    expect(FOLLOWUP_BLIND.length).toBeGreaterThanOrEqual(40);
    const zh = (t: string) => /[\u4e00-\u9fff]/.test(t);
    expect(BLIND2.filter((e) => zh(e.text)).length).toBeGreaterThanOrEqual(15);
    expect(FOLLOWUP_BLIND.filter((e) => zh(e.text)).length).toBeGreaterThanOrEqual(5);
  });

  it("hold only valid expectations", () => {
    const bad = BLIND2.flatMap((e) => {
      const r = EditPlanSchema.safeParse(e.expect);
      return r.success ? [] : [`${e.text}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`];
    });
    expect(bad).toEqual([]);
    for (const e of FOLLOWUP_BLIND) {
      const current = EditPlanSchema.safeParse(e.current ?? {});
      expect(current.success, e.text).toBe(true);
      if (e.expect.kind === "edit") {
        const patch = e.expect.plan ?? {};
        expect(() => mergePlan(normalizePlan(EditPlanSchema.parse(e.current ?? {})), patch), e.text).not.toThrow();
      }
    }
  });

  it("repeat no text of each other or of any other corpus", () => {
    const older = new Set([...CORPUS, ...HELD_OUT, ...DEV2, ...BLIND, ...FOLLOW_UPS].map((e) => key(e.text)));
    const mine = [...BLIND2, ...FOLLOWUP_BLIND].map((e) => key(e.text));
    expect(mine.filter((t) => older.has(t))).toEqual([]);
    expect(mine.filter((t, i) => mine.indexOf(t) !== i)).toEqual([]);
  });

  // Measured only: the shares are printed, never asserted, and the failing entries never listed.
  it("prints the blind2 and follow-up-blind shares", () => {
    const blind2 = share(BLIND2);
    const followRight = FOLLOWUP_BLIND.filter((e) => problems(e).length === 0).length;
    console.log(`blind2 corpus: ${blind2.right}/${blind2.total} fully right (${pct(blind2.right, blind2.total)}%)`);
    console.log(`follow-up blind corpus: ${followRight}/${FOLLOWUP_BLIND.length} fully right (${pct(followRight, FOLLOWUP_BLIND.length)}%)`);
    expect(blind2.total).toBe(BLIND2.length);
  });
});
