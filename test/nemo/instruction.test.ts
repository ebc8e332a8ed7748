import { describe, expect, it } from "vitest";
import { nemoInstruction } from "../../src/nemo/instruction.js";
import { buildPlan } from "../../src/plan/merge.js";

describe("what the nemo agent is told", () => {
  it("is the user's own words when the job adds nothing to them", () => {
    const text = "cut it to 10 seconds for tiktok";
    expect(nemoInstruction(text, buildPlan({ instruction: text }))).toBe(text);
  });

  it("adds, in words, what the job's explicit options set beyond the words", () => {
    const text = "trim the awkward pauses and cut it down to 10 seconds";
    const plan = buildPlan({ instruction: text, preset: "tiktok", plan: { audio: { mute: true } } });
    expect(nemoInstruction(text, plan)).toBe(
      "trim the awkward pauses and cut it down to 10 seconds. Also make it for tiktok, mute it.",
    );
  });

  it("describes a plan-only job entirely", () => {
    const plan = buildPlan({
      plan: { cut: { targetDurationMs: 8000 }, texts: [{ text: "Hi", position: "top" }] },
      preset: "square",
    });
    expect(nemoInstruction(null, plan)).toBe('make it for square, cut it to 8 seconds, add the text "Hi" at the top.');
  });
});
