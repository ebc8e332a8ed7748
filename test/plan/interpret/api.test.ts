import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpret, MAX_INSTRUCTION_CHARS } from "../../../src/plan/interpret/index.js";
import { normalizePlan } from "../../../src/plan/normalize.js";
import { EditPlanSchema, type EditPlan } from "../../../src/plan/schema.js";

/** Loose bound per input: throughput is measured by the bench, this only catches runaway regexes. */
const PER_INPUT_MS = 50;

function assertValid(plan: EditPlan): void {
  const parsed = EditPlanSchema.safeParse(plan);
  expect(parsed.success).toBe(true);
  expect(normalizePlan(plan)).toEqual(plan);
  // The fallbacks exist so a user never sees an exception; hitting one is still a bug.
  expect(plan.notes.join(" ")).not.toMatch(/could not be read|could not be applied/);
}

/**
 * A runaway regex is slow every time; a GC pause or a JIT deopt on a loaded test machine is slow
 * once. So an input over the bound gets one more try, and the faster run counts.
 */
function timed(text: string, ctx?: Parameters<typeof interpret>[1]): EditPlan {
  let best = Number.POSITIVE_INFINITY;
  let plan: EditPlan | undefined;
  for (let attempt = 0; attempt < 2 && best >= PER_INPUT_MS; attempt++) {
    const t0 = performance.now();
    plan = interpret(text, ctx);
    best = Math.min(best, performance.now() - t0);
  }
  expect(best).toBeLessThan(PER_INPUT_MS);
  return plan!;
}

// Fragments that exercise the rules' edges: quotes of every kind, numbers next to units and
// colons, tokens that look like ours, negations, CJK numerals, emoji, RTL, control characters.
const FRAGMENTS = [
  "'", '"', "“", "”", "「", "」", "«", "»", "`", "‘", "’", ":", "x", "×", "%", ".", ",", "-", "~", " ", "\n", "\t",
  "0", "1", "9", "16", "0:10", "9:16", "1.5", "720p", "4k", "2x", "x2", "10s", "sec", "min", "ms", "half", "a",
  "first", "last", "from", "to", "and", "then", "no", "don't", "not", "add", "text", "caption", "music", "mute",
  "fade", "in", "out", "cut", "trim", "pauses", "speed", "slow", "tiktok", "square", "gif", "export", "help",
  "十", "两", "半", "秒", "分钟", "倍", "前", "最后", "去掉", "加", "文字", "背景音乐", "静音", "导出", "百分之",
  "😂", "🔥", "👨‍👩‍👧", "\u202e", "\u200f", "مرحبا", "\u0000", "\u0007", "\uE000", "\uE001", "\uD800", "\uDC00",
];

describe("interpret", () => {
  it("exports the 2,000-character limit the API enforces", () => {
    expect(MAX_INSTRUCTION_CHARS).toBe(2000);
  });

  it("is deterministic", () => {
    const text = "trim the pauses, add 'hi' at the top, under 30s for tiktok";
    expect(interpret(text)).toEqual(interpret(text));
  });

  it("gives a valid plan for empty and blank input, with a note", () => {
    for (const t of ["", "   ", "\n\n"]) {
      const plan = interpret(t);
      assertValid(plan);
      expect(plan.notes.join(" ")).toMatch(/empty/);
    }
  });

  it("reads only the first 2,000 characters of longer input and says so", () => {
    const plan = interpret("trim the pauses ".repeat(300));
    assertValid(plan);
    expect(plan.cut.removePauses).not.toBeNull();
    expect(plan.notes.join(" ")).toMatch(/2000/);
  });

  it("survives input that is not a string at run time", () => {
    assertValid(interpret(undefined as unknown as string));
    assertValid(interpret(42 as unknown as string));
  });

  it("never lets our token characters from the input reach the plan", () => {
    const plan = interpret("add '\uE000q0\uE001' \uE000d5\uE001 at the top");
    assertValid(plan);
    expect(JSON.stringify(plan)).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it("keeps at most 20 overlays", () => {
    const plan = interpret(Array.from({ length: 30 }, (_, i) => `add "t${i}"`).join(", "));
    assertValid(plan);
    expect(plan.texts).toHaveLength(20);
  });
});

describe("interpret on arbitrary input", () => {
  it("always returns a valid, normalized plan, quickly, for any string up to 2,000 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 2000 }), (s) => {
        assertValid(timed(s));
      }),
      { numRuns: 300 },
    );
  });

  it("always returns a valid plan for adversarial mixes of the rules' own vocabulary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 700 }), fc.constantFrom("", " "), (parts, sep) => {
        const s = parts.join(sep).slice(0, 2000);
        assertValid(timed(s));
      }),
      { numRuns: 400 },
    );
  });

  it("always returns a valid plan for long repetitions of one fragment", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS), (a, b) => {
        const s = `${a}${b} `.repeat(1000).slice(0, 2000);
        assertValid(timed(s));
      }),
      { numRuns: 300 },
    );
  });

  it("always returns a valid plan whatever the context says", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.record({
          sourceName: fc.option(fc.string({ unit: "binary", maxLength: 300 }), { nil: undefined }),
          sourceDurationMs: fc.option(fc.double(), { nil: undefined }),
          preset: fc.option(fc.constantFrom("tiktok", "reels", "shorts", "story", "youtube", "square" as const), { nil: undefined }),
        }),
        (s, ctx) => {
          assertValid(timed(`add a title, only the last 3 seconds, ${s}`, ctx));
        },
      ),
      { numRuns: 300 },
    );
  });
});
