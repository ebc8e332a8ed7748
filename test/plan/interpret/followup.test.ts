import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipRefs } from "../../../src/plan/interpret/clip-refs.js";
import { interpretFollowUp, type FollowUp } from "../../../src/plan/interpret/index.js";
import { normalizePlan } from "../../../src/plan/normalize.js";
import { EditPlanSchema, type EditPlan, type EditPlanInput } from "../../../src/plan/schema.js";

const plan = (p: EditPlanInput = {}): EditPlan => normalizePlan(EditPlanSchema.parse(p));
const SOURCES = [
  { id: "a", name: "intro.mp4" },
  { id: "b", name: "banana_bread.mp4" },
  { id: "c", name: "IMG_0042.MOV" },
];

function edit(text: string, current: EditPlanInput = {}, ctx = {}): Extract<FollowUp, { kind: "edit" }> {
  const r = interpretFollowUp(text, plan(current), ctx);
  if (r.kind !== "edit") throw new Error(`${text}: ${r.kind}`);
  return r;
}

describe("undo and redo", () => {
  it.each(["undo", "Undo that", "undo the last change", "oops, undo that please", "go back", "revert", "never mind", "撤销", "撤回", "回到上一步"])(
    "reads %s as undo",
    (text) => {
      expect(interpretFollowUp(text, plan()).kind).toBe("undo");
    },
  );

  it.each(["redo", "redo that", "重做"])("reads %s as redo", (text) => {
    expect(interpretFollowUp(text, plan()).kind).toBe("redo");
  });

  it.each(["nvm go back", "nah nvm", "ctrl z", "Ctrl+Z", "ugh that's worse, undo", "i don't like it, go back", "回退", "撤回上一步", "退回一步"])("reads %s as undo", (text) => {
    expect(interpretFollowUp(text, plan()).kind).toBe("undo");
  });

  it.each(["can you undo that?", "could you undo the last change please", "change it back", "just undo"])("reads %s as undo", (text) => {
    expect(interpretFollowUp(text, plan()).kind).toBe("undo");
  });

  it.each(["redo the last change", "undo the undo", "ctrl shift z", "cmd+y", "重新做"])("reads %s as redo", (text) => {
    expect(interpretFollowUp(text, plan()).kind).toBe("redo");
  });

  it("reads 'text at the bottom' as a place when no overlay is there, and as a name when one is", () => {
    const one = interpretFollowUp("text at the bottom instead", plan({ texts: [{ text: "Hi", position: "top" }] }));
    expect(one.kind === "edit" && one.plan.texts[0]?.position).toBe("bottom");
    const two = interpretFollowUp("the text at the top should be bigger", plan({ texts: [{ text: "A", position: "top" }, { text: "B", position: "bottom" }] }));
    expect(two.kind === "edit" && two.plan.texts.map((t) => t.size)).toEqual(["large", "medium"]);
  });

  it("reads up/down after a move verb as the overlay's place, and 'the words' as the overlays", () => {
    const up = interpretFollowUp("move the caption up", plan({ texts: [{ text: "so good", style: "caption", position: "bottom" }] }));
    expect(up.kind === "edit" && up.plan.texts[0]?.position).toBe("top");
    const down = interpretFollowUp("move it down", plan({ texts: [{ text: "Hi", position: "top" }] }));
    expect(down.kind === "edit" && down.plan.texts[0]?.position).toBe("bottom");
    expect(down.kind === "edit" && down.plan.unrecognized).toEqual([]);
    const words = interpretFollowUp("make the words bigger", plan({ texts: [{ text: "Hi" }] }));
    expect(words.kind === "edit" && words.plan.texts[0]?.size).toBe("large");
    // Not a place: the music's level.
    const music = interpretFollowUp("bring the music down", plan({ texts: [{ text: "Hi", position: "top" }], audio: { music: { volume: 0.4 } } }));
    expect(music.kind === "edit" && music.plan.texts[0]?.position).toBe("top");
  });

  it("reads 'add a second caption' as a new overlay, not the second one", () => {
    const r = interpretFollowUp("add a second caption 'more below' at the bottom", plan({ texts: [{ text: "Hi", position: "top" }] }));
    expect(r.kind === "edit" && r.plan.texts).toMatchObject([{ text: "Hi" }, { text: "more below", style: "caption", position: "bottom" }]);
  });

  it("reads 'after all' as a change of mind, not a time", () => {
    const r = interpretFollowUp("don't cut the pauses after all", plan({ cut: { removePauses: {} } }));
    expect(r.kind === "edit" && r.plan.cut.removePauses).toBeNull();
    expect(r.kind === "edit" && r.plan.unrecognized).toEqual([]);
  });

  it("reads a message that also asks for an edit as the edit", () => {
    expect(interpretFollowUp("go back to vertical", plan({ output: { aspect: "16:9" } })).kind).toBe("edit");
  });
});

