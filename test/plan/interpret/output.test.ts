import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

const out = (text: string, ctx = {}) => interpret(text, ctx).output;

describe("speed", () => {
  it.each([
    ["2x", 2],
    ["x2 speed", 2],
    ["play it at 1.5x", 1.5],
    ["speed it up", 1.5],
    ["speed it up a bit", 1.25],
    ["way faster", 2],
    ["twice as fast", 2],
    ["half speed", 0.5],
    ["slow motion", 0.5],
    ["slo-mo", 0.5],
    ["slow it down", 0.75],
    ["3 times slower", 0.333],
    ["50% faster", 1.5],
    ["加速", 1.5],
    ["1.5倍速", 1.5],
    ["慢动作", 0.5],
    ["slow it down by half", 0.5],
    ["half as fast", 0.5],
    ["make it super fast", 2],
    ["make it fast", 1.5],
    ["two and a half times speed", 2.5],
    ["increase speed by 20%", 1.2],
    ["slow it down by 10%", 0.9],
    ["reduce the speed", 0.75],
    ["increase the speed", 1.5],
    ["don't change the speed", 1],
    ["speed it up a lil", 1.25],
  ] as const)("reads %s as %d", (text, speed) => {
    const plan = interpret(text);
    expect(plan.speed).toBe(speed);
    expect(plan.unrecognized).toEqual([]);
  });

  it("applies a speed asked for one part to the whole clip, and says so", () => {
    const plan = interpret("slow mo at the end");
    expect(plan.speed).toBe(0.5);
    expect(plan.unrecognized).toEqual([]);
    expect(plan.notes.join(" ")).toMatch(/whole clip/);
    const first = interpret("make the first 5 seconds slow motion");
    expect(first).toMatchObject({ speed: 0.5, cut: { ranges: null } });
  });

  it("leaves a fast render to the quality rules", () => {
    expect(interpret("a really fast render")).toMatchObject({ speed: 1 });
  });

  it("caps speed at 4x and says so", () => {
    const plan = interpret("20x speed");
    expect(plan.speed).toBe(4);
    expect(plan.notes.join(" ")).toMatch(/4x/);
  });

  it("does not change speed when told not to", () => {
    expect(interpret("don't slow it down").speed).toBe(1);
  });
});

describe("speed: round 3 phrasings", () => {
  it("reads a bare number after 'speed' as the multiplier ('speed 1.5', 'speed: 2', 速度1.5)", () => {
    for (const [text, v] of [["speed 1.5", 1.5], ["speed: 2", 2], ["playback speed = 0.75", 0.75], ["速度调到1.5", 1.5]] as const) {
      expect(interpret(text), text).toMatchObject({ speed: v, unrecognized: [] });
    }
    // Not a multiplier: a length, or a number past the 4x cap.
    expect(interpret("speed 5 seconds").speed).toBe(1);
    expect(interpret("speed 150").speed).toBe(1);
  });

  it("reads 'play at 150%', 快放, 放慢一半 and 'back to normal'", () => {
    expect(interpret("play at 150%").speed).toBe(1.5);
    expect(interpret("快放").speed).toBe(1.5);
    expect(interpret("速度放慢一半")).toMatchObject({ speed: 0.5, unrecognized: [] });
    expect(interpret("speed it back to normal")).toMatchObject({ speed: 1, unrecognized: [] });
    expect(interpret("bit faster").speed).toBe(1.25);
  });

  it("reads 'half the speed' as half speed", () => {
    expect(interpret("play it at half the speed")).toMatchObject({ speed: 0.5, unrecognized: [] });
  });

  it("claims the speed noun of a clause that set the speed (速度加快一点)", () => {
    expect(interpret("速度加快一点")).toMatchObject({ speed: 1.25, unrecognized: [] });
    expect(interpret("increase the playback speed a bit")).toMatchObject({ speed: 1.25, unrecognized: [] });
  });
});

