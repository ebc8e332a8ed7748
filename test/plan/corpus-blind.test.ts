import { describe, expect, it } from "vitest";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { BLIND } from "./corpus-blind.js";
import { DEV2 } from "./corpus-dev2.js";
import { HELD_OUT } from "./corpus-heldout.js";
import { CORPUS, type CorpusEntry } from "./corpus.js";
import { share } from "./corpus-score.js";

const pct = (r: { right: number; total: number }) => ((100 * r.right) / r.total).toFixed(1);

function invalid(entries: CorpusEntry[]): string[] {
  return entries.flatMap((e) => {
    const r = EditPlanSchema.safeParse(e.expect);
    return r.success ? [] : [`${e.text}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`];
  });
}

describe("the dev2 and blind corpora (written blind to the interpreter)", () => {
  it("have their minimum sizes", () => {
    expect(DEV2.length).toBeGreaterThanOrEqual(200);
    expect(BLIND.length).toBeGreaterThanOrEqual(80);
  });

  it("hold only valid expectations", () => {
    expect(invalid(DEV2)).toEqual([]);
    expect(invalid(BLIND)).toEqual([]);
  });

  it("repeat no instruction of each other or of the older corpora", () => {
    const texts = [...CORPUS, ...HELD_OUT, ...DEV2, ...BLIND].map((e) => e.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  // Floors a few points under the measured shares (BENCHMARKS.md): they catch a collapse, not a
  // single miss. The blind set was measured only until round 3, which made it a development set
  // (a fresh blind set is kept outside this repository); CORPUS_DEV2_REPORT=1 lists the failures
  // of both.
  it("keeps the dev2 and blind shares above their floors", () => {
    const dev = share(DEV2);
    const blind = share(BLIND);
    const list = (r: typeof dev) => (process.env.CORPUS_DEV2_REPORT === "1" ? `\n${r.failures.map((f) => `  ✗ ${f.entry.text}\n      ${f.problems.join("\n      ")}`).join("\n")}` : "");
    console.log(`dev2 corpus: ${dev.right}/${dev.total} fully right (${pct(dev)}%)${list(dev)}`);
    console.log(`blind corpus (a development set since round 3): ${blind.right}/${blind.total} fully right (${pct(blind)}%)${list(blind)}`);
    expect(dev.total).toBe(DEV2.length);
    expect(blind.total).toBe(BLIND.length);
    expect(dev.right / dev.total).toBeGreaterThanOrEqual(0.97);
    expect(blind.right / blind.total).toBeGreaterThanOrEqual(0.97);
  });
});