describe("intents", () => {
  it("answers an intent only when nothing is asked to change", () => {
    expect(interpretFollowUp("export it", plan())).toEqual({ kind: "intent", intent: "export" });
    expect(interpretFollowUp("积分还有多少", plan())).toEqual({ kind: "intent", intent: "credits" });
    expect(interpretFollowUp("trim the pauses and export", plan()).kind).toBe("edit");
  });
});

describe("lengths relative to the plan", () => {
  it("steps from the current target and keeps its mode", () => {
    const r = edit("make it 5 seconds shorter", { cut: { targetDurationMs: 30_000, durationMode: "max" } });
    expect(r.plan.cut).toMatchObject({ targetDurationMs: 25_000, durationMode: "max" });
    expect(r.changes).toEqual(["length 30 s at most → 25 s at most"]);
  });

  it("reads a length step that starts the message ('3 secs shorter')", () => {
    expect(edit("3 secs shorter", { cut: { targetDurationMs: 10_000 } }).plan.cut.targetDurationMs).toBe(7000);
    expect(edit("2 seconds longer", { cut: { targetDurationMs: 10_000 } }).plan.cut.targetDurationMs).toBe(12_000);
  });

  it("steps from the source length, at the plan's speed, when there is no target", () => {
    expect(edit("a bit shorter", { speed: 2 }, { sourceDurationMs: 20_000 }).plan.cut.targetDurationMs).toBe(9000);
  });

  it("says what is missing when neither is known, and changes nothing", () => {
    const r = edit("shorter");
    expect(r.plan.cut.targetDurationMs).toBeNull();
    expect(r.changes).toEqual([]);
    expect(r.plan.notes.join(" ")).toMatch(/current length/);
  });

  it("caps a longer video at what the clip has", () => {
    const r = edit("make it twice as long", { cut: { targetDurationMs: 15_000 } }, { sourceDurationMs: 20_000 });
    expect(r.plan.cut.targetDurationMs).toBe(20_000);
    expect(r.plan.notes.join(" ")).toMatch(/capped/);
  });

  it("goes back to the full length", () => {
    expect(edit("go back to the full length", { cut: { targetDurationMs: 15_000 } }).plan.cut.targetDurationMs).toBeNull();
  });
});

describe("speed and volume steps", () => {
  it("multiplies comparatives and takes numbers as they are", () => {
    expect(edit("faster", { speed: 2 }).plan.speed).toBe(3);
    expect(edit("too fast", { speed: 2 }).plan.speed).toBe(1.5);
    expect(edit("1.25x", { speed: 2 }).plan.speed).toBe(1.25);
  });

  it("keeps a step within 0.25x–4x and says so", () => {
    const r = edit("much faster", { speed: 3 });
    expect(r.plan.speed).toBe(4);
    expect(r.plan.notes.join(" ")).toMatch(/outside/);
  });

  it("steps the music when there is music, else adds it", () => {
    expect(edit("louder music", { audio: { music: { volume: 0.4 } } }).plan.audio.music?.volume).toBe(0.6);
    expect(edit("louder music").plan.audio.music?.volume).toBe(0.8);
    const off = edit("music off", { audio: { music: {} } });
    expect(off.plan.audio.music).toBeNull();
    expect(off.changes).toEqual(["music removed"]);
  });

  it("does not repeat where the music comes from when it only changes", () => {
    expect(edit("quieter music", { audio: { music: {} } }).plan.notes.join(" ")).not.toMatch(/^Music:/);
  });
});

