import { describe, expect, it } from "vitest";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { FOLLOW_UPS } from "./corpus-followup.js";
import { followUpShare } from "./corpus-followup-score.js";

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

  it("is read fully right for at least 97% of turns", () => {
    const { right, total, failures } = followUpShare(FOLLOW_UPS);
    const report = failures.map((f) => `  ✗ ${f.e.text}\n      ${f.p.join("\n      ")}`).join("\n");
    console.log(`follow-up corpus: ${right}/${total} fully right (${((100 * right) / total).toFixed(1)}%)${report ? `\n${report}` : ""}`);
    expect(right / total).toBeGreaterThanOrEqual(0.97);
  });
});
