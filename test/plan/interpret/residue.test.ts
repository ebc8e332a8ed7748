import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

const unrecognized = (text: string) => interpret(text).unrecognized;

describe("what is left over", () => {
  it("counts a light verb as part of the request it carries", () => {
    expect(unrecognized("switch it to landscape")).toEqual([]);
    expect(unrecognized("convert it to .mov")).toEqual([]);
    expect(unrecognized("run it at 2x")).toEqual([]);
    expect(unrecognized("lock it to 30fps")).toEqual([]);
    expect(unrecognized("move the text to the top")).toEqual([]);
  });

  it("counts staying, sizing and fitting verbs as carriers", () => {
    expect(unrecognized("must stay under 30s")).toEqual([]);
    expect(unrecognized("sized for an instagram post")).toEqual([]);
    expect(unrecognized("format for ig reels")).toEqual([]);
    expect(unrecognized("fit it in a square frame with black bars")).toEqual([]);
    expect(unrecognized("resize for instagram stories")).toEqual([]);
  });

  it("treats chat slang and asides as filler", () => {
    expect(unrecognized("ngl make it faster tbh")).toEqual([]);
    expect(unrecognized("lowkey make it 15s")).toEqual([]);
    expect(unrecognized("auto remove silence")).toEqual([]);
    expect(unrecognized("let me upload another video")).toEqual([]);
    expect(unrecognized("without the music this time, but mute the original audio")).toEqual([]);
  });

  it("still reports a light verb whose object no rule knows", () => {
    expect(unrecognized("convert it to sepia")).toEqual(["convert it to sepia"]);
  });

  it("reports a word made of digits and letters, and does not read it as a number", () => {
    expect(interpret("make it 3D")).toMatchObject({ cut: { targetDurationMs: null }, unrecognized: ["make it 3D"] });
  });

  it("claims refusals of a cut or a speed change", () => {
    expect(unrecognized("don't cut anything, just add music")).toEqual([]);
    expect(unrecognized("no speed change")).toEqual([]);
    expect(unrecognized("不用背景音乐，但是要加标题")).toEqual([]);
  });

  it("reads more open-ended asks as vague", () => {
    for (const text of ["make it trendy", "spice it up", "do something cool with it"]) {
      expect(interpret(text).notes.join(" "), text).toMatch(/open-ended/);
      expect(unrecognized(text), text).toEqual([]);
    }
  });

  it("reads a form label before a request as a label", () => {
    expect(unrecognized("Platform: Instagram Reels")).toEqual([]);
    expect(unrecognized("Quality: draft")).toEqual([]);
  });

  it("reports a label with nothing it labels", () => {
    expect(unrecognized("Mood: cozy")).toEqual(["Mood: cozy"]);
  });

  it("treats English sequencing words (first, then, finally) as filler", () => {
    expect(unrecognized("ok so first cut out all the pauses, then make it 30s, finally add music")).toEqual([]);
  });

  it("treats Chinese sequencing words (先…再…最后…) as filler", () => {
    expect(unrecognized("先去掉停顿，再剪到30秒，最后加背景音乐")).toEqual([]);
    expect(unrecognized("首先静音，其次加速")).toEqual([]);
  });

  it("treats Chinese adverbs of manner and whole-clip words as filler", () => {
    expect(unrecognized("直接导出吧")).toEqual([]);
    expect(unrecognized("全部静音")).toEqual([]);
    expect(unrecognized("整段慢动作")).toEqual([]);
    expect(unrecognized("加背景音乐并且淡出")).toEqual([]);
  });
});

describe("what is left over: round 4", () => {
  it("treats hedges, form headers, yes-values and destinations as filler", () => {
    for (const text of ["remove the pauses, not too aggressive tho", "make it 10s somehow", "Edit request — tasks: trim pauses", "speed: 1.5x | mute: true", "export it as a gif for the website"]) {
      expect(unrecognized(text), text).toEqual([]);
    }
  });

  it("reads an app's keys written with underscores as words", () => {
    expect(interpret("aspect_ratio: 9:16").output.aspect).toBe("9:16");
    expect(unrecognized("aspect_ratio: 9:16")).toEqual([]);
  });
});

describe("what is left over: a verb's particle", () => {
  it("keeps a particle with the fragment it ends ('us setting up')", () => {
    expect(unrecognized("cut the first minute, it's just us setting up")).toEqual(["us setting up"]);
  });
});

describe("what is left over: a head noun", () => {
  it("keeps a filler noun that heads the reported phrase ('the best bits')", () => {
    expect(unrecognized("make a 30 second cut with the best bits")).toEqual(["with the best bits"]);
  });
});

describe("a phrase that only names the video", () => {
  it("reads it as the request's object when something is asked", () => {
    for (const text of ["for my clutch clip: 1.5x", "shop promo — vertical, 20s", "ok so this is my pasta video, cut out the dead air", "今天的vlog帮我剪一下：去掉停顿"]) {
      expect(unrecognized(text), text).toEqual([]);
    }
  });

  it("still reports it alone, and reports narrative asides", () => {
    expect(unrecognized("my cooking video")).not.toEqual([]);
    expect(unrecognized("so basically i filmed this recipe, cut the dead air").join(" ")).toMatch(/filmed this recipe/);
  });
});

describe("what is left over: round 4, fourth batch", () => {
  it("treats degree adverbs, possessives of filler words and 'no changes' as filler", () => {
    for (const text of ["remove audio completely", "just export it, no changes", "export it as is"]) expect(unrecognized(text), text).toEqual([]);
  });
});