describe("overlays", () => {
  const two = { texts: [{ text: "Hi", position: "top" as const }, { text: "Bye", position: "bottom" as const }] };

  it("changes every overlay when none is named", () => {
    expect(edit("bigger text", two).plan.texts.map((t) => t.size)).toEqual(["large", "large"]);
  });

  it("changes the one named by order, by position or by its words", () => {
    expect(edit("make the second text bigger", two).plan.texts.map((t) => t.size)).toEqual(["medium", "large"]);
    expect(edit("make the bottom caption smaller", two).plan.texts.map((t) => t.size)).toEqual(["medium", "small"]);
    expect(edit("make 'Hi' fun", two).plan.texts[0]).toMatchObject({ style: "fun", animation: "pop" });
    expect(edit("get rid of the text at the bottom", two).plan.texts.map((t) => t.text)).toEqual(["Hi"]);
  });

  it("says when the named overlay does not exist", () => {
    const r = edit("move the third text to the top", two);
    expect(r.plan.texts).toEqual(plan(two).texts);
    expect(r.plan.notes.join(" ")).toMatch(/no text 3/);
  });

  it("rewrites the last overlay's words, or the one a first quote names", () => {
    expect(edit("change the text to 'Yo'", two).plan.texts.map((t) => t.text)).toEqual(["Hi", "Yo"]);
    expect(edit("change 'Hi' to 'Hello'", two).plan.texts.map((t) => t.text)).toEqual(["Hello", "Bye"]);
  });

  it("adds a quote said with an add verb, even when the words exist", () => {
    expect(edit("add another 'Hi' at the end", two).plan.texts.map((t) => t.text)).toEqual(["Hi", "Bye", "Hi"]);
  });

  it("steps sizes one at a time and stops at the ends with a note", () => {
    const r = edit("bigger text", { texts: [{ text: "Hi", size: "large" }] });
    expect(r.plan.texts[0]!.size).toBe("large");
    expect(r.changes).toEqual([]);
    expect(r.plan.notes.join(" ")).toMatch(/already large/);
  });

  it("reads words about an overlay without a trigger as about the overlays", () => {
    expect(edit("at the top instead", { texts: [{ text: "Hi", position: "bottom" }] }).plan.texts[0]!.position).toBe("top");
    expect(edit("字幕移到顶部", two).plan.texts.map((t) => t.position)).toEqual(["top", "top"]);
  });

  it("keeps a video fade a video fade", () => {
    const r = edit("fade in", two);
    expect(r.plan.fade.inMs).toBe(1000);
    expect(r.plan.texts.map((t) => t.animation)).toEqual(["none", "none"]);
  });

  it("adds a default title when there is no overlay yet", () => {
    expect(edit("add a title", {}, { sourceName: "banana_bread.mp4" }).plan.texts.map((t) => t.text)).toEqual(["Banana Bread"]);
  });
});

describe("the frame over a preset", () => {
  it("drops a preset whose frame a new aspect contradicts", () => {
    expect(edit("make it landscape", { output: { preset: "tiktok" } }).plan.output).toMatchObject({ preset: null, aspect: "16:9", width: 1920, height: 1080 });
  });

  it("keeps the preset for other output fields", () => {
    expect(edit("720p", { output: { preset: "tiktok" } }).plan.output).toMatchObject({ preset: "tiktok", width: 720, height: 1280 });
  });
});

