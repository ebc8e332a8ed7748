import type { EditPlanInput } from "../../src/plan/schema.js";

/**
 * Follow-up corpus (issue 7): one turn of a session each — the session's current plan, the user's
 * next message, and what the turn must give back. Written before `interpretFollowUp` existed,
 * from these conventions (src/plan/interpret/README.md repeats them):
 *
 * - a comparative is a step from the current value: length "shorter" ×0.8, "a bit shorter" ×0.9,
 *   "much shorter" ×0.5, "longer" ×1.2, "a bit longer" ×1.1, "much longer" ×1.5; "N seconds
 *   shorter/longer" (缩短N秒) ∓N. The base is the current target, else the source length (a note when
 *   neither is known, and nothing changes). The duration mode stays.
 * - speed: "faster" ×1.5, "a bit faster" ×1.25, "much faster" ×2, "slower" ×0.75; numbers ("2x")
 *   and named speeds ("normal speed", "slow motion") are absolute.
 * - volumes: clip "louder" ×1.5 / "a bit" ×1.25 / "much" ×2, "quieter" ×0.6 / ×0.8 / ×0.4; the same
 *   steps for the music when the music is named ("louder music", 音乐小声一点). Percentages are absolute.
 * - text: words about an overlay without a quote (position, style, size, timing, "bigger") change
 *   the existing overlays — all of them, or the one named ("the second text", its quoted words);
 *   "change the text to 'X'" / 改成“X” replaces the words of the only (or the last) overlay;
 *   "change 'A' to 'B'" the one reading A; a quote with an add verb is a new overlay; size steps
 *   small ↔ medium ↔ large.
 * - "remove the text/music", "no fades", "keep the pauses" / "no more pause removal": that feature off.
 * - a new aspect that the current preset does not have drops the preset.
 * - anything absolute merges over the current plan (new fields win, the rest stays).
 * - clip references pick `target.sourceIds` (order of ctx.sources); "all/every/each clip" is null.
 *
 * `expect.plan` is a patch over `current` (objects merge, arrays replace) — the fields that change.
 */

export interface FollowUpEntry {
  text: string;
  current?: EditPlanInput;
  ctx?: { sourceName?: string; sourceDurationMs?: number; sources?: Array<{ id: string; name: string }> };
  expect:
    | { kind: "edit"; plan?: EditPlanInput; target?: string[] | null; thenExport?: boolean }
    | { kind: "undo" }
    | { kind: "redo" }
    | { kind: "intent"; intent: "export" | "status" | "credits" | "upload" | "help" };
  /** Substrings some note must contain. */
  notes?: string[];
  /** Substrings some unrecognized entry must contain; omitted = must be empty. */
  unrecognized?: string[];
}

/** Current plans the follow-up corpora share. */
export const TEN = { cut: { targetDurationMs: 10_000 } };
export const TEXT = { texts: [{ text: "Banana Bread", position: "top" as const }] };
export const TWO_TEXTS = {
  texts: [
    { text: "Step 1", startMs: 0, endMs: 3000 },
    { text: "Step 2", startMs: 3000, endMs: 6000 },
  ],
};
export const MUSIC = { audio: { music: { volume: 0.4 } } };
export const FULL: EditPlanInput = {
  cut: { removePauses: {}, targetDurationMs: 15_000 },
  texts: [{ text: "Hi", position: "top" }],
  audio: { music: {} },
  output: { preset: "tiktok" },
};
export const PAUSES = { cut: { removePauses: {} } };
export const SOURCES = {
  sources: [
    { id: "s1", name: "intro.mp4" },
    { id: "s2", name: "banana_bread.mp4" },
    { id: "s3", name: "outro.mov" },
  ],
};

