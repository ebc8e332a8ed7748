import type { CorpusEntry } from "./corpus.js";

/**
 * Development corpus 2: new instructions written blind (without reading or running the
 * interpreter), from PRODUCT.md §2, src/plan/schema.ts and the conventions table in
 * src/plan/interpret/README.md. Same format and rules as corpus.ts: `expect` lists only the fields
 * the instruction determines, every other field must stay default, `unrecognized` must be empty
 * unless listed, `notes` are substring checks.
 *
 * Decisions taken where the README is silent, so a reader can check them:
 * - vague asks ("make it pop", "make it look better") change nothing in the plan and are not
 *   unrecognized (a rule claims them; it only writes a note);
 * - "minimal" text is style clean; "subtitle" (and 字幕) is style caption;
 * - output settings without an export verb keep intent edit ("convert it to .mov");
 *   "export"/"render"/导出 with no edit in the text is intent export;
 * - a removal verb ("chop", "lose", "skip", "drop", "shave") before "first/last N" trims;
 * - "4k" is the 1080p output with a note (resolution left at its default, null = 1080, as in the
 *   main corpus's "export in 4k"), "360p" is 480 with a note;
 * - a music request with no file (or "the song i uploaded") leaves music.source null.
 *
 * This set is for improving the interpreter; corpus-blind.ts is the one that is only measured.
 */

const pauses = { removePauses: {} };
const music = { music: {} };
/** "remove A to B" without a source length: the last kept range runs to 24 h (README). */
const DAY = 24 * 3600_000;