describe("clip references", () => {
  it.each([
    ["make the second clip faster", ["b"], "make it faster"],
    ["clip 3: mute it", ["c"], "mute it"],
    ["for the first one, add music", ["a"], "add music"],
    ["the last video should be square", ["c"], "should be square"],
    ["mute the first and third clips", ["a", "c"], "mute it"],
    ["clips 1 and 2 faster", ["a", "b"], "faster"],
    ["第二个视频加速", ["b"], "加速"],
    ["banana_bread.mp4: add text", ["b"], "add text"],
    ["make the banana clip shorter", ["b"], "make it shorter"],
    ["on the IMG_0042 clip, mute it", ["c"], "mute it"],
  ])("reads %s as clips %j", (text, ids, rest) => {
    const r = clipRefs(text, SOURCES);
    expect(r.sourceIds).toEqual(ids);
    expect(r.text.replace(/[\s,]+/g, " ").trim()).toBe(rest);
  });

  it.each(["add music to all clips", "every clip should be vertical", "each one 10 seconds", "make both 10 seconds", "所有视频都加音乐"])(
    "reads %s as all clips",
    (text) => {
      expect(clipRefs(text, SOURCES).sourceIds).toBeNull();
    },
  );

  it("does not read a duration after 'clip' as a clip number", () => {
    expect(clipRefs("make the clip 5 seconds", SOURCES)).toMatchObject({ sourceIds: null, missing: null });
  });

  it("names no clip from inside quotes", () => {
    const r = interpretFollowUp("add text 'watch the second clip'", plan(), { sources: SOURCES });
    expect(r.kind === "edit" && r.target).toBeNull();
    expect(r.kind === "edit" && r.plan.texts[0]!.text).toBe("watch the second clip");
  });

  it("changes nothing for a clip the session does not have", () => {
    const r = edit("mute the fourth clip", {}, { sources: SOURCES });
    expect(r.plan.audio.mute).toBe(false);
    expect(r.plan.notes.join(" ")).toMatch(/no clip 4/);
  });
});

describe("what changed", () => {
  it("lists one line per change", () => {
    const r = edit("move the text to the bottom, remove the music and make it 2 seconds shorter", {
      texts: [{ text: "Hi", position: "top" }],
      audio: { music: {} },
      cut: { targetDurationMs: 10_000 },
    });
    expect(r.changes).toEqual(["length 10 s → 8 s", 'text "Hi": position top → bottom', "music removed"]);
  });
});

