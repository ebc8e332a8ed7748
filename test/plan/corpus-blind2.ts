import type { CorpusEntry } from "./corpus.js";

/**
 * Blind corpus, round 3: 120 instructions written without reading the interpreter's code and
 * never run through it while being written. The expectations follow PRODUCT.md §2 and the
 * conventions table of src/plan/interpret/README.md; every field not listed must stay default.
 * Measured once (test/plan/corpus-blind2.test.ts); its failures are not printed.
 *
 * Where the README gives no rule, the entry was reworded until one answer is defensible:
 * - an ask the product cannot do (filters, background removal, translation, stabilising) is listed
 *   in `unrecognized`; the rest of the entry is read; an open-ended ask ("make it more engaging") is
 *   a note with suggestions, not unrecognized (changed in round 4: see below);
 * - emoji, greetings and "pls"/"thanks" outside quotes are not requests;
 * - a text overlay without timing runs the whole clip (0..null);
 * - "download it" asks for the file (export); a format word alone ("make a gif out of this")
 *   stays an edit.
 *
 * Round 4 changed the three vague-ask entries: they listed the open-ended words in `unrecognized`,
 * but the README reads an open-ended ask with a rule of its own (it claims the words and writes the
 * "open-ended" note with suggestions), as the main corpus, dev2, probe 3 and the unit tests expect.
 */

const pauses = { removePauses: {} };
const DAY = 24 * 3600_000;

