import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

describe("refusals", () => {
  it.each(["remove the music", "get rid of the music", "turn off the music", "去掉背景音乐", "no music please"])(
    "reads %s as no music, with nothing left over",
    (text) => {
      const plan = interpret(text);
      expect(plan.audio.music).toBeNull();
      expect(plan.unrecognized).toEqual([]);
    },
  );

  it("lets one 'don't' refuse every object of its verb, even once another rule claimed it", () => {
    const plan = interpret("i don't want music or text, only make it 25 seconds long");
    expect(plan.audio.music).toBeNull();
    expect(plan.texts).toEqual([]);
    expect(plan.cut.targetDurationMs).toBe(25000);
    expect(interpret("i don't want text or music, just make it 10s").audio.music).toBeNull();
  });

  it("reads 'no need for music' as a refusal", () => {
    expect(interpret("no need for music").audio.music).toBeNull();
    expect(interpret("no need for text, just 10s")).toMatchObject({ texts: [], cut: { targetDurationMs: 10000 } });
  });

  it("reads contracted negations (doesn't, won't, shouldn't) as refusals", () => {
    expect(interpret("add music that doesn't duck")).toMatchObject({ audio: { music: { duck: false } }, unrecognized: [] });
    expect(interpret("add music, it shouldn't duck").audio.music?.duck).toBe(false);
  });

  it("carries a removal over objects joined by 'and'", () => {
    const plan = interpret("remove the caption and the music");
    expect(plan.texts).toEqual([]);
    expect(plan.audio.music).toBeNull();
    expect(plan.unrecognized).toEqual([]);
  });

  it("ends a refusal at a new positive verb", () => {
    expect(interpret("delete the title, add music").audio.music).not.toBeNull();
    expect(interpret("no text, just music").audio.music).not.toBeNull();
  });
});
