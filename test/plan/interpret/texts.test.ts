import { describe, expect, it } from "vitest";
import { titleFromName } from "../../../src/plan/interpret/features/texts.js";
import { interpret } from "../../../src/plan/interpret/index.js";

const texts = (text: string, ctx = {}) => interpret(text, ctx).texts;

describe("text overlays", () => {
  it("takes quoted text in any quote style, emoji kept", () => {
    for (const q of [`"Big news 🎉"`, "“Big news 🎉”", "'Big news 🎉'", "«Big news 🎉»", "「Big news 🎉」"]) {
      expect(texts(`put ${q} on it`).map((t) => t.text)).toEqual(["Big news 🎉"]);
    }
  });

  it.each([
    ["at the top", "top"],
    ["up top", "top"],
    ["top right corner", "top"],
    ["in the middle", "center"],
    ["centered", "center"],
    ["at the bottom of the screen", "bottom"],
    ["lower third", "bottom"],
    ["在底部", "bottom"],
  ] as const)("places the text %s → %s", (where, position) => {
    expect(texts(`add "hi" ${where}`)[0]?.position).toBe(position);
  });

  it.each([
    ["for the first 3 seconds", { anchor: "start", startMs: 0, endMs: 3000 }],
    ["for 4 seconds", { anchor: "start", startMs: 0, endMs: 4000 }],
    ["at the end", { anchor: "end", startMs: 0, endMs: 3000 }],
    ["for the last 2 seconds", { anchor: "end", startMs: 0, endMs: 2000 }],
    ["at the beginning", { anchor: "start", startMs: 0, endMs: 3000 }],
    ["from 0:02 to 0:05", { anchor: "start", startMs: 2000, endMs: 5000 }],
    ["after 4 seconds", { anchor: "start", startMs: 4000, endMs: null }],
    ["at 0:07 for 2 seconds", { anchor: "start", startMs: 7000, endMs: 9000 }],
    ["the whole time", { anchor: "start", startMs: 0, endMs: null }],
  ] as const)("times the text %s", (when, span) => {
    expect(texts(`add "hi" ${when}`)[0]).toMatchObject(span);
  });

  it("does not take the text's own timing as a cut", () => {
    const plan = interpret(`add "hi" for the first 3 seconds`);
    expect(plan.cut.ranges).toBeNull();
    expect(plan.cut.targetDurationMs).toBeNull();
  });

  it.each([
    ["fun", "fun", "pop"],
    ["playful", "fun", "pop"],
    ["bold", "bold", "none"],
    ["big", "bold", "none"],
    ["clean", "clean", "none"],
    ["minimal", "clean", "none"],
  ] as const)("reads the style word %s", (word, style, animation) => {
    expect(texts(`add a ${word} title "hi"`)[0]).toMatchObject({ style, animation });
  });

  it("reads animations", () => {
    expect(texts(`"hi" with a pop`)[0]?.animation).toBe("pop");
    expect(texts(`"hi" fading in`)[0]?.animation).toBe("fade");
    expect(texts(`a fun title "hi", no animation`)[0]?.animation).toBe("none");
  });

  it("shows a caption at the bottom in caption style unless told otherwise", () => {
    expect(texts(`caption "hi"`)[0]).toMatchObject({ style: "caption", position: "bottom" });
    expect(texts(`caption "hi" at the top`)[0]).toMatchObject({ style: "caption", position: "top" });
  });

  it("gives each quote its own placement", () => {
    expect(texts(`put "Before" at the top and "After" at the bottom`)).toMatchObject([
      { text: "Before", position: "top" },
      { text: "After", position: "bottom" },
    ]);
  });

  it("picks a title from the file name when no text is given, and says so", () => {
    const plan = interpret("add a title", { sourceName: "uploads/sunday_brunch-vlog.mp4" });
    expect(plan.texts[0]?.text).toBe("Sunday Brunch Vlog");
    expect(plan.notes.join(" ")).toContain("Sunday Brunch Vlog");
  });

  it("uses a generic line when the file name says nothing", () => {
    expect(texts("add some text", { sourceName: "IMG_0042.MOV" })[0]?.text).toBe("Watch this!");
  });

  it("adds no overlay when told not to", () => {
    expect(texts("no text please")).toEqual([]);
    expect(texts("don't put any captions on it")).toEqual([]);
  });

  it("does not invent subtitles from speech and says so", () => {
    const plan = interpret("add subtitles");
    expect(plan.texts).toEqual([]);
    expect(plan.notes.join(" ")).toMatch(/subtitles/i);
  });

  it("applies a follow-up clause to the overlay before it", () => {
    expect(texts(`add "hi" at the top. make it bold`)[0]).toMatchObject({ style: "bold", position: "top" });
  });

  it("reads a verbless placement or timing fragment after an overlay as describing it", () => {
    const plan = interpret("overlay 'tag a friend' bottom of screen, last three seconds");
    expect(plan.texts[0]).toMatchObject({ position: "bottom", anchor: "end", startMs: 0, endMs: 3000 });
    expect(plan.cut.ranges).toBeNull();
  });

  it("leaves a fragment with 'only' or a fade after an overlay to the cut and fade rules", () => {
    const plan = interpret("add 'hi' at the top, only the first 10 seconds");
    expect(plan.cut.ranges).toEqual([{ startMs: 0, endMs: 10_000 }]);
    const faded = interpret("add 'hi' at the top, fade out at the end");
    expect(faded.fade.outMs).toBe(1000);
    expect(faded.texts[0]!.animation).toBe("none");
  });

  it("reads a parenthesis after an overlay as describing it", () => {
    expect(texts(`text: "Link in bio" (bottom, last 3s)`)[0]).toMatchObject({ position: "bottom", anchor: "end", endMs: 3000 });
  });

  it("reads a Chinese 在-phrase before the verb as the overlay's time", () => {
    const plan = interpret("在最后三秒加文字『关注我』");
    expect(plan.texts[0]).toMatchObject({ text: "关注我", anchor: "end", startMs: 0, endMs: 3000 });
    expect(plan.cut.targetDurationMs).toBeNull();
    expect(texts("在开头加文字「你好」")[0]).toMatchObject({ startMs: 0, endMs: 3000, anchor: "start" });
    const first = interpret("视频前三秒加文字“注意”");
    expect(first.texts[0]).toMatchObject({ startMs: 0, endMs: 3000 });
    expect(first.cut.ranges).toBeNull();
  });

  it("reads a bare Chinese place word before the verb as the overlay's position", () => {
    const plan = interpret("底部加字幕「好吃」");
    expect(plan.texts[0]).toMatchObject({ text: "好吃", position: "bottom" });
    expect(plan.unrecognized).toEqual([]);
  });

  it("takes Chinese text after 标题：", () => {
    const plan = interpret("加一个标题：周末vlog");
    expect(plan.texts.map((t) => t.text)).toEqual(["周末vlog"]);
    expect(plan.unrecognized).toEqual([]);
  });

  it("gives each quote the trigger in its own stretch", () => {
    const t = texts(`add title "Best of 2024" and subtitle "a recap"`);
    expect(t.map((x) => x.style)).toEqual(["bold", "caption"]);
  });

  it("reads automatic captions as speech recognition, not as an overlay", () => {
    for (const text of ["add auto captions", "自动字幕"]) {
      const plan = interpret(text);
      expect(plan.texts).toEqual([]);
      expect(plan.notes.join(" ")).toMatch(/speech recognition/);
    }
  });

  it("claims a character count after a Chinese quote", () => {
    expect(interpret("加上“关注我”三个字在结尾").unrecognized).toEqual([]);
  });

  it("reads 'title card' as one trigger", () => {
    expect(interpret(`add a title card saying "Chapter 1"`)).toMatchObject({ texts: [{ text: "Chapter 1" }], unrecognized: [] });
  });

  it("reads 加字幕 as a caption", () => {
    expect(texts("加字幕“今天好开心”")[0]).toMatchObject({ style: "caption", position: "bottom" });
  });

  it("reads a size from comparatives and 'small text', leaving 'big' a style word", () => {
    expect(texts("make the text bigger")[0]!.size).toBe("large");
    expect(texts("文字放大一点")[0]!.size).toBe("large");
    expect(texts("add 'hi' in small text")[0]).toMatchObject({ text: "hi", size: "small" });
    expect(texts("add 'hi' in big letters")[0]).toMatchObject({ style: "bold", size: "medium" });
    expect(interpret("add 'hi' in small text").unrecognized).toEqual([]);
  });

  it("does not read a sticker as text", () => {
    const plan = interpret("put a dinosaur sticker on it");
    expect(plan.texts).toEqual([]);
    expect(plan.unrecognized.join(" ")).toMatch(/dinosaur/);
  });
});