export const BLIND2: CorpusEntry[] = [
  // ── pauses
  { text: "can u cut out the awkward silences in my vid", expect: { cut: pauses } },
  { text: "Kill any silence beyond 0.8 sec.", expect: { cut: { removePauses: { minPauseMs: 800 } } } },
  { text: "tighten up the pauses, go aggressive", expect: { cut: { removePauses: { minPauseMs: 300 } } } },
  { text: "take out the gaps between sentences, not too aggressive tho", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "get rid of any pause over two seconds", expect: { cut: { removePauses: { minPauseMs: 2000 } } } },
  { text: "把视频里的停顿都剪掉", expect: { cut: pauses } },
  { text: "strip out the silences, leave 0.3s around each cut", expect: { cut: { removePauses: { paddingMs: 300 } } } },

  // ── target length, exact and max
  { text: "i need exactly 12 secs total", expect: { cut: { targetDurationMs: 12_000 } } },
  { text: "needs to be under forty-five seconds", expect: { cut: { targetDurationMs: 45_000, durationMode: "max" } } },
  { text: "get the runtime down to half a minute", expect: { cut: { targetDurationMs: 30_000 } } },
  { text: "target runtime a minute and a half", expect: { cut: { targetDurationMs: 90_000 } } },
  { text: "帮我剪成十二秒", expect: { cut: { targetDurationMs: 12_000 } } },
  { text: "视频总长不超过二十五秒", expect: { cut: { targetDurationMs: 25_000, durationMode: "max" } } },
  { text: "could it be a bit shorter?", ctx: { sourceDurationMs: 40_000 }, expect: { cut: { targetDurationMs: 36_000 } } },
  { text: "can you shorten the whole thing by six seconds", ctx: { sourceDurationMs: 30_000 }, expect: { cut: { targetDurationMs: 24_000 } } },
  {
    text: "2x speed, and make it a bit shorter too",
    ctx: { sourceDurationMs: 40_000 },
    expect: { speed: 2, cut: { targetDurationMs: 18_000 } },
  },

  // ── trims and kept ranges
  { text: "chop the first three seconds off pls", expect: { cut: { trimStartMs: 3000 } } },
  { text: "delet the last two secs", expect: { cut: { trimEndMs: 2000 } } },
  { text: "only keep 0:12 - 0:27", expect: { cut: { ranges: [{ startMs: 12_000, endMs: 27_000 }] } } },
  {
    text: "take out everything from 0:08 to 0:13",
    ctx: { sourceDurationMs: 30_000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 8000 }, { startMs: 13_000, endMs: 30_000 }] } },
  },
  {
    text: "remove the section between 20 and 25 seconds",
    expect: { cut: { ranges: [{ startMs: 0, endMs: 20_000 }, { startMs: 25_000, endMs: DAY }] } },
  },
  { text: "I only want the last 8 seconds of it", ctx: { sourceDurationMs: 30_000 }, expect: { cut: { ranges: [{ startMs: 22_000, endMs: 30_000 }] } } },
  { text: "cut it down to the final 6 seconds", ctx: { sourceDurationMs: 20_000 }, expect: { cut: { ranges: [{ startMs: 14_000, endMs: 20_000 }] } } },
  { text: "trim 1.5s from the start and 2s from the end", expect: { cut: { trimStartMs: 1500, trimEndMs: 2000 } } },
  { text: "把前3秒删掉", expect: { cut: { trimStartMs: 3000 } } },
  { text: "keep from 00:05 to 00:12", expect: { cut: { ranges: [{ startMs: 5000, endMs: 12_000 }] } } },

  // ── speed
  { text: "speeed it up", expect: { speed: 1.5 } },
  { text: "1.75x playback", expect: { speed: 1.75 } },
  { text: "put the entire video in slo-mo", expect: { speed: 0.5 } },
  { text: "a tad faster pls", expect: { speed: 1.25 } },
  { text: "run it at three times speed", expect: { speed: 3 } },
  { text: "两倍速播放", expect: { speed: 2 } },
  { text: "crank the speed to 5x", expect: { speed: 4 } },

  // ── presets, aspect, fit
  { text: "ig reels version pls", expect: { output: { preset: "reels" } } },
  { text: "make this a yt short", expect: { output: { preset: "shorts" } } },
  { text: "portait mode please", expect: { output: { aspect: "9:16" } } },
  { text: "convert to landscape 16:9 for youtube", expect: { output: { preset: "youtube" } } },
  { text: "go 4:5, sides filled with blur", expect: { output: { aspect: "4:5", fit: "blur" } } },
  { text: "vertical, but don't crop it", expect: { output: { aspect: "9:16", fit: "pad" } } },
  { text: "instagram story format", expect: { output: { preset: "story" } } },
  { text: "要横屏的，别留黑边", expect: { output: { aspect: "16:9", fit: "crop" } } },
  { text: "tiktok ready pls 🙏", expect: { output: { preset: "tiktok" } } },

  // ── resolution, format, quality, frame rate
  { text: "draft quality at 720p for now", expect: { output: { resolution: 720, quality: "draft" } } },
  { text: "downscale to 480p", expect: { output: { resolution: 480 } } },
  { text: "could you make a gif out of this", expect: { output: { format: "gif" } } },
  { text: "export as a .mov file", expect: { intent: "export", output: { format: "mov" } } },
  { text: "webm at 30fps", expect: { output: { format: "webm", fps: 30 } } },
  { text: "quality: standard", expect: { output: { quality: "standard" } } },
  { text: "4k, vertical", expect: { output: { aspect: "9:16" } } },
  { text: "导出为720p的mov", expect: { intent: "export", output: { resolution: 720, format: "mov" } } },

  // ── text overlays: quotes, positions, timings, styles, sizes
  { text: "put 'day 3 of 30' at the top", expect: { texts: [{ text: "day 3 of 30", position: "top" }] } },
  {
    text: "add a caption that says how i lost 10 lbs",
    expect: { texts: [{ text: "how i lost 10 lbs", style: "caption", position: "bottom" }] },
  },
  { text: "text overlay “new recipe alert 🚨” in the middle, bold", expect: { texts: [{ text: "new recipe alert 🚨" }] } },
  { text: "add the title ‘Paris Vlog’ for the first 4 seconds", expect: { texts: [{ text: "Paris Vlog", startMs: 0, endMs: 4000 }] } },
  {
    text: "put «shop now» in the last 3 secs, bottom",
    expect: { texts: [{ text: "shop now", anchor: "end", startMs: 0, endMs: 3000, position: "bottom" }] },
  },
  { text: "add 'wait for it…' from 0:02 to 0:06", expect: { texts: [{ text: "wait for it…", startMs: 2000, endMs: 6000 }] } },
  { text: "add `GIVEAWAY` at 5s with a pop", expect: { texts: [{ text: "GIVEAWAY", startMs: 5000, endMs: 8000, animation: "pop" }] } },
  {
    text: "put a fun title 'Taco Tuesday' up top",
    expect: { texts: [{ text: "Taco Tuesday", position: "top", style: "fun", animation: "pop" }] },
  },
  {
    text: 'add text "3 ingredients only" after 4 seconds, clean style',
    expect: { texts: [{ text: "3 ingredients only", startMs: 4000, endMs: null, style: "clean" }] },
  },
  { text: "tiny text 'sponsored' at the bottom", expect: { texts: [{ text: "sponsored", position: "bottom", size: "small" }] } },
  { text: "add 'SALE 50% OFF' in large font, top", expect: { texts: [{ text: "SALE 50% OFF", position: "top", size: "large" }] } },
  {
    text: "slap on a title",
    ctx: { sourceName: "beach_day.mp4" },
    expect: { texts: [{ text: "Beach Day" }] },
    notes: ["Beach Day"],
  },
  { text: "在顶部加文字「周末vlog」", expect: { texts: [{ text: "周末vlog", position: "top" }] } },
  { text: "最后三秒加上『谢谢观看』", expect: { texts: [{ text: "谢谢观看", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "开头加个标题《第一天》", expect: { texts: [{ text: "第一天", startMs: 0, endMs: 3000 }] } },
  {
    text: "add 'old me' for the first 2 seconds, then 'new me' for the last 2 seconds",
    expect: {
      texts: [
        { text: "old me", startMs: 0, endMs: 2000 },
        { text: "new me", anchor: "end", startMs: 0, endMs: 2000 },
      ],
    },
  },
  { text: "title: best pancakes ever", expect: { texts: [{ text: "best pancakes ever" }] } },

  // ── music
  { text: "throw some backround music on it", expect: { audio: { music: {} } } },
  { text: "add bgm at 25%", expect: { audio: { music: { volume: 0.25 } } } },
  { text: "music please, really quiet", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "add music but don't duck it", expect: { audio: { music: { duck: false } } } },
  { text: "bgm pls, and no fade-out on the music", expect: { audio: { music: { fadeOutMs: 0 } } } },
  { text: "配上背景音乐，音量30%", expect: { audio: { music: { volume: 0.3 } } } },
  { text: "加点bgm，小声", expect: { audio: { music: { volume: 0.2 } } } },

  // ── the clip's own sound
  { text: "mute my own audio + add background music", expect: { audio: { mute: true, music: {} } } },
  { text: "lower the volume slightly", expect: { audio: { volume: 0.8 } } },
  { text: "normalise the audio levels", expect: { audio: { normalize: true } } },
  { text: "make the loudness consistent throughout", expect: { audio: { normalize: true } } },
  { text: "把原声静音", expect: { audio: { mute: true } } },
  { text: "把声音调大一点", expect: { audio: { volume: 1.25 } } },

  // ── fades
  { text: "fade in from black", expect: { fade: { inMs: 1000 } } },
  { text: "end it with a 2 secnd fade-out", expect: { fade: { outMs: 2000 } } },
  { text: "quick half-second fade in and fade out", expect: { fade: { inMs: 500, outMs: 500 } } },
  { text: "fade-in 300ms / fade-out 2.5s", expect: { fade: { inMs: 300, outMs: 2500 } } },
  { text: "前面淡入一下，最后再淡出", expect: { fade: { inMs: 1000, outMs: 1000 } } },

  // ── asks that are not edits
  { text: "do i still have credits", expect: { intent: "credits" } },
  { text: "has my video finished rendering", expect: { intent: "status" } },
  { text: "lemme upload a different file", expect: { intent: "upload" } },
  { text: "what commands are there", expect: { intent: "help" } },
  { text: "download it as 720p for tiktok", expect: { intent: "export", output: { resolution: 720, preset: "tiktok" } } },
  { text: "查一下积分余额", expect: { intent: "credits" } },
  { text: "好了，导出吧", expect: { intent: "export" } },

  // ── negations
  { text: "skip the music and the text, only trim it to 18 seconds", expect: { cut: { targetDurationMs: 18_000 } } },
  { text: "remove the pauzes but don't change the speed", expect: { cut: pauses } },
  { text: "no captions or anything, i only need it in 9:16", expect: { output: { aspect: "9:16" } } },
  { text: "add bgm, don't mute the original audio", expect: { audio: { music: {} } } },
  { text: "不要音乐，只去掉停顿", expect: { cut: pauses } },

  // ── vague asks (a note that suggests concrete steps, not unrecognized: README "How it reads")
  { text: "can you make it better somehow", expect: {}, notes: ["open-ended"] },
  { text: "idk make it more engaging", expect: {}, notes: ["open-ended"] },
  { text: "make it look professional and remove the pauses", expect: { cut: pauses }, notes: ["open-ended"] },

  // ── outside the product
  { text: "remove the background behind me", expect: {}, unrecognized: ["background"] },
  { text: "add a vintage filter and cut to 15s", expect: { cut: { targetDurationMs: 15_000 } }, unrecognized: ["vintage"] },
  { text: "translate the speech into spanish subtitles", expect: {}, unrecognized: ["spanish"] },
  { text: "stabilize the shaky footage", expect: {}, unrecognized: ["stabilize"] },
  { text: "把背景换成海边", expect: {}, unrecognized: ["海边"] },

  // ── long, several features at once
  {
    text: "ok so for this one: cut the dead air, make it vertical for tiktok, add 'Day 14 🏋️' at the top for the first 3 seconds, throw on some quiet music and keep the whole thing under 30 seconds",
    expect: {
      cut: { ...pauses, targetDurationMs: 30_000, durationMode: "max" },
      output: { preset: "tiktok" },
      texts: [{ text: "Day 14 🏋️", position: "top", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: 'Edit request: remove pauses; target length: 20s; format: 9:16; music: yes, low volume; text: "Summer Sale" (top, first 3s)',
    expect: {
      cut: { ...pauses, targetDurationMs: 20_000 },
      output: { aspect: "9:16" },
      audio: { music: { volume: 0.2 } },
      texts: [{ text: "Summer Sale", position: "top", startMs: 0, endMs: 3000 }],
    },
  },
  {
    text: "hey!! could you please speed this up a bit, fade in and out, add a caption “tag a friend who needs this” at the end, and export it as an mp4 for instagram reels. thanks so much 😊",
    expect: {
      speed: 1.25,
      fade: { inMs: 1000, outMs: 1000 },
      texts: [{ text: "tag a friend who needs this", style: "caption", position: "bottom", anchor: "end", startMs: 0, endMs: 3000 }],
      output: { preset: "reels", format: "mp4" },
    },
  },
  {
    text: "帮我把停顿去掉，剪到30秒以内，做成竖屏，开头加文字“三分钟早餐”，再配上小声的背景音乐",
    expect: {
      cut: { ...pauses, targetDurationMs: 30_000, durationMode: "max" },
      output: { aspect: "9:16" },
      texts: [{ text: "三分钟早餐", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "trim the first 2 secs and the last 4 secs, remove silences longer than 600ms, 1.25x speed, normalize audio, 720p webm",
    expect: {
      cut: { trimStartMs: 2000, trimEndMs: 4000, removePauses: { minPauseMs: 600 } },
      speed: 1.25,
      audio: { normalize: true },
      output: { resolution: 720, format: "webm" },
    },
  },
  {
    text: 'Title: "My Morning Routine" | Platform: YouTube Shorts | Length: 45s max | Music: soft | Fade out: 1s',
    expect: {
      texts: [{ text: "My Morning Routine" }],
      output: { preset: "shorts" },
      cut: { targetDurationMs: 45_000, durationMode: "max" },
      audio: { music: { volume: 0.2 } },
      fade: { outMs: 1000 },
    },
  },
  {
    text: "mute it, add bgm at 40%, don't duck it, fade the music out over 2 sec, 1:1",
    expect: {
      audio: { mute: true, music: { volume: 0.4, duck: false, fadeOutMs: 2000 } },
      output: { aspect: "1:1" },
    },
  },
  {
    text: "keep 0:03-0:18, slow mo, put 'wait for the drop' in the center with a pop, 4:5 blurred bg",
    expect: {
      cut: { ranges: [{ startMs: 3000, endMs: 18_000 }] },
      speed: 0.5,
      texts: [{ text: "wait for the drop", position: "center", animation: "pop" }],
      output: { aspect: "4:5", fit: "blur" },
    },
  },
  {
    text: "for youtube: landscape, add a 1s fade in, put the title 'Q&A Part 2' top for five seconds, normalize loudness, and make it no longer than 1:30",
    expect: {
      output: { preset: "youtube" },
      fade: { inMs: 1000 },
      texts: [{ text: "Q&A Part 2", position: "top", startMs: 0, endMs: 5000 }],
      audio: { normalize: true },
      cut: { targetDurationMs: 90_000, durationMode: "max" },
    },
  },
  {
    text: "去掉停顿 + 加速1.5x + add text '晚安' at the bottom + 导出gif",
    expect: {
      cut: pauses,
      speed: 1.5,
      texts: [{ text: "晚安", position: "bottom" }],
      output: { format: "gif" },
    },
  },
  {
    text: "so basically i need this under 60s, cut the boring silent parts, make the music kinda loud, put '@chefmaria' at the end in small text and crop it to square",
    expect: {
      cut: { ...pauses, targetDurationMs: 60_000, durationMode: "max" },
      audio: { music: { volume: 0.8 } },
      texts: [{ text: "@chefmaria", anchor: "end", startMs: 0, endMs: 3000, size: "small" }],
      output: { preset: "square" },
    },
  },
  {
    text: "横屏youtube，前五秒加标题【开箱】，声音大一点，最后淡出",
    expect: {
      output: { preset: "youtube" },
      texts: [{ text: "开箱", startMs: 0, endMs: 5000 }],
      audio: { volume: 1.25 },
      fade: { outMs: 1000 },
    },
  },
  {
    text: "pls: 1) remove silences 2) cut to 25s 3) add 'follow for part 2' last 5 sec 4) 9:16 5) export",
    expect: {
      cut: { ...pauses, targetDurationMs: 25_000 },
      texts: [{ text: "follow for part 2", anchor: "end", startMs: 0, endMs: 5000 }],
      output: { aspect: "9:16" },
    },
  },
  {
    text: "make it 2x, mute, add music (loud), text 'speedrun any%' top, fade out 0.5s, 480p draft",
    expect: {
      speed: 2,
      audio: { mute: true, music: { volume: 0.8 } },
      texts: [{ text: "speedrun any%", position: "top" }],
      fade: { outMs: 500 },
      output: { resolution: 480, quality: "draft" },
    },
  },
  {
    text: "Edit request — tasks: trim pauses (gentle), title overlay, square, 20 sec max",
    ctx: { sourceName: "cooking_hacks.mp4" },
    expect: {
      cut: { removePauses: { minPauseMs: 1000 }, targetDurationMs: 20_000, durationMode: "max" },
      texts: [{ text: "Cooking Hacks" }],
      output: { preset: "square" },
    },
    notes: ["Cooking Hacks"],
  },
];
