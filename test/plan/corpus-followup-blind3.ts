import type { EditPlanInput } from "../../src/plan/schema.js";
import type { FollowUpEntry } from "./corpus-followup.js";

/**
 * Blind follow-up turns, round 4: 50 session turns (the current plan, the next message, what the
 * turn must give back), English and Chinese, written without reading the interpreter's code and never
 * run through it while being written. The expectations follow the "Follow-ups" section of
 * src/plan/interpret/README.md. `expect.plan` is a patch over `current` (objects merge, arrays
 * replace): the fields the turn changes. Measured once (test/plan/corpus-blind3.test.ts).
 */

const SRC = {
  sources: [
    { id: "a", name: "intro_talk.mp4" },
    { id: "b", name: "drone_beach.mp4" },
    { id: "c", name: "sunset_timelapse.mov" },
  ],
};
const LEN20: EditPlanInput = { cut: { targetDurationMs: 20_000 } };
const MAX30: EditPlanInput = { cut: { targetDurationMs: 30_000, durationMode: "max" } };
const LISTED: EditPlanInput = { texts: [{ text: "Just Listed", position: "top", style: "clean" }] };
const BEFORE = { text: "Before", startMs: 0, endMs: 3000, position: "bottom", style: "caption" } as const;
const AFTER = { text: "After", startMs: 3000, endMs: 6000, position: "bottom", style: "caption" } as const;
const BEFORE_AFTER: EditPlanInput = { texts: [BEFORE, AFTER] };
const HALF_MUSIC: EditPlanInput = { audio: { music: { volume: 0.5 } } };
const REEL: EditPlanInput = {
  output: { preset: "tiktok" },
  cut: { removePauses: {}, targetDurationMs: 15_000 },
  texts: [{ text: "Day 1", position: "top", style: "fun", animation: "pop" }],
  audio: { music: { volume: 0.2 } },
};
const FAST: EditPlanInput = { speed: 2 };
const YT: EditPlanInput = { output: { preset: "youtube" } };
const FADES: EditPlanInput = { fade: { inMs: 1000, outMs: 1000 } };