export const DEV2: CorpusEntry[] = [
  // ── pause / silence removal
  { text: "pls remove all the pasues in my vid", expect: { cut: pauses } },
  { text: "kill the dead air between sentences", expect: { cut: pauses } },
  { text: "can u take out the gaps where i stop talking", expect: { cut: pauses } },
  { text: "Please remove every pause that lasts more than 0.8 seconds.", expect: { cut: { removePauses: { minPauseMs: 800 } } } },
  { text: "only trim silences that are over 2 seconds", expect: { cut: { removePauses: { minPauseMs: 2000 } } } },
  { text: "remove the pauses but be gentle about it", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "cut the pauses really tight", expect: { cut: { removePauses: { minPauseMs: 300 } } } },
  { text: "remove silence and keep 200ms of padding around each cut", expect: { cut: { removePauses: { paddingMs: 200 } } } },
  { text: "去掉静音", expect: { cut: pauses } },
  { text: "把超过一秒的停顿都剪掉", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "snip out the awkward silences, not too aggressive", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "Could you please remove the long pauses from my video? Thank you so much!", expect: { cut: pauses } },
  { text: "add jump cuts wherever i pause", expect: { cut: pauses } },

  // ── target duration: exact and max
  { text: "make it 10 sec", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "cut it down to fifteen seconds", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "needs to be under 60s for yt shorts", expect: { cut: { targetDurationMs: 60000, durationMode: "max" }, output: { preset: "shorts" } } },
  { text: "keep it 30 sec max", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "no more than 15s pls", expect: { cut: { targetDurationMs: 15000, durationMode: "max" } } },
  { text: "make it exactly 20", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "shorten to a minute and a half", expect: { cut: { targetDurationMs: 90000 } } },
  { text: "twenty-five secs tops", expect: { cut: { targetDurationMs: 25000, durationMode: "max" } } },
  { text: "trim it to 1m30s", expect: { cut: { targetDurationMs: 90000 } } },
  { text: "make it 1.5 minutes long", expect: { cut: { targetDurationMs: 90000 } } },
  { text: "get it down to 00:00:12", expect: { cut: { targetDurationMs: 12000 } } },
  { text: "i need a 7 second version", expect: { cut: { targetDurationMs: 7000 } } },
  { text: "one minute or less", expect: { cut: { targetDurationMs: 60000, durationMode: "max" } } },
  { text: "trim my cooking clip to 0:45", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "剪到十五秒", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "控制在30秒以内", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "帮我剪成半分钟左右", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "帮我剪到15秒 for tiktok", expect: { cut: { targetDurationMs: 15000 }, output: { preset: "tiktok" } } },
  { text: "一分半以内，竖屏", expect: { cut: { targetDurationMs: 90000, durationMode: "max" }, output: { aspect: "9:16" } } },

  // ── head/tail trims and kept ranges
  { text: "chop off the first 3 secs", expect: { cut: { trimStartMs: 3000 } } },
  { text: "lose the last two seconds", expect: { cut: { trimEndMs: 2000 } } },
  { text: "remove the first 1.5 seconds and the last second", expect: { cut: { trimStartMs: 1500, trimEndMs: 1000 } } },
  { text: "skip the first five seconds", expect: { cut: { trimStartMs: 5000 } } },
  {
    text: "remove the last 3 seconds",
    ctx: { sourceName: "dog_park.mp4", sourceDurationMs: 21000 },
    expect: { cut: { trimEndMs: 3000 } },
  },
  { text: "keep only 0:05-0:20", expect: { cut: { ranges: [{ startMs: 5000, endMs: 20000 }] } } },
  { text: "only use 1:10 to 1:40", expect: { cut: { ranges: [{ startMs: 70000, endMs: 100000 }] } } },
  { text: "i just want the first 15 seconds of it", expect: { cut: { ranges: [{ startMs: 0, endMs: 15000 }] } } },
  { text: "keep the last 10 seconds", ctx: { sourceDurationMs: 40000 }, expect: { cut: { ranges: [{ startMs: 30000, endMs: 40000 }] } } },
  {
    text: "cut out 0:10 to 0:15",
    ctx: { sourceDurationMs: 30000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 10000 }, { startMs: 15000, endMs: 30000 }] } },
  },
  {
    text: "remove the part between 4s and 9s",
    expect: { cut: { ranges: [{ startMs: 0, endMs: 4000 }, { startMs: 9000, endMs: DAY }] } },
  },
  {
    text: "keep 0:02-0:06 and 0:12-0:18",
    expect: { cut: { ranges: [{ startMs: 2000, endMs: 6000 }, { startMs: 12000, endMs: 18000 }] } },
  },
  { text: "把最后两秒删掉", expect: { cut: { trimEndMs: 2000 } } },
  { text: "只要前20秒", expect: { cut: { ranges: [{ startMs: 0, endMs: 20000 }] } } },

  // ── text overlays: quotes, positions, timing, styles
  { text: "add text “new recipe 🍋” at the top", expect: { texts: [{ text: "new recipe 🍋", position: "top" }] } },
  {
    text: "put 'link in bio' at the bottom for the last 4 seconds",
    expect: { texts: [{ text: "link in bio", position: "bottom", anchor: "end", startMs: 0, endMs: 4000 }] },
  },
  {
    text: 'overlay "day 1 of 30" up top for the first 3 seconds',
    expect: { texts: [{ text: "day 1 of 30", position: "top", startMs: 0, endMs: 3000 }] },
  },
  {
    text: "slap a fun text overlay on it",
    ctx: { sourceName: "lemon_tart.mp4" },
    expect: { texts: [{ text: "Lemon Tart", style: "fun", animation: "pop" }] },
    notes: ["Lemon Tart"],
  },
  {
    text: "can you add a title pls",
    ctx: { sourceName: "morning_routine.mp4" },
    expect: { texts: [{ text: "Morning Routine" }] },
    notes: ["Morning Routine"],
  },
  { text: "add some text", expect: { texts: [{ text: "Watch this!" }] } },
  { text: "text ‘wait for it…’ in the middle from 2s to 5s", expect: { texts: [{ text: "wait for it…", startMs: 2000, endMs: 5000 }] } },
  { text: "put «part 2» at the end", expect: { texts: [{ text: "part 2", anchor: "end", startMs: 0, endMs: 3000 }] } },
  {
    text: "add 'follow for more' at the end, bottom of the screen",
    expect: { texts: [{ text: "follow for more", anchor: "end", startMs: 0, endMs: 3000, position: "bottom" }] },
  },
  { text: "add a caption “this changed my life”", expect: { texts: [{ text: "this changed my life", style: "caption", position: "bottom" }] } },
  {
    text: "add `POV: you forgot the oven` as a subtitle",
    expect: { texts: [{ text: "POV: you forgot the oven", style: "caption", position: "bottom" }] },
  },
  { text: "add “5 min abs” with a minimal style", expect: { texts: [{ text: "5 min abs", style: "clean" }] } },
  { text: "put the words 'best day ever' after 3 seconds", expect: { texts: [{ text: "best day ever", startMs: 3000, endMs: null }] } },
  { text: "add 'plot twist' at 0:07", expect: { texts: [{ text: "plot twist", startMs: 7000, endMs: 10000 }] } },
  { text: "show 'omg' at 5s for 2 seconds", expect: { texts: [{ text: "omg", startMs: 5000, endMs: 7000 }] } },
  { text: "add text saying hello from tokyo", expect: { texts: [{ text: "hello from tokyo" }] } },
  { text: "title: Summer Haul", expect: { texts: [{ text: "Summer Haul" }] } },
  { text: "add a bold title 『GRWM』 up top", expect: { texts: [{ text: "GRWM", style: "bold", position: "top" }] } },
  { text: "add text 'easy pasta' that fades in", expect: { texts: [{ text: "easy pasta", animation: "fade" }] } },
  {
    text: "fun text “let's gooo 🚀” at the top but no animation",
    expect: { texts: [{ text: "let's gooo 🚀", style: "fun", animation: "none", position: "top" }] },
  },
  {
    text: "put 'step 1' from 0:02 to 0:06 and 'step 2' from 0:06 to 0:10",
    expect: {
      texts: [
        { text: "step 1", startMs: 2000, endMs: 6000 },
        { text: "step 2", startMs: 6000, endMs: 10000 },
      ],
    },
  },
  {
    text: "add 'before' for the first 4 seconds and 'after' for the last 4 seconds",
    expect: {
      texts: [
        { text: "before", startMs: 0, endMs: 4000 },
        { text: "after", anchor: "end", startMs: 0, endMs: 4000 },
      ],
    },
  },
  { text: "add 'GIVEAWAY' at the top and make it fun", expect: { texts: [{ text: "GIVEAWAY", position: "top", style: "fun", animation: "pop" }] } },
  { text: "add a caption 'tap to see more' at the top", expect: { texts: [{ text: "tap to see more", style: "caption", position: "top" }] } },
  { text: 'text "3…2…1…" in the center with a pop animation', expect: { texts: [{ text: "3…2…1…", animation: "pop" }] } },
  {
    text: 'caption "recipe below 👇" for the first 5 seconds',
    expect: { texts: [{ text: "recipe below 👇", style: "caption", position: "bottom", startMs: 0, endMs: 5000 }] },
  },
  { text: "加文字「周末快乐」放在上面", expect: { texts: [{ text: "周末快乐", position: "top" }] } },
  { text: "加字幕“今天好开心”", expect: { texts: [{ text: "今天好开心", style: "caption", position: "bottom" }] } },
  { text: "在最后三秒加文字『关注我』", expect: { texts: [{ text: "关注我", anchor: "end", startMs: 0, endMs: 3000 }] } },
  {
    text: "加个标题",
    ctx: { sourceName: "hotpot_night.mp4" },
    expect: { texts: [{ text: "Hotpot Night" }] },
    notes: ["Hotpot Night"],
  },

  // ── music
  { text: "add some background muisc", expect: { audio: music } },
  { text: "add bgm but keep it quiet", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "add music, very quiet, under my voice", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "add music and duck it when i talk", expect: { audio: music } },
  { text: "throw a song on it, keep the music level steady, no ducking", expect: { audio: { music: { duck: false } } } },
  { text: "add music and make the music loud", expect: { audio: { music: { volume: 0.8 } } } },
  { text: "use the song i uploaded as background music", expect: { audio: music } },
  { text: "add bgm with a 3 second music fade-out", expect: { audio: { music: { fadeOutMs: 3000 } } } },
  { text: "add music but don't fade the music out at the end", expect: { audio: { music: { fadeOutMs: 0 } } } },
  { text: "加背景音乐，背景音乐小声一点", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "加个bgm 30% and make it vertical pls", expect: { audio: { music: { volume: 0.3 } }, output: { aspect: "9:16" } } },

  // ── clip audio: mute, normalize, volume
  { text: "mute the whole clip", expect: { audio: { mute: true } } },
  { text: "全部静音", expect: { audio: { mute: true } } },
  { text: "even out the audio", expect: { audio: { normalize: true } } },
  { text: "normalize loudness", expect: { audio: { normalize: true } } },
  { text: "the audio needs to be louder", expect: { audio: { volume: 1.5 } } },
  { text: "can u bump up the volume a bit", expect: { audio: { volume: 1.25 } } },
  { text: "much louder pls", expect: { audio: { volume: 2 } } },
  { text: "make the audio quieter", expect: { audio: { volume: 0.6 } } },
  { text: "make the sound a bit quieter", expect: { audio: { volume: 0.8 } } },
  { text: "boost my voice", expect: { audio: { volume: 1.5 } } },
  { text: "mute the original audio and add music", expect: { audio: { mute: true, music: {} } } },

  // ── fades
  { text: "fade it in and fade it out", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "fade in over 2 seconds", expect: { fade: { inMs: 2000 } } },
  { text: "2s fade out at the end", expect: { fade: { outMs: 2000 } } },
  { text: "add a half second fade in", expect: { fade: { inMs: 500 } } },
  { text: "end on a fade to black", expect: { fade: { outMs: 1000 } } },
  { text: "no fade in, just fade out 3s", expect: { fade: { outMs: 3000 } } },
  { text: "fade in 0.5s and fade out 1.5s", expect: { fade: { inMs: 500, outMs: 1500 } } },
  { text: "开头淡入，结尾淡出", expect: { fade: { inMs: 1000, outMs: 1000 } } },

  // ── speed
  { text: "play it at 1.25x", expect: { speed: 1.25 } },
  { text: "run it at 2x", expect: { speed: 2 } },
  { text: "slow mo", expect: { speed: 0.5 } },
  { text: "speed up a bit", expect: { speed: 1.25 } },
  { text: "make it faster", expect: { speed: 1.5 } },
  { text: "slow it down", expect: { speed: 0.75 } },
  { text: "double the speed", expect: { speed: 2 } },
  { text: "make it 10 times faster", expect: { speed: 4 } },
  { text: "set speed to 150%", expect: { speed: 1.5 } },
  { text: "加速一下", expect: { speed: 1.5 } },
  { text: "整段慢动作", expect: { speed: 0.5 } },

  // ── presets, aspect, fit
  { text: "tiktk format pls", expect: { output: { preset: "tiktok" } } },
  { text: "make it for ig reels", expect: { output: { preset: "reels" } } },
  { text: "yt shorts version", expect: { output: { preset: "shorts" } } },
  { text: "for my insta story", expect: { output: { preset: "story" } } },
  { text: "make it vertical", expect: { output: { aspect: "9:16" } } },
  { text: "portrait mode pls", expect: { output: { aspect: "9:16" } } },
  { text: "switch it to landscape", expect: { output: { aspect: "16:9" } } },
  { text: "square version pls", expect: { output: { preset: "square" } } },
  { text: "make it an instagram feed post", expect: { output: { aspect: "4:5" } } },
  { text: "for instagram", expect: { output: { preset: "reels" } } },
  { text: "vertical with black bars", expect: { output: { aspect: "9:16", fit: "pad" } } },
  { text: "make it vertical and blur the sides", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "fill the frame, 9:16", expect: { output: { aspect: "9:16", fit: "crop" } } },
  { text: "don't crop it, make it square", expect: { output: { preset: "square", fit: "pad" } } },
  { text: "16:9 with no black bars", expect: { output: { aspect: "16:9", fit: "crop" } } },
  { text: "改成竖屏，两边模糊", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "抖音版本", expect: { output: { preset: "tiktok" } } },

  // ── resolution, format, quality, fps
  { text: "make it 720p", expect: { output: { resolution: 720 } } },
  { text: "just do 480p", expect: { output: { resolution: 480 } } },
  { text: "4k please", expect: {}, notes: ["1080"] },
  { text: "can i get it in 360p", expect: { output: { resolution: 480 } }, notes: ["480"] },
  { text: "turn it into a gif", expect: { output: { format: "gif" } } },
  { text: "make a gif of the first 5 seconds", expect: { output: { format: "gif" }, cut: { ranges: [{ startMs: 0, endMs: 5000 }] } } },
  { text: "i only need the mp3", expect: { output: { format: "mp3" } } },
  { text: "audio only, wav", expect: { output: { format: "wav" } } },
  { text: "convert it to .mov", expect: { output: { format: "mov" } } },
  { text: "export as webm, 480p", expect: { intent: "export", output: { format: "webm", resolution: 480 } } },
  { text: "vertical, best quality pls", expect: { output: { aspect: "9:16", quality: "high" } } },
  { text: "make a jpg thumbnail", expect: { output: { format: "jpg" } } },
  { text: "just a png still frame", expect: { output: { format: "png" } } },
  { text: "draft quality", expect: { output: { quality: "draft" } } },
  { text: "standard quality is ok", expect: { output: { quality: "standard" } } },
  { text: "lock it to 30fps for tiktok", expect: { output: { fps: 30, preset: "tiktok" } } },

  // ── intents without an edit, and edits that merely mention them
  { text: "export", expect: { intent: "export" } },
  { text: "export it as mp4 in 720p", expect: { intent: "export", output: { format: "mp4", resolution: 720 } } },
  { text: "render a draft", expect: { intent: "export", output: { quality: "draft" } } },
  { text: "export the tiktok version", expect: { intent: "export", output: { preset: "tiktok" } } },
  { text: "直接导出吧", expect: { intent: "export" } },
  { text: "导出gif格式", expect: { intent: "export", output: { format: "gif" } } },
  { text: "is my video done yet?", expect: { intent: "status" } },
  { text: "whats the progress on my edit", expect: { intent: "status" } },
  { text: "现在什么状态", expect: { intent: "status" } },
  { text: "how many credits r left on my account", expect: { intent: "credits" } },
  { text: "余额还有多少", expect: { intent: "credits" } },
  { text: "我还有多少积分", expect: { intent: "credits" } },
  { text: "i want to upload a new clip", expect: { intent: "upload" } },
  { text: "上传视频", expect: { intent: "upload" } },
  { text: "what kinds of edits can u do", expect: { intent: "help" } },
  { text: "help me cut it to 10s", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "trim pauses 然后导出", expect: { cut: pauses } },

  // ── vague asks: a note, no edit
  { text: "make it pop", expect: {} },
  { text: "can you make it look nicer", expect: {} },
  { text: "make it aesthetic ✨", expect: {} },
  { text: "make it go viral and add music", expect: { audio: music } },
  { text: "弄得好看一点", expect: {} },

  // ── outside the product
  { text: "put a dinosaur sticker on it", expect: {}, unrecognized: ["dinosaur"] },
  { text: "add a sepia filter", expect: {}, unrecognized: ["sepia"] },
  { text: "reverse the clip", expect: {}, unrecognized: ["reverse"] },
  { text: "zoom in on my face", expect: {}, unrecognized: ["zoom"] },
  { text: "remove the watermark", expect: {}, unrecognized: ["watermark"] },
  { text: "加个滤镜", expect: {}, unrecognized: ["滤镜"] },
  { text: "trim the pauses and add my logo in the corner", expect: { cut: pauses }, unrecognized: ["logo"] },

  // ── negations
  { text: "no music, just remove the pauses", expect: { cut: pauses } },
  { text: "don't add text, just make it 20s", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "make it vertical but keep the audio", expect: { output: { aspect: "9:16" } } },
  { text: "cut to 30s without fades", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "no text no music just trim the silences", expect: { cut: pauses } },
  { text: "不要背景音乐，去掉停顿就行", expect: { cut: pauses } },

  // ── long instructions combining several features
  {
    text: "trim the awkward pauses, add a fun text overlay saying 'wait for it', cut it to 15 seconds, add quiet music and make it vertical",
    expect: {
      cut: { ...pauses, targetDurationMs: 15000 },
      texts: [{ text: "wait for it", style: "fun", animation: "pop" }],
      audio: { music: { volume: 0.2 } },
      output: { aspect: "9:16" },
    },
  },
  {
    text: "for tiktok: remove silence, max 30s, add 'GRWM 💄' at the top for the first 3 seconds, bgm at 25%, fade to black at the end",
    expect: {
      output: { preset: "tiktok" },
      cut: { ...pauses, targetDurationMs: 30000, durationMode: "max" },
      texts: [{ text: "GRWM 💄", position: "top", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.25 } },
      fade: { outMs: 1000 },
    },
  },
  {
    text: "去掉停顿，剪到30秒以内，加背景音乐小声一点，竖屏，导出",
    expect: {
      cut: { ...pauses, targetDurationMs: 30000, durationMode: "max" },
      audio: { music: { volume: 0.2 } },
      output: { aspect: "9:16" },
    },
  },
  {
    text: "yo cut the dead air n speed it up a bit, add 'recipe in caption ⬇️' at the bottom, 720p for reels",
    expect: {
      cut: pauses,
      speed: 1.25,
      texts: [{ text: "recipe in caption ⬇️", position: "bottom" }],
      output: { preset: "reels", resolution: 720 },
    },
  },
  {
    text: "Hi! Could you please remove the silences, make it no longer than 45 seconds, add soft background music that ducks under my voice, and export it in 1080p for YouTube? Thanks!",
    expect: {
      cut: { ...pauses, targetDurationMs: 45000, durationMode: "max" },
      audio: { music: { volume: 0.2 } },
      output: { preset: "youtube", resolution: 1080 },
    },
  },
  {
    text: 'Edit request: remove silence; target length 12s; platform: Instagram Reels; text: "Link in bio" (bottom, last 3s)',
    expect: {
      cut: { ...pauses, targetDurationMs: 12000 },
      output: { preset: "reels" },
      texts: [{ text: "Link in bio", position: "bottom", anchor: "end", startMs: 0, endMs: 3000 }],
    },
  },
  {
    text: "chop off the first 2 secs, keep it under 20, mute it, add music at 30%, and a 2s fade in",
    expect: {
      cut: { trimStartMs: 2000, targetDurationMs: 20000, durationMode: "max" },
      audio: { mute: true, music: { volume: 0.3 } },
      fade: { inMs: 2000 },
    },
  },
  {
    text: "slow mo the whole thing, add 'dreamy 🌙' in a clean font at the bottom, fade in and out, add very quiet music",
    expect: {
      speed: 0.5,
      texts: [{ text: "dreamy 🌙", style: "clean", position: "bottom" }],
      fade: { inMs: 1000, outMs: 1000 },
      audio: { music: { volume: 0.1 } },
    },
  },
  {
    text: "帮我把视频剪到20秒，加字幕「三分钟学会」，背景音乐小声，横屏",
    expect: {
      cut: { targetDurationMs: 20000 },
      texts: [{ text: "三分钟学会", style: "caption", position: "bottom" }],
      audio: { music: { volume: 0.2 } },
      output: { aspect: "16:9" },
    },
  },
  {
    text: "remove pauses > 0.7s, normalize loudness, add text 'Q&A time' for the first 4 secs up top, shorts",
    expect: {
      cut: { removePauses: { minPauseMs: 700 } },
      audio: { normalize: true },
      texts: [{ text: "Q&A time", position: "top", startMs: 0, endMs: 4000 }],
      output: { preset: "shorts" },
    },
  },
  {
    text: 'Instruction: Trim silences. Make it vertical 9:16 with blurred sides. Max duration 59s. Add caption "wait till the end" at the top. Quality: draft.',
    expect: {
      cut: { ...pauses, targetDurationMs: 59000, durationMode: "max" },
      output: { aspect: "9:16", fit: "blur", quality: "draft" },
      texts: [{ text: "wait till the end", style: "caption", position: "top" }],
    },
  },
  {
    text: "keep only 0:03-0:18, speed it up, add “ok wait 😳” at 0:02, louder audio, export as mp4",
    expect: {
      cut: { ranges: [{ startMs: 3000, endMs: 18000 }] },
      speed: 1.5,
      texts: [{ text: "ok wait 😳", startMs: 2000, endMs: 5000 }],
      audio: { volume: 1.5 },
      output: { format: "mp4" },
    },
  },
  {
    text: "make my gym vid 30 secs, add upbeat muisc not too loud, put 'leg day' up top the whole time, fade to black over 2s",
    expect: {
      cut: { targetDurationMs: 30000 },
      audio: { music: { volume: 0.2 } },
      texts: [{ text: "leg day", position: "top" }],
      fade: { outMs: 2000 },
    },
  },
  {
    text: "trim silence n make it 15s n add a caption 'easy 3 ingredient dessert' n make it for tiktok n add quiet music",
    expect: {
      cut: { ...pauses, targetDurationMs: 15000 },
      texts: [{ text: "easy 3 ingredient dessert", style: "caption", position: "bottom" }],
      output: { preset: "tiktok" },
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "I'd like a 1:1 version under 60 seconds, with the pauses removed, text “Q1 results” at the start, and normalized audio",
    expect: {
      output: { aspect: "1:1" },
      cut: { ...pauses, targetDurationMs: 60000, durationMode: "max" },
      texts: [{ text: "Q1 results", startMs: 0, endMs: 3000 }],
      audio: { normalize: true },
    },
  },
];
