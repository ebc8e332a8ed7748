import { describe, expect, it } from "vitest";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { BLIND } from "./corpus-blind.js";
import { DEV2 } from "./corpus-dev2.js";
import { FOLLOW_UPS } from "./corpus-followup.js";
import { followUpShare } from "./corpus-followup-score.js";
import { HELD_OUT } from "./corpus-heldout.js";
import { PROBE3, PROBE3_FOLLOW_UPS } from "./corpus-probe3.js";
import { CORPUS } from "./corpus.js";
import { share } from "./corpus-score.js";

const pct = (r: { right: number; total: number }) => ((100 * r.right) / r.total).toFixed(1);

/**
 * Probe corpus 3: a development set (its failures are printed). Floors a few points under the
 * measured shares (BENCHMARKS.md): they catch a collapse, not a single miss.
 */
describe("the round-3 probe corpus", () => {
  it("has at least 150 instructions and 50 session turns, English and Chinese", () => {
    expect(PROBE3.length).toBeGreaterThanOrEqual(150);
    expect(PROBE3_FOLLOW_UPS.length).toBeGreaterThanOrEqual(50);
    expect(PROBE3.filter((e) => /[\u4e00-\u9fff]/.test(e.text)).length).toBeGreaterThanOrEqual(20);
  });

  it("holds only valid expectations", () => {
    for (const e of PROBE3) expect(EditPlanSchema.safeParse(e.expect).success, e.text).toBe(true);
    for (const e of PROBE3_FOLLOW_UPS) {
      const current = normalizePlan(EditPlanSchema.parse(e.current ?? {}));
      if (e.expect.kind === "edit") expect(() => mergePlan(current, e.expect.kind === "edit" ? (e.expect.plan ?? {}) : {}), e.text).not.toThrow();
    }
  });

  it("repeats no instruction or turn of the older corpora", () => {
    const texts = [...CORPUS, ...HELD_OUT, ...DEV2, ...BLIND, ...PROBE3].map((e) => e.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    const turns = [...FOLLOW_UPS, ...PROBE3_FOLLOW_UPS].map((e) => `${e.text.trim().toLowerCase()} ${JSON.stringify(e.current ?? {})} ${JSON.stringify(e.ctx ?? {})}`);
    expect(turns.filter((t, i) => turns.indexOf(t) !== i)).toEqual([]);
  });

  it("keeps the probe shares above their floors", () => {
    const r = share(PROBE3);
    const f = followUpShare(PROBE3_FOLLOW_UPS);
    const report = [
      ...r.failures.map((x) => `  ✗ ${x.entry.text}\n      ${x.problems.join("\n      ")}`),
      ...f.failures.map((x) => `  ✗ (turn) ${x.e.text}\n      ${x.p.join("\n      ")}`),
    ].join("\n");
    console.log(`probe3 corpus: ${r.right}/${r.total} fully right (${pct(r)}%)`);
    console.log(`probe3 follow-ups: ${f.right}/${f.total} fully right (${pct(f)}%)${report ? `\n${report}` : ""}`);
    expect(r.right / r.total).toBeGreaterThanOrEqual(0.97);
    expect(f.right / f.total).toBeGreaterThanOrEqual(0.97);
  });
});