describe("frame", () => {
  it.each([
    ["for tiktok", "tiktok"],
    ["make it an ig reel", "reels"],
    ["youtube shorts pls", "shorts"],
    ["for my insta story", "story"],
    ["for youtube", "youtube"],
    ["square", "square"],
    ["抖音", "tiktok"],
  ] as const)("reads %s as preset %s", (text, preset) => {
    expect(out(text).preset).toBe(preset);
  });

  it("sets the frame size from the preset", () => {
    expect(out("for tiktok")).toMatchObject({ aspect: "9:16", width: 1080, height: 1920 });
    expect(out("for youtube")).toMatchObject({ aspect: "16:9", width: 1920, height: 1080 });
  });

  it.each([
    ["vertical", "9:16"],
    ["portrait mode", "9:16"],
    ["landscape", "16:9"],
    ["16:9 please", "16:9"],
    ["1:1", "1:1"],
    ["4:5", "4:5"],
    ["横屏", "16:9"],
    ["竖屏", "9:16"],
  ] as const)("reads %s as aspect %s", (text, aspect) => {
    expect(out(text).aspect).toBe(aspect);
  });

  it("uses the caller's preset unless the text names a frame", () => {
    expect(out("trim the pauses", { preset: "reels" }).preset).toBe("reels");
    expect(out("landscape", { preset: "reels" })).toMatchObject({ preset: null, aspect: "16:9" });
  });

  it.each([
    ["with black bars", "pad"],
    ["letterbox it", "pad"],
    ["don't crop anything", "pad"],
    ["blurred background", "blur"],
    ["blur the sides", "blur"],
    ["crop to fill", "crop"],
    ["no black bars", "crop"],
  ] as const)("reads %s as fit %s", (text, fit) => {
    expect(out(text).fit).toBe(fit);
  });

  it("reads resolutions and caps 4K at 1080p with a note", () => {
    expect(out("720p").resolution).toBe(720);
    expect(out("in 480p").resolution).toBe(480);
    const plan = interpret("4k please");
    expect(plan.output.resolution).toBeNull();
    expect(plan.notes.join(" ")).toMatch(/1080p/);
  });

  it("reads the frame rate and caps it at 60", () => {
    expect(out("24fps").fps).toBe(24);
    expect(out("120 fps").fps).toBe(60);
  });
});

describe("frame and resolution: round 3 phrasings", () => {
  it("reads a usual line count without its 'p' after an export or resolution word", () => {
    expect(interpret("export at 720")).toMatchObject({ intent: "export", output: { resolution: 720 }, unrecognized: [] });
    expect(interpret("resolution: 480").output.resolution).toBe(480);
    // Not a line count, or no export/resolution word: nothing for the frame.
    expect(interpret("export at 700").output.resolution).toBeNull();
    expect(interpret("add text 'hi' at 720").output.resolution).toBeNull();
  });

  it("reads 'blur' with an object in the picture as out of scope, not a blurred fill", () => {
    expect(interpret("blur my face")).toMatchObject({ output: { fit: "crop" }, unrecognized: ["blur my face"] });
    expect(interpret("blur the logo").output.fit).toBe("crop");
    expect(interpret("vertical, blur the background").output.fit).toBe("blur");
    expect(interpret("9:16 with blur").output.fit).toBe("blur");
  });

  it("reads two frames in one request as a conversion to the one named last", () => {
    expect(interpret("convert from 16:9 to 9:16").output.aspect).toBe("9:16");
    expect(interpret("turn my vertical video into a landscape one").output.aspect).toBe("16:9");
    expect(interpret("横屏转竖屏").output.aspect).toBe("9:16");
    expect(interpret("convert my tiktok into a youtube video")).toMatchObject({ output: { preset: "youtube" }, unrecognized: [] });
    expect(interpret("reels instead of tiktok").output.preset).toBe("reels");
    expect(interpret("vertical instead of landscape").output.aspect).toBe("9:16");
  });

  it("reads 'to fill the frame' after a blurred background as its purpose, not a crop", () => {
    expect(interpret("add a blurred background to fill the frame").output.fit).toBe("blur");
    expect(interpret("black bars to fill the screen").output.fit).toBe("pad");
    expect(interpret("fill the frame").output.fit).toBe("crop");
  });

  it("reads 适合抖音 / 发抖音 as the platform", () => {
    expect(interpret("做成竖屏，适合抖音")).toMatchObject({ output: { preset: "tiktok" }, unrecognized: [] });
  });

  it("reads the frame the clip was recorded in as the source's, not a request", () => {
    expect(interpret("I recorded this in landscape but I need it for reels, so crop it to vertical").output).toMatchObject({ preset: "reels", aspect: "9:16" });
    expect(interpret("filmed it in portrait, make it landscape").output.aspect).toBe("16:9");
  });

  it("reads 'framerate 24' / 帧率 as the fps", () => {
    expect(interpret("framerate 24")).toMatchObject({ output: { fps: 24 }, unrecognized: [] });
    expect(interpret("frame rate: 30").output.fps).toBe(30);
  });

  it("claims 'channel/account/page' after a platform", () => {
    expect(interpret("for my youtube channel")).toMatchObject({ output: { preset: "youtube" }, unrecognized: [] });
  });

  it("claims the Chinese 'version/size' noun after a platform or orientation (抖音的尺寸, 横屏版本)", () => {
    expect(interpret("做成抖音的尺寸")).toMatchObject({ output: { preset: "tiktok" }, unrecognized: [] });
    expect(interpret("横屏 youtube 版本")).toMatchObject({ output: { preset: "youtube" }, unrecognized: [] });
    expect(interpret("竖屏的版本")).toMatchObject({ output: { aspect: "9:16" }, unrecognized: [] });
  });
});