describe("overlays: round 3 phrasings", () => {
  it("reads 'in caption style' as the caption style, with nothing left over", () => {
    expect(interpret("add 'tutorial' in caption style")).toMatchObject({ texts: [{ text: "tutorial", style: "caption", position: "bottom" }], unrecognized: [] });
    expect(interpret("add “watch till the end” at the bottom in subtitle style").unrecognized).toEqual([]);
  });
});

describe("an overlay's own fade and Chinese neighbours of a straight quote", () => {
  it("reads a fade right after the quote as the overlay's animation ('text 'Hi' fade in')", () => {
    expect(interpret("text 'Hi' fade in")).toMatchObject({ texts: [{ text: "Hi", animation: "fade" }], fade: { inMs: 0 }, unrecognized: [] });
    // After a connector it is the video's fade.
    expect(interpret("add text 'Hi' and fade in").fade.inMs).toBe(1000);
  });

  it("reads straight quotes next to Chinese characters as quotes, not apostrophes", () => {
    expect(interpret("在视频中间加上文字'好耶'").texts).toMatchObject([{ text: "好耶" }]);
    expect(interpret("加上'关注我'放在顶部").texts).toMatchObject([{ text: "关注我", position: "top" }]);
    expect(interpret("it's 'fun' time").texts).toMatchObject([{ text: "fun" }]);
  });
});