export const FOLLOW_UPS: FollowUpEntry[] = [
  // ── length, relative and absolute
  { text: "make it 2 seconds shorter", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },
  { text: "2 seconds longer", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 12_000 } } } },
  { text: "actually 8 seconds", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },
  {
    text: "make it 2 seconds shorter",
    ctx: { sourceDurationMs: 20_000 },
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 18_000 } } },
  },
  { text: "make it 2 seconds shorter", expect: { kind: "edit", plan: {} }, notes: ["length"] },
  { text: "a bit shorter", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 9000 } } } },
  { text: "shorter please", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },
  { text: "a bit longer", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 11_000 } } } },
  { text: "much shorter", current: { cut: { targetDurationMs: 20_000 } }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 10_000 } } } },
  { text: "shorten it by 3 seconds", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 7000 } } } },
  { text: "cut it to 12 seconds instead", current: FULL, expect: { kind: "edit", plan: { cut: { targetDurationMs: 12_000 } } } },
  { text: "keep it under 30 seconds", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 30_000, durationMode: "max" } } } },
  {
    text: "make it 5 seconds shorter",
    current: { cut: { targetDurationMs: 30_000, durationMode: "max" } },
    expect: { kind: "edit", plan: { cut: { targetDurationMs: 25_000 } } },
  },
  { text: "缩短2秒", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },
  { text: "再长一点", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 11_000 } } } },
  { text: "改成8秒", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },

  // ── speed
  { text: "faster", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 2.25 } } },
  { text: "a bit faster", expect: { kind: "edit", plan: { speed: 1.25 } } },
  { text: "slow it down a little", current: { speed: 2 }, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "normal speed", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 1 } } },
  { text: "2x speed", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 2 } } },
  { text: "恢复原速", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 1 } } },

  // ── the text overlay
  { text: "move the text to the bottom", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "bottom" }] } } },
  { text: "bigger text", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", size: "large" }] } } },
  { text: "smaller text", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", size: "small" }] } } },
  {
    text: "make the text even smaller",
    current: { texts: [{ text: "Hi", size: "small" }] },
    expect: { kind: "edit", plan: {} },
  },
  { text: "change the text to “Hello”", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Hello", position: "top" }] } } },
  { text: "remove the text", current: TEXT, expect: { kind: "edit", plan: { texts: [] } } },
  { text: "no text", current: FULL, expect: { kind: "edit", plan: { texts: [] } } },
  {
    text: "add text 'Day 2' at the bottom",
    current: TEXT,
    expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top" }, { text: "Day 2", position: "bottom" }] } },
  },
  {
    text: "put the caption at the top",
    current: { texts: [{ text: "so good", style: "caption", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "so good", style: "caption", position: "top" }] } },
  },
  { text: "make the text fun", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", style: "fun", animation: "pop" }] } } },
  {
    text: "change 'Step 2' to 'Step Two'",
    current: TWO_TEXTS,
    expect: { kind: "edit", plan: { texts: [{ text: "Step 1", startMs: 0, endMs: 3000 }, { text: "Step Two", startMs: 3000, endMs: 6000 }] } },
  },
  {
    text: "move the second text to the top",
    current: TWO_TEXTS,
    expect: { kind: "edit", plan: { texts: [{ text: "Step 1", startMs: 0, endMs: 3000 }, { text: "Step 2", startMs: 3000, endMs: 6000, position: "top" }] } },
  },
  { text: "show the text for 5 seconds", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", startMs: 0, endMs: 5000 }] } } },
  { text: "文字放大一点", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", size: "large" }] } } },
  { text: "把文字移到底部", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "bottom" }] } } },
  { text: "文字改成“你好”", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "你好", position: "top" }] } } },
  {
    text: "at the top instead",
    current: { texts: [{ text: "Hi", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "Hi", position: "top" }] } },
  },
  { text: "the text should say 'Follow me'", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Follow me", position: "top" }] } } },

  // ── music and the clip's sound
  { text: "remove the music", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "louder music", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.6 } } } } },
  { text: "quieter music", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.24 } } } } },
  { text: "make the music a bit quieter", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.32 } } } } },
  { text: "turn the music down", current: { audio: { music: {} } }, expect: { kind: "edit", plan: { audio: { music: { volume: 0.21 } } } } },
  { text: "music at 10%", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.1 } } } } },
  { text: "add music", expect: { kind: "edit", plan: { audio: { music: {} } } } },
  { text: "no ducking", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { duck: false } } } } },
  { text: "音乐小声一点", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.32 } } } } },
  { text: "去掉背景音乐", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "make it louder", current: { audio: { volume: 0.6 } }, expect: { kind: "edit", plan: { audio: { volume: 0.9 } } } },
  { text: "louder", expect: { kind: "edit", plan: { audio: { volume: 1.5 } } } },
  { text: "unmute it", current: { audio: { mute: true } }, expect: { kind: "edit", plan: { audio: { mute: false } } } },
  { text: "mute it", expect: { kind: "edit", plan: { audio: { mute: true } } } },

  // ── pauses
  { text: "keep the pauses", current: FULL, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "no more pause removal", current: PAUSES, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "put the pauses back", current: PAUSES, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "保留停顿", current: PAUSES, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "remove the pauses more aggressively", current: PAUSES, expect: { kind: "edit", plan: { cut: { removePauses: { minPauseMs: 300 } } } } },
  { text: "trim the pauses too", current: TEN, expect: { kind: "edit", plan: { cut: { removePauses: {} } } } },

  // ── frame and file
  {
    text: "make it square instead",
    current: { output: { preset: "tiktok" } },
    expect: { kind: "edit", plan: { output: { preset: "square" } } },
  },
  { text: "for youtube", current: FULL, expect: { kind: "edit", plan: { output: { preset: "youtube" } } } },
  { text: "vertical please", current: { output: { preset: "youtube" } }, expect: { kind: "edit", plan: { output: { preset: null, aspect: "9:16" } } } },
  { text: "720p", current: FULL, expect: { kind: "edit", plan: { output: { resolution: 720 } } } },
  { text: "as a gif", expect: { kind: "edit", plan: { output: { format: "gif" } } } },

  // ── fades
  { text: "no fades", current: { fade: { inMs: 1000, outMs: 1000 } }, expect: { kind: "edit", plan: { fade: { inMs: 0, outMs: 0 } } } },
  { text: "fade out too", current: { fade: { inMs: 1000 } }, expect: { kind: "edit", plan: { fade: { outMs: 1000 } } } },

  // ── several things at once, over the current plan
  { text: "add music and make it 20 seconds", current: TEXT, expect: { kind: "edit", plan: { audio: { music: {} }, cut: { targetDurationMs: 20_000 } } } },
  { text: "cut it to 10 s", current: FULL, expect: { kind: "edit", plan: { cut: { targetDurationMs: 10_000 } } } },
  {
    text: "move the text to the bottom and make it 2 seconds shorter",
    current: { ...TEXT, ...TEN },
    expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "bottom" }], cut: { targetDurationMs: 8000 } } },
  },

  // ── undo, redo
  { text: "undo", current: FULL, expect: { kind: "undo" } },
  { text: "undo that", current: FULL, expect: { kind: "undo" } },
  { text: "撤销", expect: { kind: "undo" } },
  { text: "go back", expect: { kind: "undo" } },
  { text: "oops, undo that please", expect: { kind: "undo" } },
  { text: "redo", expect: { kind: "redo" } },
  { text: "重做", expect: { kind: "redo" } },

  // ── intents
  { text: "export", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "导出", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "how many credits do i have", expect: { kind: "intent", intent: "credits" } },
  { text: "status?", expect: { kind: "intent", intent: "status" } },
  { text: "i want to upload another clip", expect: { kind: "intent", intent: "upload" } },
  { text: "help", expect: { kind: "intent", intent: "help" } },
  { text: "进度怎么样", expect: { kind: "intent", intent: "status" } },

  // ── which clip
  { text: "make the second clip 5 seconds", ctx: SOURCES, expect: { kind: "edit", plan: { cut: { targetDurationMs: 5000 } }, target: ["s2"] } },
  { text: "clip 2: add music", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { music: {} } }, target: ["s2"] } },
  { text: "for the first one, remove the pauses", ctx: SOURCES, expect: { kind: "edit", plan: PAUSES, target: ["s1"] } },
  { text: "the last clip should be square", ctx: SOURCES, expect: { kind: "edit", plan: { output: { preset: "square" } }, target: ["s3"] } },
  { text: "第二个视频加速", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["s2"] } },
  {
    text: "banana_bread.mp4: add text 'Yum'",
    ctx: SOURCES,
    expect: { kind: "edit", plan: { texts: [{ text: "Yum" }] }, target: ["s2"] },
  },
  { text: "make the banana clip faster", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["s2"] } },
  { text: "add music to all clips", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { music: {} } }, target: null } },
  { text: "every clip should be vertical", ctx: SOURCES, expect: { kind: "edit", plan: { output: { aspect: "9:16" } }, target: null } },
  { text: "mute the first and third clips", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["s1", "s3"] } },
  { text: "mute the fourth clip", ctx: SOURCES, expect: { kind: "edit", plan: {} }, notes: ["4"] },
  { text: "第三个视频静音", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["s3"] } },
  { text: "each one should be 10 seconds", ctx: SOURCES, expect: { kind: "edit", plan: TEN, target: null } },
  { text: "the outro clip: fade out at the end", ctx: SOURCES, expect: { kind: "edit", plan: { fade: { outMs: 1000 } }, target: ["s3"] } },
];
