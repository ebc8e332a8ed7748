import type { EditPlanInput } from "../../src/plan/schema.js";
import type { FollowUpEntry } from "./corpus-followup.js";

/**
 * Blind follow-up turns, round 3: 40 session turns written without reading the interpreter's code
 * and never run through it while being written. Expectations follow the "Follow-ups" section of
 * src/plan/interpret/README.md: relative steps from the current value, overlay changes on the
 * existing overlays, clip references in `ctx.sources` order, undo/redo, intents.
 * `expect.plan` is a patch over `current` (objects merge, arrays replace). Measured once
 * (test/plan/corpus-blind2.test.ts); its failures are not printed.
 */

const SOURCES = {
  sources: [
    { id: "v1", name: "IMG_1234.mov" },
    { id: "v2", name: "sunset_timelapse.mp4" },
    { id: "v3", name: "kitchen.mp4" },
  ],
};

const DAY1 = { text: "Day 1", position: "top" as const };
const VERTICAL: EditPlanInput = {
  cut: { removePauses: {}, targetDurationMs: 20_000 },
  output: { preset: "tiktok" },
  texts: [DAY1],
  audio: { music: {} },
};
const INTRO = { text: "Intro", startMs: 0, endMs: 3000, position: "top" as const };
const OUTRO = { text: "Outro", anchor: "end" as const, startMs: 0, endMs: 3000, position: "bottom" as const };
const PAIR: EditPlanInput = { texts: [INTRO, OUTRO] };
const CAPTION: EditPlanInput = { texts: [{ text: "so good", style: "caption", position: "bottom" }] };
const CAPPED: EditPlanInput = { cut: { targetDurationMs: 30_000, durationMode: "max" } };
const BOTH_FADES: EditPlanInput = { fade: { inMs: 1000, outMs: 1000 } };

export const FOLLOWUP_BLIND: FollowUpEntry[] = [
  // ── length
  { text: "3 secs shorter pls", current: VERTICAL, expect: { kind: "edit", plan: { cut: { targetDurationMs: 17_000 } } } },
  { text: "way shorter", current: CAPPED, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  {
    text: "can it be shorter",
    current: { speed: 2 },
    ctx: { sourceDurationMs: 30_000 },
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 12_000 } } },
  },
  { text: "时长缩短四秒", current: { cut: { targetDurationMs: 20_000 } }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 16_000 } } } },
  { text: "let it run full length again", current: { cut: { targetDurationMs: 15_000 } }, expect: { kind: "edit", plan: { cut: { targetDurationMs: null } } } },
  {
    text: "shorter and louder",
    current: { cut: { targetDurationMs: 20_000 } },
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 16_000 }, audio: { volume: 1.5 } } },
  },

  // ── speed
  { text: "even faster", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 2.25 } } },
  { text: "too fast lol", current: { speed: 2 }, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "go 50% faster", current: {}, expect: { kind: "edit", plan: { speed: 1.5 } } },

  // ── volumes
  { text: "turn the music up a bit", current: { audio: { music: { volume: 0.2 } } }, expect: { kind: "edit", plan: { audio: { music: { volume: 0.25 } } } } },
  { text: "music is too loud", current: { audio: { music: { volume: 0.5 } } }, expect: { kind: "edit", plan: { audio: { music: { volume: 0.3 } } } } },
  { text: "the original audio a bit quieter", current: { audio: { volume: 2 } }, expect: { kind: "edit", plan: { audio: { volume: 1.6 } } } },
  { text: "音乐大声一点", current: { audio: { music: { volume: 0.4 } } }, expect: { kind: "edit", plan: { audio: { music: { volume: 0.5 } } } } },

  // ── features off
  { text: "get rid of the music", current: VERTICAL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "lose the text", current: VERTICAL, expect: { kind: "edit", plan: { texts: [] } } },
  { text: "actually leave the pauses in", current: { cut: { removePauses: {} } }, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "drop both fades", current: BOTH_FADES, expect: { kind: "edit", plan: { fade: { inMs: 0, outMs: 0 } } } },

  // ── overlays
  { text: "shift the title down to the bottom", current: VERTICAL, expect: { kind: "edit", plan: { texts: [{ text: "Day 1", position: "bottom" }] } } },
  { text: "the second text should be bigger", current: PAIR, expect: { kind: "edit", plan: { texts: [INTRO, { ...OUTRO, size: "large" }] } } },
  {
    text: "make 'Intro' fun",
    current: PAIR,
    expect: { kind: "edit", plan: { texts: [{ ...INTRO, style: "fun", animation: "pop" }, OUTRO] } },
  },
  { text: "the caption should read 'omg so good'", current: CAPTION, expect: { kind: "edit", plan: { texts: [{ text: "omg so good", style: "caption", position: "bottom" }] } } },
  { text: "replace 'Outro' with 'see ya'", current: PAIR, expect: { kind: "edit", plan: { texts: [INTRO, { ...OUTRO, text: "see ya" }] } } },
  {
    text: "also add 'Part 2' at the bottom",
    current: VERTICAL,
    expect: { kind: "edit", plan: { texts: [DAY1, { text: "Part 2", position: "bottom" }] } },
  },
  { text: "文字挪到底部", current: VERTICAL, expect: { kind: "edit", plan: { texts: [{ text: "Day 1", position: "bottom" }] } } },
  { text: "文字大一点", current: VERTICAL, expect: { kind: "edit", plan: { texts: [{ ...DAY1, size: "large" }] } } },

  // ── frame
  { text: "go horizontal", current: VERTICAL, expect: { kind: "edit", plan: { output: { preset: null, aspect: "16:9" } } } },

  // ── undo / redo
  { text: "oops undo", current: VERTICAL, expect: { kind: "undo" } },
  { text: "撤销上一步", current: VERTICAL, expect: { kind: "undo" } },
  { text: "redo pls", current: VERTICAL, expect: { kind: "redo" } },

  // ── intents
  { text: "ok looks good, export it", current: VERTICAL, expect: { kind: "intent", intent: "export" } },
  { text: "how much credit is left", current: VERTICAL, expect: { kind: "intent", intent: "credits" } },
  { text: "is it still rendering?", current: VERTICAL, expect: { kind: "intent", intent: "status" } },
  { text: "可以了，导出", current: VERTICAL, expect: { kind: "intent", intent: "export" } },

  // ── clip references
  { text: "second clip at 2x please", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 2 }, target: ["v2"] } },
  { text: "mute the IMG_1234 clip", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["v1"] } },
  { text: "the kitchen clip slower", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 0.75 }, target: ["v3"] } },
  { text: "第三个视频加速", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["v3"] } },
  { text: "all clips at half speed", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 0.5 }, target: null } },
  { text: "clips 1 and 2: fade in", ctx: SOURCES, expect: { kind: "edit", plan: { fade: { inMs: 1000 } }, target: ["v1", "v2"] } },
  {
    text: "on the first clip add 'Hello from Tokyo' at the top",
    ctx: SOURCES,
    expect: { kind: "edit", plan: { texts: [{ text: "Hello from Tokyo", position: "top" }] }, target: ["v1"] },
  },
];