export const FOLLOWUP_BLIND3: FollowUpEntry[] = [
  // ── length
  { text: "take another 5 seconds off", current: LEN20, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  { text: "longer, but just a little", current: LEN20, expect: { kind: "edit", plan: { cut: { targetDurationMs: 22_000 } } } },
  { text: "still too long, trim it shorter", current: MAX30, expect: { kind: "edit", plan: { cut: { targetDurationMs: 24_000 } } } },
  { text: "use the whole clip again, no time limit", current: LEN20, expect: { kind: "edit", plan: { cut: { targetDurationMs: null } } } },
  {
    text: "exactly 12 secs then",
    current: MAX30,
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 12_000, durationMode: "exact" } } },
  },
  {
    text: "just a tad shorter",
    current: FAST,
    ctx: { sourceDurationMs: 40_000 },
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 18_000 } } },
  },
  { text: "时长再短3秒", current: LEN20, expect: { kind: "edit", plan: { cut: { targetDurationMs: 17_000 } } } },

  // ── speed
  { text: "hmm it's too fast", current: FAST, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "regular speed again", current: FAST, expect: { kind: "edit", plan: { speed: 1 } } },
  { text: "slow motion instead", current: FAST, expect: { kind: "edit", plan: { speed: 0.5 } } },
  { text: "稍微快一点", expect: { kind: "edit", plan: { speed: 1.25 } } },

  // ── music and sound
  { text: "the music could be a bit softer", current: HALF_MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.4 } } } } },
  { text: "louder on the music please", current: HALF_MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.75 } } } } },
  { text: "背景音乐的音量提高一点", current: HALF_MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.625 } } } } },
  { text: "actually drop the bgm", current: REEL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "背景音乐不要了", current: HALF_MUSIC, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "forget the music", expect: { kind: "edit" } },

  // ── overlays
  { text: "ditch the title text", current: LISTED, expect: { kind: "edit", plan: { texts: [] } } },
  {
    text: "text should be at the bottom",
    current: LISTED,
    expect: { kind: "edit", plan: { texts: [{ text: "Just Listed", position: "bottom", style: "clean" }] } },
  },
  {
    text: "can the text be larger?",
    current: LISTED,
    expect: { kind: "edit", plan: { texts: [{ text: "Just Listed", position: "top", style: "clean", size: "large" }] } },
  },
  { text: "shrink the text", current: { texts: [{ text: "psst", size: "small" }] }, expect: { kind: "edit" } },
  {
    text: 'make the title say "Under Contract"',
    current: LISTED,
    expect: { kind: "edit", plan: { texts: [{ text: "Under Contract", position: "top", style: "clean" }] } },
  },
  {
    text: 'rename "Before" to "Day 1"',
    current: BEFORE_AFTER,
    expect: { kind: "edit", plan: { texts: [{ ...BEFORE, text: "Day 1" }, AFTER] } },
  },
  {
    text: "put the second text up top",
    current: BEFORE_AFTER,
    expect: { kind: "edit", plan: { texts: [BEFORE, { ...AFTER, position: "top" }] } },
  },
  {
    text: "also add 'Open Sunday' at the end",
    current: LISTED,
    expect: {
      kind: "edit",
      plan: {
        texts: [
          { text: "Just Listed", position: "top", style: "clean" },
          { text: "Open Sunday", anchor: "end", startMs: 0, endMs: 3000 },
        ],
      },
    },
  },
  {
    text: "把字幕挪到画面顶部",
    current: BEFORE_AFTER,
    expect: { kind: "edit", plan: { texts: [{ ...BEFORE, position: "top" }, { ...AFTER, position: "top" }] } },
  },
  {
    text: "文字改成“已售出”",
    current: LISTED,
    expect: { kind: "edit", plan: { texts: [{ text: "已售出", position: "top", style: "clean" }] } },
  },
  {
    text: 'make "After" bigger',
    current: BEFORE_AFTER,
    expect: { kind: "edit", plan: { texts: [BEFORE, { ...AFTER, size: "large" }] } },
  },
  {
    text: "the text should go at the top",
    current: LEN20,
    ctx: { sourceName: "open_house_tour.mp4" },
    expect: { kind: "edit", plan: { texts: [{ text: "Open House Tour", position: "top" }] } },
  },
  {
    text: "add a caption 'swipe up' at the bottom",
    current: LISTED,
    expect: {
      kind: "edit",
      plan: {
        texts: [
          { text: "Just Listed", position: "top", style: "clean" },
          { text: "swipe up", style: "caption", position: "bottom" },
        ],
      },
    },
  },

  // ── frame, pauses, fades
  { text: "now do it for YouTube", current: REEL, expect: { kind: "edit", plan: { output: { preset: "youtube" } } } },
  { text: "switch to portrait", current: YT, expect: { kind: "edit", plan: { output: { preset: null, aspect: "9:16" } } } },
  { text: "actually keep the silences", current: REEL, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "get rid of both fades", current: FADES, expect: { kind: "edit", plan: { fade: { inMs: 0, outMs: 0 } } } },
  { text: "3-second fade out instead", current: FADES, expect: { kind: "edit", plan: { fade: { outMs: 3000 } } } },

  // ── clips of a multi-clip session
  { text: "drone clip in slow motion pls", ctx: SRC, expect: { kind: "edit", plan: { speed: 0.5 }, target: ["b"] } },
  { text: "no sound on the first video", ctx: SRC, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["a"] } },
  { text: "clips 2 and 3 at 1.5x", ctx: SRC, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["b", "c"] } },
  { text: "make every clip 9:16", ctx: SRC, expect: { kind: "edit", plan: { output: { aspect: "9:16" } }, target: null } },
  { text: "sunset_timelapse.mov faster", ctx: SRC, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["c"] } },
  { text: "把第2个视频的声音关掉", ctx: SRC, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["b"] } },

  // ── undo, redo
  { text: "nah revert it", current: REEL, expect: { kind: "undo" } },
  { text: "算了，撤销", current: LISTED, expect: { kind: "undo" } },
  { text: "ok redo it", expect: { kind: "redo" } },
  { text: "重做一下", expect: { kind: "redo" } },

  // ── intents
  { text: "perfect, time to export", current: REEL, expect: { kind: "intent", intent: "export" } },
  { text: "credits left?", expect: { kind: "intent", intent: "credits" } },
  { text: "still processing?", current: REEL, expect: { kind: "intent", intent: "status" } },
  { text: "就这样，导出", current: LEN20, expect: { kind: "intent", intent: "export" } },
  { text: "help, what can I ask for?", expect: { kind: "intent", intent: "help" } },
];
