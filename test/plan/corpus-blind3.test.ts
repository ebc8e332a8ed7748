import { describe, expect, it } from "vitest";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { BLIND } from "./corpus-blind.js";
import { BLIND2 } from "./corpus-blind2.js";
import { BLIND3 } from "./corpus-blind3.js";
import { DEV2 } from "./corpus-dev2.js";
import { FOLLOW_UPS } from "./corpus-followup.js";
import { FOLLOWUP_BLIND } from "./corpus-followup-blind.js";
import { FOLLOWUP_BLIND3 } from "./corpus-followup-blind3.js";
import { followUpShare } from "./corpus-followup-score.js";
import { HELD_OUT } from "./corpus-heldout.js";
import { PROBE3, PROBE3_FOLLOW_UPS } from "./corpus-probe3.js";
import { share } from "./corpus-score.js";
import { CORPUS } from "./corpus.js";

/**
 * The round-4 blind sets: 150 instructions and 50 session turns written without reading the
 * interpreter. No floor yet: the shares are printed (failures are not, so nobody tunes to them).
 */

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);
/** Case, width, punctuation and spacing do not make a text new. */
const key = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const OTHER_TEXTS = [
  ...CORPUS,
  ...HELD_OUT,
  ...DEV2,
  ...BLIND,
  ...BLIND2,
  ...PROBE3,
  ...PROBE3_FOLLOW_UPS,
  ...FOLLOW_UPS,
  ...FOLLOWUP_BLIND,
].map((e) => e.text);

const pct = (r: { right: number; total: number }) => ((100 * r.right) / r.total).toFixed(1);

describe("the round-4 blind sets", () => {
  it("hold 150 instructions and 50 session turns, English and Chinese", () => {
    expect(BLIND3.length).toBeGreaterThanOrEqual(150);
    expect(FOLLOWUP_BLIND3.length).toBeGreaterThanOrEqual(50);
    expect(BLIND3.filter((e) => hasChinese(e.text)).length).toBeGreaterThanOrEqual(20);
    expect(FOLLOWUP_BLIND3.some((e) => hasChinese(e.text))).toBe(true);
    expect(FOLLOWUP_BLIND3.some((e) => !hasChinese(e.text))).toBe(true);
  });

  it("expect only schema-valid plans", () => {
    for (const e of BLIND3) {
      expect(() => normalizePlan(EditPlanSchema.parse(e.expect)), e.text).not.toThrow();
    }
    for (const e of FOLLOWUP_BLIND3) {
      const current = normalizePlan(EditPlanSchema.parse(e.current ?? {}));
      if (e.expect.kind === "edit") {
        const patch = e.expect.plan ?? {};
        expect(() => mergePlan(current, patch), e.text).not.toThrow();
      }
    }
  });

  it("repeat no text of another corpus file, nor one of their own", () => {
    const others = new Set(OTHER_TEXTS.map(key));
    const mine = [...BLIND3, ...FOLLOWUP_BLIND3].map((e) => e.text);
    expect(mine.filter((t) => others.has(key(t)))).toEqual([]);
    const seen = new Set<string>();
    const repeated = mine.filter((t) => {
      const k = key(t);
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    expect(repeated).toEqual([]);
  });

  // Floors a few points under the one measurement after round 4 (82.0% and 78.0%); the failing
  // entries are never listed, so the sets stay unseen.
  it("keeps the shares read fully right above their floors", () => {
    const instructions = share(BLIND3);
    const turns = followUpShare(FOLLOWUP_BLIND3);
    console.log(`blind3 instructions: ${instructions.right}/${instructions.total} fully right (${pct(instructions)}%)`);
    console.log(`blind3 follow-up turns: ${turns.right}/${turns.total} fully right (${pct(turns)}%)`);
    expect(instructions.right / instructions.total).toBeGreaterThanOrEqual(0.78);
    expect(turns.right / turns.total).toBeGreaterThanOrEqual(0.74);
  });
});
