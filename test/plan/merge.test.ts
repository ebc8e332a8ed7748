import { describe, expect, it } from "vitest";
import { interpret } from "../../src/plan/interpret/index.js";
import { buildPlan, mergePlan, parsePlanPatch } from "../../src/plan/merge.js";
import { EditPlanSchema } from "../../src/plan/schema.js";
import { AppError } from "../../src/shared/errors.js";

function appError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected an AppError");
}

describe("mergePlan", () => {
  const base = interpret("trim the pauses, add 'hi' at the top, cut it to 10 seconds, for tiktok, quiet music");

  it("lets explicit fields win one by one and keeps the rest", () => {
    const plan = mergePlan(base, { cut: { targetDurationMs: 15000 }, audio: { music: { volume: 0.6 } } });
    expect(plan.cut).toMatchObject({ targetDurationMs: 15000, removePauses: { minPauseMs: 500 } });
    expect(plan.audio.music).toEqual({ source: null, volume: 0.6, duck: true, fadeOutMs: 1000 });
    expect(plan.texts[0]?.text).toBe("hi");
  });

  it("replaces arrays instead of merging them", () => {
    const plan = mergePlan(base, { texts: [{ text: "bye" }] });
    expect(plan.texts.map((t) => t.text)).toEqual(["bye"]);
  });

  it("removes a feature set to null", () => {
    expect(mergePlan(base, { audio: { music: null } }).audio.music).toBeNull();
    expect(mergePlan(base, { cut: { removePauses: null } }).cut.removePauses).toBeNull();
  });

  it("gives a new preset its own frame", () => {
    const plan = mergePlan(interpret("landscape"), { preset: "tiktok" });
    expect(plan.output).toMatchObject({ preset: "tiktok", aspect: "9:16", width: 1080, height: 1920 });
  });

  it("recomputes the frame size for a new resolution", () => {
    expect(mergePlan(base, { output: { resolution: 720 } }).output).toMatchObject({ width: 720, height: 1280 });
  });

  it("returns a schema-valid plan", () => {
    expect(EditPlanSchema.safeParse(mergePlan(base, { speed: 2 })).success).toBe(true);
  });

  it("rejects an invalid plan with the failing field paths", () => {
    const err = appError(() => mergePlan(base, { speed: 9, cut: { targetDurationMs: "ten" }, colour: "red" }));
    expect(err.code).toBe("invalid_plan");
    expect(err.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(["plan.speed", "plan.cut.targetDurationMs", "plan"]));
  });
});

describe("parsePlanPatch", () => {
  it("accepts any subset and adds no defaults", () => {
    expect(parsePlanPatch({ output: { format: "gif" } })).toEqual({ output: { format: "gif" } });
  });

  it("rejects a range that ends before it starts", () => {
    const err = appError(() => parsePlanPatch({ cut: { ranges: [{ startMs: 5000, endMs: 1000 }] } }));
    expect(err.issues?.[0]?.path).toBe("plan.cut.ranges.0.endMs");
  });
});

describe("buildPlan", () => {
  it("interprets the instruction and merges the explicit plan and shorthands over it", () => {
    const plan = buildPlan({
      instruction: "trim the pauses and cut it to 10 seconds",
      plan: { cut: { targetDurationMs: 20000 } },
      preset: "reels",
      output: "gif",
    });
    expect(plan.cut).toMatchObject({ targetDurationMs: 20000, removePauses: { minPauseMs: 500 } });
    expect(plan.output).toMatchObject({ preset: "reels", aspect: "9:16", format: "gif" });
  });

  it("builds from a plan alone", () => {
    expect(buildPlan({ plan: { speed: 2 } })).toMatchObject({ intent: "edit", speed: 2 });
  });

  it("uses the source name for a default overlay", () => {
    expect(buildPlan({ instruction: "add a title", sourceName: "taco_night.mp4" }).texts[0]?.text).toBe("Taco Night");
  });

  it("rejects a request with neither instruction nor plan", () => {
    expect(appError(() => buildPlan({})).code).toBe("invalid_instruction");
  });

  it("rejects a blank instruction without a plan, but accepts it with one", () => {
    expect(appError(() => buildPlan({ instruction: "   " })).code).toBe("invalid_instruction");
    expect(buildPlan({ instruction: " ", plan: { speed: 2 } }).speed).toBe(2);
  });

  it("rejects an instruction over 2,000 characters", () => {
    const err = appError(() => buildPlan({ instruction: "a".repeat(2001) }));
    expect(err.code).toBe("invalid_instruction");
    expect(err.status).toBe(422);
  });

  it("rejects an unknown preset shorthand as an invalid plan", () => {
    expect(appError(() => buildPlan({ instruction: "trim pauses", preset: "myspace" })).code).toBe("invalid_plan");
  });
});