describe("robustness", () => {
  const FRAGMENTS = ["undo", "the second clip", "clip 2", "bigger", "text", "'Hi'", "“x”", "shorter", "2 seconds", "music", "off", "no", "faster", "第二个视频", "撤销", "all clips", ",", ":", " ", "and", "change", "to", "at the top"];
  const PLANS: EditPlanInput[] = [
    {},
    { texts: [{ text: "Hi", size: "large" }, { text: "Yo", position: "bottom" }], audio: { music: { volume: 2 } }, speed: 4 },
    { cut: { targetDurationMs: 100, durationMode: "max", removePauses: {} }, output: { preset: "square" } },
  ];

  it("never throws and always returns a valid plan", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), fc.constantFrom(...PLANS), fc.string({ maxLength: 20 }), (parts, p, noise) => {
        const r = interpretFollowUp(parts.join(" ") + noise, plan(p), { sources: SOURCES, sourceDurationMs: 30_000 });
        if (r.kind === "edit") {
          expect(EditPlanSchema.safeParse(r.plan).success).toBe(true);
          expect(normalizePlan(r.plan)).toEqual(r.plan);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("takes any input, however odd, without throwing", () => {
    for (const odd of [undefined, null, 42, "", "\u0000\uE000q0\uE001", "😀".repeat(1000)]) {
      expect(() => interpretFollowUp(odd as unknown as string, plan(), { sources: SOURCES })).not.toThrow();
    }
    expect(() => interpretFollowUp("bigger", { broken: true } as unknown as EditPlan)).not.toThrow();
  });

  it("reads 2,000 characters of repeated references quickly", () => {
    for (const unit of ["the second clip ", "clip 1, ", "'Hi' ", "bigger text at the top ", "第二个视频"]) {
      const text = unit.repeat(2000).slice(0, 2000);
      const t0 = performance.now();
      interpretFollowUp(text, plan(PLANS[1]), { sources: SOURCES });
      // A loose bound: the bench measures throughput; this catches a runaway regex.
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});

describe("round 4: an export asked with a change, and more phrasings", () => {
  it("returns the edit with thenExport when a message asks for a change and the export", () => {
    expect(edit("export as gif")).toMatchObject({ plan: { output: { format: "gif" } }, thenExport: true, changes: ["format mp4 → gif"] });
    expect(edit("trim the pauses and then export", { cut: { targetDurationMs: 10_000 } })).toMatchObject({
      plan: { cut: { removePauses: { minPauseMs: 500 } } },
      thenExport: true,
    });
    expect(edit("导出gif")).toMatchObject({ plan: { output: { format: "gif" } }, thenExport: true });
    // No export asked: no flag; an export that changes nothing stays the export intent.
    expect(edit("make it a gif").thenExport).toBeUndefined();
    expect(interpretFollowUp("export as mp4", plan())).toEqual({ kind: "intent", intent: "export" });
    expect(interpretFollowUp("export", plan())).toEqual({ kind: "intent", intent: "export" });
  });

  it("reads 'undo that last one' as undo", () => {
    expect(interpretFollowUp("undo that last one", plan()).kind).toBe("undo");
  });

  it("claims the length named in a relative change (时长缩短四秒)", () => {
    expect(edit("时长缩短四秒", { cut: { targetDurationMs: 20_000 } })).toMatchObject({ plan: { cut: { targetDurationMs: 16_000 }, unrecognized: [] } });
  });

  it("drops the preset for '4:5 for instagram'", () => {
    expect(edit("make it 4:5 for instagram", { output: { preset: "tiktok" } }).plan.output).toMatchObject({ preset: null, aspect: "4:5" });
  });
});

describe("round 4: overlays named by what they show", () => {
  const PRICE = { texts: [{ text: "$24.99", position: "bottom" as const }] };

  it("reads 'the price' (any noun) as naming the overlay in a session", () => {
    expect(edit("make the price bigger", PRICE).plan).toMatchObject({ texts: [{ size: "large" }], unrecognized: [] });
    expect(edit("change the price to '$21.99'", PRICE).plan).toMatchObject({ texts: [{ text: "$21.99" }], unrecognized: [] });
    expect(edit("remove the price text", PRICE).plan).toMatchObject({ texts: [], unrecognized: [] });
    // Attribute words before the trigger stay attributes.
    expect(edit("bigger text", PRICE).plan.texts[0]!.size).toBe("large");
  });

  it("reads 'fade the title out at the end' as the overlay's fade, not a move to the end", () => {
    expect(edit("fade the title out at the end", { texts: [{ text: "Hi", position: "top" }] }).plan.texts[0]).toMatchObject({ animation: "fade", anchor: "start", endMs: null });
  });
});

describe("round 4, fourth batch", () => {
  const DAYS = { texts: [{ text: "Day 1", position: "top" as const }, { text: "Day 2", position: "bottom" as const }] };

  it("removes only the overlay whose words are quoted after a removal verb, and says so", () => {
    const r = edit("remove the 'Day 1' text", DAYS);
    expect(r.plan.texts.map((t) => t.text)).toEqual(["Day 2"]);
    expect(r.changes).toEqual(['text removed: "Day 1"']);
    expect(edit("去掉“Day 1”", DAYS).plan.texts.map((t) => t.text)).toEqual(["Day 2"]);
  });

  it("reads 'back to the original aspect ratio' as the source frame", () => {
    expect(edit("back to the original aspect ratio", { output: { aspect: "9:16" } }).plan.output).toMatchObject({ aspect: "source", preset: null });
  });
});