describe("overlay timing: 'N seconds in', 'until N'", () => {
  it("reads 'N seconds in' / 'into the video' as a point in time", () => {
    expect(interpret("add text 'wow' 2 seconds in").texts).toMatchObject([{ text: "wow", startMs: 2000, endMs: 5000 }]);
    expect(interpret("add 'x' 5 seconds into the video").texts).toMatchObject([{ text: "x", startMs: 5000, endMs: 8000 }]);
  });

  it("reads 'until N' / 到N秒为止 as from the start to N", () => {
    expect(interpret("show 'promo' until 4s")).toMatchObject({ texts: [{ text: "promo", startMs: 0, endMs: 4000 }], unrecognized: [] });
    expect(interpret("文字“开始”一直到5秒为止").texts).toMatchObject([{ text: "开始", startMs: 0, endMs: 5000 }]);
  });
});

describe("a trigger and its quoted value in the next clause", () => {
  it("reads a quote that opens the clause after a trigger as that overlay's words", () => {
    expect(interpret("text overlay - 'new recipe!!' - bottom")).toMatchObject({ texts: [{ text: "new recipe!!", position: "bottom" }], unrecognized: [] });
    expect(interpret("add a title, 'Hello'").texts).toMatchObject([{ text: "Hello" }]);
  });

  it("still adds a default title when the next clause is about something else", () => {
    expect(interpret("add a title, add music 'song.mp3'").texts).toMatchObject([{ text: "Watch this!" }]);
  });
});

describe("a title from a file name", () => {
  it.each([
    ["banana_bread.mp4", "Banana Bread"],
    ["my-trip.to.paris.mov", "My Trip To Paris"],
    ["猫咪日常.mp4", "猫咪日常"],
    ["IMG_4032.MOV", null],
    ["VID_20240101_123456.mp4", null],
    ["1234567.mp4", null],
    ["speech_male_voice_pauses_green_timecode_720p30.mp4", null],
  ])("%s → %s", (name, title) => {
    expect(titleFromName(name)).toBe(title);
  });
});