describe("format and quality", () => {
  it.each([
    ["as a gif", "gif"],
    ["make it a GIF", "gif"],
    ["mp3 only", "mp3"],
    ["audio only", "mp3"],
    ["export a wav", "wav"],
    ["webm", "webm"],
    ["as a .mov", "mov"],
    ["give me a thumbnail", "jpg"],
    ["a png still", "png"],
    ["导出动图", "gif"],
  ] as const)("reads %s as format %s", (text, format) => {
    expect(out(text).format).toBe(format);
  });

  it.each([
    ["draft", "draft"],
    ["quick preview", "draft"],
    ["standard quality", "standard"],
    ["best quality", "high"],
  ] as const)("reads %s as quality %s", (text, quality) => {
    expect(out(text).quality).toBe(quality);
  });
});

describe("platform phrasing", () => {
  it("reads 'post on my ig story' as the story preset", () => {
    const plan = interpret("wanna post on my ig story");
    expect(plan.output.preset).toBe("story");
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("fit and format phrasing", () => {
  it.each(["两边模糊", "背景模糊", "模糊背景", "blur the sides"])("reads %s as a blurred fill", (text) => {
    const plan = interpret(`改成竖屏，${text}`);
    expect(plan.output.fit).toBe("blur");
    expect(plan.unrecognized).toEqual([]);
  });

  it("reads letterbox and low-quality phrasings", () => {
    expect(interpret("with black bars on the sides")).toMatchObject({ output: { fit: "pad" }, unrecognized: [] });
    expect(interpret("keep everything in frame")).toMatchObject({ output: { fit: "pad" }, unrecognized: [] });
    expect(interpret("lower quality is fine").output.quality).toBe("draft");
  });

  it("claims the word 'format' or 格式 after a format name", () => {
    expect(interpret("导出gif格式")).toMatchObject({ intent: "export", output: { format: "gif" }, unrecognized: [] });
    expect(interpret("webm format")).toMatchObject({ output: { format: "webm" }, unrecognized: [] });
  });

  it("lets a named audio format decide an 'audio only' ask, mp3 when none is named", () => {
    expect(out("audio only, wav").format).toBe("wav");
    expect(out("wav, audio only").format).toBe("wav");
    expect(out("just the audio").format).toBe("mp3");
    expect(interpret("export the audio")).toMatchObject({ intent: "export", output: { format: "mp3" }, unrecognized: [] });
  });
});

describe("aspect refusals and the source frame", () => {
  it("does not take a refused orientation", () => {
    expect(out("dont make it vertical, keep it horizontal").aspect).toBe("16:9");
  });

  it("claims 'keep the original aspect ratio' as the source frame", () => {
    expect(interpret("keep the original aspect ratio")).toMatchObject({ output: { aspect: "source" }, unrecognized: [] });
    expect(interpret("保持原比例").unrecognized).toEqual([]);
  });
});

describe("a frame size written out", () => {
  it.each([
    ["make it 1080x1920", "9:16", 1080, 1080, 1920],
    ["1920 × 1080 please", "16:9", 1080, 1920, 1080],
    ["export 720 by 1280", "9:16", 720, 720, 1280],
    ["1080x1350 please", "4:5", 1080, 1080, 1350],
  ])("%s sets the frame, not a length", (text, aspect, resolution, width, height) => {
    const plan = interpret(text);
    expect(plan.output).toMatchObject({ aspect, resolution, width, height });
    expect(plan.cut.targetDurationMs).toBeNull();
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("slowing down to a fraction", () => {
  it("reads 'slow it down to half speed' as 0.5 with nothing left over", () => {
    const plan = interpret("slow it down to half speed");
    expect(plan.speed).toBe(0.5);
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("speed: round 4 phrasings", () => {
  it("reads any object a speed verb acts on as the video ('speed up the walkthrough to 1.5x')", () => {
    expect(interpret("speed up the walkthrough to 1.5x")).toMatchObject({ speed: 1.5, unrecognized: [] });
  });

  it("claims speed words beside the number that sets the speed ('slow mo at 0.25x')", () => {
    expect(interpret("slow mo at 0.25x")).toMatchObject({ speed: 0.25, unrecognized: [] });
  });

  it("reads any named part or moment as a part of the clip: the whole clip's speed, with a note", () => {
    for (const text of ["slow down the experiment part to half speed", "make it slow motion when she blows out the candles", "慢动作播放前五秒"]) {
      const plan = interpret(text);
      expect(plan, text).toMatchObject({ speed: 0.5, unrecognized: [], cut: { ranges: null } });
      expect(plan.notes.join(" "), text).toMatch(/whole clip/);
    }
    // "a bit" is an amount, not a part.
    expect(interpret("slow it down a bit").notes).toEqual([]);
  });
});

describe("frame and file: round 4 phrasings", () => {
  it("reads 'still' as an image only as a noun ('a still', 'still image'), not the adverb", () => {
    expect(interpret("do i still have credits")).toMatchObject({ intent: "credits", output: { format: "mp4" } });
    expect(interpret("export a still").output.format).toBe("jpg");
  });

  it("reads Instagram named alone as a reel, unless the request names another frame ('4:5 for instagram')", () => {
    expect(out("make it 4:5 for insta")).toMatchObject({ preset: null, aspect: "4:5" });
    expect(out("for instagram, 4:5 please")).toMatchObject({ preset: null, aspect: "4:5" });
    expect(out("for instagram").preset).toBe("reels");
  });

  it("reads 'the feed' as Instagram's feed (4:5) and a possessive before a platform as its owner", () => {
    expect(interpret("post it to my feed")).toMatchObject({ output: { aspect: "4:5" }, unrecognized: [] });
    expect(interpret("square for the shop's instagram feed")).toMatchObject({ output: { preset: "square" }, unrecognized: [] });
    expect(interpret("make a square version for the feed")).toMatchObject({ output: { preset: "square" }, unrecognized: [] });
  });

  it("claims the Chinese change verb and what it changes before a frame word", () => {
    expect(interpret("画面改成正方形")).toMatchObject({ output: { preset: "square" }, unrecognized: [] });
    expect(interpret("把比例改成竖屏")).toMatchObject({ output: { aspect: "9:16" }, unrecognized: [] });
  });

  it("reads what a blur fills as part of it, and the verb before 黑边 as part of the bars", () => {
    expect(interpret("go 4:5, sides filled with blur")).toMatchObject({ output: { aspect: "4:5", fit: "blur" }, unrecognized: [] });
    expect(interpret("要横屏的，别留黑边")).toMatchObject({ output: { aspect: "16:9", fit: "crop" }, unrecognized: [] });
    expect(out("横屏，不要黑边").fit).toBe("crop");
  });

  it("reads 'keep the whole thing' as the frame only with a frame word ('…under 30 seconds' is a length)", () => {
    expect(interpret("keep the whole thing under 30 seconds")).toMatchObject({ output: { fit: "crop" }, cut: { targetDurationMs: 30_000 } });
    expect(out("keep the whole frame in view").fit).toBe("pad");
  });

  it("reads resizing verbs and an aspect key as part of the frame they carry", () => {
    expect(interpret("downscale to 480p")).toMatchObject({ output: { resolution: 480 }, unrecognized: [] });
    expect(interpret("aspect_ratio=9:16&fit=blur")).toMatchObject({ output: { aspect: "9:16", fit: "blur" }, unrecognized: [] });
  });
});

describe("speed and frame: round 4, second batch", () => {
  it("reads 'N times' after loop/repeat as a count, not a speed", () => {
    expect(interpret("loop it 3 times")).toMatchObject({ speed: 1, unrecognized: ["loop"] });
    expect(interpret("repeat 2x").speed).toBe(1);
    expect(interpret("play it 2x").speed).toBe(2);
  });

  it("reads Chinese words for the whole video as filler (整体加速)", () => {
    expect(interpret("整体加速1.2倍")).toMatchObject({ speed: 1.2, unrecognized: [] });
  });
});

describe("frame and quality: round 4, third batch", () => {
  it("reads 画质高清 as high quality and 'ins'/给ins发 as Instagram", () => {
    expect(interpret("导出为mp4格式，画质高清")).toMatchObject({ intent: "export", output: { quality: "high" }, unrecognized: [] });
    expect(interpret("做成方形的，给ins发")).toMatchObject({ output: { preset: "square" }, unrecognized: [] });
    expect(out("给ins发").preset).toBe("reels");
  });
});

describe("round 4, fourth batch", () => {
  it("refuses an orientation after 'no' ('no vertical please, keep it 16:9')", () => {
    expect(out("no vertical please, keep it 16:9").aspect).toBe("16:9");
  });

  it("claims only the speed words right beside the number", () => {
    expect(interpret("sped up 2x for the timelapse feel")).toMatchObject({ speed: 2, unrecognized: ["for the timelapse feel"] });
  });
});
