import { describe, expect, it } from "vitest";
import { mergePlan } from "../../src/plan/merge.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import type { CorpusEntry } from "./corpus.js";
import type { FollowUpEntry } from "./corpus-followup.js";
import { followUpShare } from "./corpus-followup-score.js";
import { share } from "./corpus-score.js";

const pct = (r: { right: number; total: number }) => ((100 * r.right) / r.total).toFixed(1);

export interface ProbeSuite {
  /** "probe3", "probe4": the name the shares are printed under. */
  name: string;
  entries: CorpusEntry[];
  turns: FollowUpEntry[];
  /** The corpora written before it, which it must not repeat. */
  olderEntries: CorpusEntry[];
  olderTurns: FollowUpEntry[];
  floors: { entries: number; turns: number };
  /** Its size when complete (150 instructions and 50 turns, 20 of them in Chinese). */
  sizes?: { entries: number; turns: number };
}

/**
 * A probe corpus is a development set (its failures are printed). Floors a few points under the
 * measured shares (BENCHMARKS.md): they catch a collapse, not a single miss.
 */
export function probeSuite(p: ProbeSuite): void {
  describe(`the ${p.name} corpus`, () => {
    const sizes = p.sizes ?? { entries: 150, turns: 50 };
    it(`has at least ${sizes.entries} instructions and ${sizes.turns} session turns, English and Chinese`, () => {
      expect(p.entries.length).toBeGreaterThanOrEqual(sizes.entries);
      expect(p.turns.length).toBeGreaterThanOrEqual(sizes.turns);
      expect(p.entries.filter((e) => /[\u4e00-\u9fff]/.test(e.text)).length).toBeGreaterThanOrEqual(20);
    });

    it("holds only valid expectations", () => {
      for (const e of p.entries) expect(EditPlanSchema.safeParse(e.expect).success, e.text).toBe(true);
      for (const e of p.turns) {
        const current = normalizePlan(EditPlanSchema.parse(e.current ?? {}));
        if (e.expect.kind === "edit") expect(() => mergePlan(current, e.expect.kind === "edit" ? (e.expect.plan ?? {}) : {}), e.text).not.toThrow();
      }
    });

    it("repeats no instruction or turn of its own or of the older corpora", () => {
      const repeats = <T>(older: T[], mine: T[], key: (e: T) => string) => {
        const seen = new Set(older.map(key));
        return mine.map(key).filter((k, i, all) => seen.has(k) || all.indexOf(k) !== i);
      };
      const text = (e: CorpusEntry) => e.text.trim().toLowerCase();
      const turn = (e: FollowUpEntry) => `${e.text.trim().toLowerCase()} ${JSON.stringify(e.current ?? {})} ${JSON.stringify(e.ctx ?? {})}`;
      expect(repeats(p.olderEntries, p.entries, text)).toEqual([]);
      expect(repeats(p.olderTurns, p.turns, turn)).toEqual([]);
    });

    it("keeps the probe shares above their floors", () => {
      const r = share(p.entries);
      const f = followUpShare(p.turns);
      const report = [
        ...r.failures.map((x) => `  ✗ ${x.entry.text}\n      ${x.problems.join("\n      ")}`),
        ...f.failures.map((x) => `  ✗ (turn) ${x.e.text}\n      ${x.p.join("\n      ")}`),
      ].join("\n");
      console.log(`${p.name} corpus: ${r.right}/${r.total} fully right (${pct(r)}%)`);
      console.log(`${p.name} follow-ups: ${f.right}/${f.total} fully right (${pct(f)}%)${report ? `\n${report}` : ""}`);
      expect(r.right / r.total).toBeGreaterThanOrEqual(p.floors.entries);
      expect(f.right / f.total).toBeGreaterThanOrEqual(p.floors.turns);
    });
  });
}