describe("overlays: round 4 phrasings", () => {
  it("fades the overlay for 'fade it' right after it (the nearer object), the video for a bare fade or 'the video'", () => {
    expect(interpret("add text 'Hi' and fade it out")).toMatchObject({ texts: [{ text: "Hi", animation: "fade" }], fade: { inMs: 0, outMs: 0 } });
    expect(interpret("add text 'Hi' and fade the video out")).toMatchObject({ texts: [{ animation: "none" }], fade: { outMs: 1000 } });
    expect(interpret("add text 'Hi' and fade out")).toMatchObject({ texts: [{ animation: "none" }], fade: { outMs: 1000 } });
    // Music named after the quote is nearer: its fade-out.
    expect(interpret("add text 'Hi' and music and fade it out")).toMatchObject({ texts: [{ animation: "none" }], fade: { outMs: 0 } });
  });

  it("claims the words that introduce the text: verb to quote, a saying verb and its subject, a word before the trigger", () => {
    for (const text of [
      "add the ingredients as text 'flour, sugar' at the bottom",
      "show the price '$24.99' in the bottom right corner",
      "add my contact info at the end: 'Call Jane'",
      "the price should say '$19.99'",
      "recipe title 'Lemon Tart'",
    ]) {
      expect(interpret(text), text).toMatchObject({ unrecognized: [] });
      expect(interpret(text).texts, text).toHaveLength(1);
    }
    // Not past a connector: "music" is its own request.
    expect(interpret("add music and text 'yay'").audio.music).not.toBeNull();
  });

  it("claims the quote an overlay shows, so the verbs that carry it are part of the request", () => {
    expect(interpret("replace 'Outro' with 'see ya'").unrecognized).toEqual([]);
  });

  it("reads 'large font' as the large size (a big text stays a bold one)", () => {
    expect(texts("add 'SALE' in large font, top")[0]).toMatchObject({ size: "large", style: "bold", position: "top" });
    expect(texts("add 'SALE' in big letters")[0]).toMatchObject({ size: "medium", style: "bold" });
  });

  it("reads a trigger followed by an attribute key as that attribute of the overlay just named", () => {
    const plan = interpret("title_text: 'Q3 Results'\ntitle_position: top\ntitle_duration: 4s");
    expect(plan.texts).toEqual([expect.objectContaining({ text: "Q3 Results", position: "top", startMs: 0, endMs: 4000 })]);
    expect(plan.cut.targetDurationMs).toBeNull();
  });

  it("takes unquoted text after a trigger, its place and a colon", () => {
    expect(texts("加个字幕在底部：今天去爬山了")).toEqual([expect.objectContaining({ text: "今天去爬山了", position: "bottom", style: "caption" })]);
    expect(texts("caption at the bottom: save this for later")).toEqual([expect.objectContaining({ text: "save this for later", position: "bottom" })]);
  });

  it("reads a direction and a place after a move verb as one placement", () => {
    expect(interpret("move the text down to the bottom")).toMatchObject({ texts: [{ position: "bottom" }], unrecognized: [] });
  });
});

describe("overlays: round 4, second batch", () => {
  it("applies a description with 'both'/'each' to every overlay of the clause before", () => {
    expect(texts("add 'A' top and 'B' bottom, both for 3 seconds").map((t) => t.endMs)).toEqual([3000, 3000]);
    expect(texts("add 'A' top and 'B' bottom, for 3 seconds").map((t) => t.endMs)).toEqual([null, 3000]);
  });

  it("claims up to two words that are all that stands before a quote ('product name 'X'')", () => {
    expect(interpret("product name 'Linen Shirt' bottom left")).toMatchObject({ texts: [{ text: "Linen Shirt", position: "bottom" }], unrecognized: [] });
  });

  it("reads a size key ('caption size: large')", () => {
    expect(texts("caption 'Hi', size: large")[0]).toMatchObject({ size: "large", style: "caption" });
  });

  it("does not take words that only describe an overlay as its text ('caption: bigger')", () => {
    expect(texts("caption: bigger")).toEqual([expect.objectContaining({ text: "Watch this!", size: "large" })]);
    expect(texts("caption: top secret recipe")[0]!.text).toBe("top secret recipe");
  });
});
