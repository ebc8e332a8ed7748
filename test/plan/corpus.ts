import type { EditPlanInput, Preset } from "../../src/plan/schema.js";

/**
 * The instruction corpus: instructions written the way creators type them, each with the plan
 * fields it determines. Every field NOT listed must keep its default, so a spurious feature fails
 * the entry too; `unrecognized` must be empty unless listed.
 *
 * Written before the interpreter, from these conventions (the interpreter's README repeats them):
 * - speed: "speed it up"/"faster"/加速 1.5 · "a bit/slightly faster" 1.25 · "much faster"/double/
 *   twice 2 · "slower"/"slow it down"/放慢 0.75 · slow motion/half speed/慢动作 0.5
 * - fades without a length: 1000 ms
 * - music volume words: quiet/soft/low/"not too loud"/小声 0.2 · loud 0.8 · default 0.35
 * - source volume: louder/boost 1.5 · "a bit louder"/大一点 1.25 · quieter 0.6 · "a bit quieter" 0.8
 * - text timing: "for the first N"/"for N" → 0..N · "at the start" → 0..3000 · "at the end" →
 *   anchor end 0..3000 (spans mirror back from the end) · "last N" → anchor end 0..N ·
 *   "from A to B" → A..B · "after A" → A..null · "at A" → A..A+3000 · "at A for N" → A..A+N
 * - text style: fun ⇒ animation pop unless said; "caption" ⇒ style caption at the bottom unless said
 * - no overlay text given: a title from `sourceName`, else "Watch this!"
 * - an export/status/… ask with no edit in it keeps that intent; output settings (format,
 *   preset, resolution, quality) do not make it an edit
 * - words naming a preset → preset; ratios and orientation words → aspect
 */
export interface CorpusEntry {
  text: string;
  ctx?: { sourceName?: string; sourceDurationMs?: number; preset?: Preset };
  /** The plan fields the instruction determines; everything else must stay default. */
  expect: EditPlanInput;
  /** Substrings that some `unrecognized` entry must contain; omitted = must be empty. */
  unrecognized?: string[];
  /** Substrings that some note must contain. */
  notes?: string[];
}

const pauses = { removePauses: {} };
const music = { music: {} };

export const CORPUS: CorpusEntry[] = [
  // ── the seed and its close relatives
  {
    text: "trim the awkward pauses, add a fun text overlay, and cut it down to 10 seconds",
    ctx: { sourceName: "banana_bread.mp4" },
    expect: { cut: { ...pauses, targetDurationMs: 10000 }, texts: [{ text: "Banana Bread", style: "fun", animation: "pop" }] },
    notes: ["Banana Bread"],
  },
  {
    text: "trim the awkward pauses, add a fun text overlay, and cut it down to 10 seconds, for TikTok",
    expect: {
      cut: { ...pauses, targetDurationMs: 10000 },
      texts: [{ text: "Watch this!", style: "fun", animation: "pop" }],
      output: { preset: "tiktok" },
    },
  },
  { text: "trim the awkward pauses", expect: { cut: pauses } },
  { text: "remove silences", expect: { cut: pauses } },
  { text: "cut the dead air pls", expect: { cut: pauses } },
  { text: "remove pauses longer than 1 second", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "去掉停顿", expect: { cut: pauses } },
  { text: "get rid of all the ums and long pauses", expect: { cut: pauses } },
  { text: "cut out any silence over half a second", expect: { cut: { removePauses: { minPauseMs: 500 } } } },
  { text: "no dead air, keep it snappy", expect: { cut: pauses } },
  { text: "tighten it up, remove gaps > 0.8s", expect: { cut: { removePauses: { minPauseMs: 800 } } } },
  { text: "trim pauses longer than 2 seconds and make it 45 seconds", expect: { cut: { removePauses: { minPauseMs: 2000 }, targetDurationMs: 45000 } } },
  { text: "cut out pauses over a second", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "remove silence gaps of more than 700ms", expect: { cut: { removePauses: { minPauseMs: 700 } } } },
  { text: "jump cut all the pauses out", expect: { cut: pauses } },
  { text: "remvoe silences pls", expect: { cut: pauses } },
  { text: "去掉超过1秒的停顿", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "删除视频里的空白", expect: { cut: pauses } },

  // ── target duration
  { text: "cut it down to 10 seconds", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "make it under 30s", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "max 30 seconds", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "no longer than 45 sec pls", expect: { cut: { targetDurationMs: 45000, durationMode: "max" } } },
  { text: "exactly 15 seconds", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "make it half a minute long", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "剪到10秒", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "i need it to be 1 min 20 max", expect: { cut: { targetDurationMs: 80000, durationMode: "max" } } },
  { text: "cut to 0:45", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "90 seconds or less", expect: { cut: { targetDurationMs: 90000, durationMode: "max" } } },
  { text: "shorten to twenty seconds", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "make it a 15 second clip for reels", expect: { cut: { targetDurationMs: 15000 }, output: { preset: "reels" } } },
  { text: "a dozen seconds max", expect: { cut: { targetDurationMs: 12000, durationMode: "max" } } },
  { text: "make it 1:30 long", expect: { cut: { targetDurationMs: 90000 } } },
  { text: "cut to a minute", expect: { cut: { targetDurationMs: 60000 } } },
  { text: "keep it under a minute and a half", expect: { cut: { targetDurationMs: 90000, durationMode: "max" } } },
  { text: "trim teh pauses and cut it to 10 secs", expect: { cut: { ...pauses, targetDurationMs: 10000 } } },
  { text: "cut it to 10", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "needs to be less than 60 seconds for shorts", expect: { cut: { targetDurationMs: 60000, durationMode: "max" }, output: { preset: "shorts" } } },
  { text: "around 20 sec total", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "帮我把视频剪到30秒以内", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "剪成一分钟", expect: { cut: { targetDurationMs: 60000 } } },
  { text: "控制在半分钟以内", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "不超过十五秒", expect: { cut: { targetDurationMs: 15000, durationMode: "max" } } },
  { text: "cut it down to 10秒", expect: { cut: { targetDurationMs: 10000 } } },
  { text: "make it twenty-five seconds exactly", expect: { cut: { targetDurationMs: 25000 } } },
  { text: "cut it to 10s", ctx: { preset: "tiktok" }, expect: { cut: { targetDurationMs: 10000 }, output: { preset: "tiktok" } } },

  // ── ranges and trims
  { text: "only the first 12 seconds", expect: { cut: { ranges: [{ startMs: 0, endMs: 12000 }] } } },
  { text: "from 0:03 to 0:12", expect: { cut: { ranges: [{ startMs: 3000, endMs: 12000 }] } } },
  { text: "keep 0:05-0:20 only", expect: { cut: { ranges: [{ startMs: 5000, endMs: 20000 }] } } },
  { text: "cut the first 2 seconds", expect: { cut: { trimStartMs: 2000 } } },
  { text: "remove the last 3", expect: { cut: { trimEndMs: 3000 } } },
  { text: "chop off the first 1.5s and the last 2s", expect: { cut: { trimStartMs: 1500, trimEndMs: 2000 } } },
  {
    text: "delete the first three seconds its just me setting up the camera",
    expect: { cut: { trimStartMs: 3000 } },
    unrecognized: ["setting up the camera"],
  },
  { text: "cut the first 2 sec and the last 3 sec, then speed up 1.25x", expect: { cut: { trimStartMs: 2000, trimEndMs: 3000 }, speed: 1.25 } },
  { text: "first 5 seconds only, slow mo", expect: { cut: { ranges: [{ startMs: 0, endMs: 5000 }] }, speed: 0.5 } },
  { text: "cut the intro, first 4 seconds", expect: { cut: { trimStartMs: 4000 } } },
  { text: "skip the first 10 sec", expect: { cut: { trimStartMs: 10000 } } },
  { text: "start at 0:05", expect: { cut: { trimStartMs: 5000 } } },
  { text: "end at 0:30", expect: { cut: { ranges: [{ startMs: 0, endMs: 30000 }] } } },
  { text: "start at 0:05 and end at 0:30", expect: { cut: { ranges: [{ startMs: 5000, endMs: 30000 }] } } },
  {
    text: "use 0:10 to 0:25 and 0:40 to 0:50",
    expect: { cut: { ranges: [{ startMs: 10000, endMs: 25000 }, { startMs: 40000, endMs: 50000 }] } },
  },
  { text: "between 3 and 12 seconds", expect: { cut: { ranges: [{ startMs: 3000, endMs: 12000 }] } } },
  { text: "only the last 5 seconds", ctx: { sourceDurationMs: 20000 }, expect: { cut: { ranges: [{ startMs: 15000, endMs: 20000 }] } } },
  { text: "去掉前两秒", expect: { cut: { trimStartMs: 2000 } } },
  { text: "只要前十秒", expect: { cut: { ranges: [{ startMs: 0, endMs: 10000 }] } } },
  { text: "去掉最后3秒", expect: { cut: { trimEndMs: 3000 } } },
  { text: "从第3秒到第12秒", expect: { cut: { ranges: [{ startMs: 3000, endMs: 12000 }] } } },
  { text: "trim 2 seconds off the start", expect: { cut: { trimStartMs: 2000 } } },
  { text: "lose the last couple seconds", expect: { cut: { trimEndMs: 2000 } } },
  { text: "keep the first 8 secs n remove pauses", expect: { cut: { ranges: [{ startMs: 0, endMs: 8000 }], ...pauses } } },

  // ── speed
  { text: "2x speed", expect: { speed: 2 } },
  { text: "speed it up a little", expect: { speed: 1.25 } },
  { text: "slow motion pls 🙏", expect: { speed: 0.5 } },
  { text: "加速", expect: { speed: 1.5 } },
  { text: "make it 1.5x faster", expect: { speed: 1.5 } },
  { text: "play it at half speed", expect: { speed: 0.5 } },
  { text: "three times faster", expect: { speed: 3 } },
  { text: "10x speed", expect: { speed: 4 }, notes: ["4"] },
  { text: "make it slower", expect: { speed: 0.75 } },
  { text: "slow it down to 0.5x", expect: { speed: 0.5 } },
  { text: "2倍速", expect: { speed: 2 } },
  { text: "慢动作", expect: { speed: 0.5 } },
  { text: "加速到1.5倍", expect: { speed: 1.5 } },
  { text: "放慢一点", expect: { speed: 0.75 } },
  { text: "speed up", expect: { speed: 1.5 } },
  { text: "double speed it", expect: { speed: 2 } },
  { text: "slowmo the whole thing", expect: { speed: 0.5 } },
  { text: "dont speed it up, just remove pauses", expect: { cut: pauses } },

  // ── frame: preset, aspect, fit
  { text: "for TikTok", expect: { output: { preset: "tiktok" } } },
  { text: "instagram reel", expect: { output: { preset: "reels" } } },
  { text: "yt shorts", expect: { output: { preset: "shorts" } } },
  { text: "make it square", expect: { output: { preset: "square" } } },
  { text: "landscape for youtube", expect: { output: { preset: "youtube", aspect: "16:9" } } },
  { text: "portrait 9:16", expect: { output: { aspect: "9:16" } } },
  { text: "竖屏", expect: { output: { aspect: "9:16" } } },
  { text: "横屏 加黑边", expect: { output: { aspect: "16:9", fit: "pad" } } },
  { text: "make it vertical with a blurred background", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "crop it to fill the screen for tiktok", expect: { output: { preset: "tiktok", fit: "crop" } } },
  { text: "square with black bars not cropped", expect: { output: { preset: "square", fit: "pad" } } },
  { text: "make it 9:16 with blurred bg", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "letterbox it to 16:9", expect: { output: { aspect: "16:9", fit: "pad" } } },
  { text: "don't crop it, add black bars", expect: { output: { fit: "pad" } } },
  { text: "no black bars pls crop", expect: { output: { fit: "crop" } } },
  { text: "mak it squre", expect: { output: { preset: "square" } } },
  { text: "tik tok format", expect: { output: { preset: "tiktok" } } },
  { text: "insta story", expect: { output: { preset: "story" } } },
  { text: "做成正方形", expect: { output: { preset: "square" } } },
  { text: "模糊背景", expect: { output: { fit: "blur" } } },
  { text: "抖音版本，去掉停顿", expect: { output: { preset: "tiktok" }, cut: pauses } },
  { text: "4:5 for the insta feed", expect: { output: { aspect: "4:5" } } },

  // ── resolution, fps, format, quality
  { text: "720p is fine", expect: { output: { resolution: 720 } } },
  { text: "export in 4k", expect: { intent: "export" }, notes: ["1080"] },
  { text: "as a gif", expect: { output: { format: "gif" } } },
  { text: "mp3 only", expect: { output: { format: "mp3" } } },
  { text: "give me a thumbnail", expect: { output: { format: "jpg" } } },
  { text: "webm please", expect: { output: { format: "webm" } } },
  { text: "quick draft render", expect: { output: { quality: "draft" } } },
  { text: "best quality possible", expect: {} },
  { text: "60fps", expect: { output: { fps: 60 } } },
  { text: "30 fps for tiktok", expect: { output: { fps: 30, preset: "tiktok" } } },
  {
    text: "make it a gif, 480p, first 4 seconds",
    expect: { output: { format: "gif", resolution: 480 }, cut: { ranges: [{ startMs: 0, endMs: 4000 }] } },
  },
  { text: "just give me the audio as mp3", expect: { output: { format: "mp3" } } },
  { text: "extract audio", expect: { output: { format: "mp3" } } },
  { text: "png thumbnail", expect: { output: { format: "png" } } },
  { text: "cover image jpg", expect: { output: { format: "jpg" } } },
  { text: "draft quality is fine just want to preview", expect: { output: { quality: "draft" } } },
  { text: "standard quality", expect: { output: { quality: "standard" } } },
  { text: "导出gif", expect: { intent: "export", output: { format: "gif" } } },
  { text: "导出720p", expect: { intent: "export", output: { resolution: 720 } } },
  { text: "高清导出", expect: { intent: "export" } },
  { text: "make it a wav file", expect: { output: { format: "wav" } } },
  { text: "full hd 1080p mov", expect: { output: { resolution: 1080, format: "mov" } } },

  // ── text overlays
  { text: `add text "Banana Bread!" at the top`, expect: { texts: [{ text: "Banana Bread!", position: "top" }] } },
  { text: "put “wait for it 😂” in the middle for the first 3 seconds", expect: { texts: [{ text: "wait for it 😂", position: "center", startMs: 0, endMs: 3000 }] } },
  { text: "caption at the bottom saying 'link in bio 👇'", expect: { texts: [{ text: "link in bio 👇", style: "caption", position: "bottom" }] } },
  { text: "add 「好吃到哭」 at the top", expect: { texts: [{ text: "好吃到哭", position: "top" }] } },
  { text: "加文字“周末快乐”在底部", expect: { texts: [{ text: "周末快乐", position: "bottom" }] } },
  { text: "text 'follow for part 2' at the end", expect: { texts: [{ text: "follow for part 2", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "big bold title 'DAY 1' for 2 seconds", expect: { texts: [{ text: "DAY 1", style: "bold", startMs: 0, endMs: 2000 }] } },
  { text: "clean minimal text ‘recipe below’ bottom", expect: { texts: [{ text: "recipe below", style: "clean", position: "bottom" }] } },
  {
    text: "add a fun text overlay",
    ctx: { sourceName: "my_trip_to_paris.mov" },
    expect: { texts: [{ text: "My Trip To Paris", style: "fun", animation: "pop" }] },
    notes: ["My Trip To Paris"],
  },
  { text: "add a title", expect: { texts: [{ text: "Watch this!" }] }, notes: ["Watch this!"] },
  { text: "text that pops: 'NEW DROP'", expect: { texts: [{ text: "NEW DROP", animation: "pop" }] } },
  { text: "fade in the text «salut» at the top", expect: { texts: [{ text: "salut", position: "top", animation: "fade" }] } },
  {
    text: "text on top: “Day 3 of 30” and at the bottom: “#fitness”",
    expect: { texts: [{ text: "Day 3 of 30", position: "top" }, { text: "#fitness", position: "bottom" }] },
  },
  {
    text: "add 'Hi' at the start and 'Bye' at the end",
    expect: { texts: [{ text: "Hi", startMs: 0, endMs: 3000 }, { text: "Bye", anchor: "end", startMs: 0, endMs: 3000 }] },
  },
  { text: "add text saying follow for more at the end", expect: { texts: [{ text: "follow for more", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "title: My Morning Routine", expect: { texts: [{ text: "My Morning Routine" }] } },
  { text: "text 'SALE' for the last 2 seconds", expect: { texts: [{ text: "SALE", anchor: "end", startMs: 0, endMs: 2000 }] } },
  { text: "show 'tap for more' after 5 seconds", expect: { texts: [{ text: "tap for more", startMs: 5000, endMs: null }] } },
  { text: "put 'wow' at 0:04 for 2 seconds", expect: { texts: [{ text: "wow", startMs: 4000, endMs: 6000 }] } },
  { text: "put 'step 1' from 0:02 to 0:06", expect: { texts: [{ text: "step 1", startMs: 2000, endMs: 6000 }] } },
  { text: "caption it ‘when the bread finally rises’", expect: { texts: [{ text: "when the bread finally rises", style: "caption", position: "bottom" }] } },
  { text: "make the text bold and put it at the top: 'LIMITED'", expect: { texts: [{ text: "LIMITED", style: "bold", position: "top" }] } },
  { text: "'omg' in the center with a pop animation", expect: { texts: [{ text: "omg", position: "center", animation: "pop" }] } },
  { text: "fun text 'yum'", expect: { texts: [{ text: "yum", style: "fun", animation: "pop" }] } },
  { text: "add txt 'hello' on top", expect: { texts: [{ text: "hello", position: "top" }] } },
  { text: "加个标题「新年快乐」在顶部，持续3秒", expect: { texts: [{ text: "新年快乐", position: "top", startMs: 0, endMs: 3000 }] } },
  { text: "add text 'so good 🤤' 在中间", expect: { texts: [{ text: "so good 🤤", position: "center" }] } },
  { text: "加文字", ctx: { sourceName: "猫咪日常.mp4" }, expect: { texts: [{ text: "猫咪日常" }] } },
  { text: "text overlay 『今日のごはん』 bottom, fades in", expect: { texts: [{ text: "今日のごはん", position: "bottom", animation: "fade" }] } },
  { text: `add "don't blink" at the start in big letters`, expect: { texts: [{ text: "don't blink", style: "bold", startMs: 0, endMs: 3000 }] } },
  { text: "add a cute caption 'my dog is a menace 🐶' in the middle", expect: { texts: [{ text: "my dog is a menace 🐶", style: "fun", animation: "pop", position: "center" }] } },

  // ── music and audio
  { text: "add music", expect: { audio: music } },
  { text: "add some quiet background music", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "background music at 20%", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "add lofi music under my voice", expect: { audio: { music: { duck: true } } } },
  { text: "背景音乐小声一点", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "mute it", expect: { audio: { mute: true } } },
  { text: "静音", expect: { audio: { mute: true } } },
  { text: "no sound, just add music", expect: { audio: { mute: true, music: {} } } },
  { text: "normalize audio", expect: { audio: { normalize: true } } },
  { text: "make it louder", expect: { audio: { volume: 1.5 } } },
  { text: "make the music louder", expect: { audio: { music: { volume: 0.8 } } } },
  { text: "quiet music, no ducking", expect: { audio: { music: { volume: 0.2, duck: false } } } },
  { text: "add music but keep it under my voice", expect: { audio: { music: { duck: true } } } },
  { text: "remove the audio", expect: { audio: { mute: true } } },
  { text: "even out the audio levels", expect: { audio: { normalize: true } } },
  { text: "boost the volume", expect: { audio: { volume: 1.5 } } },
  { text: "turn the volume down a bit", expect: { audio: { volume: 0.8 } } },
  { text: "volume 150%", expect: { audio: { volume: 1.5 } } },
  { text: "add music at 10%", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "loud music", expect: { audio: { music: { volume: 0.8 } } } },
  { text: "background track quiet", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "add the song i uploaded", expect: { audio: music } },
  { text: "use my own track as bgm at 40%", expect: { audio: { music: { volume: 0.4 } } } },
  { text: "音乐音量百分之三十", expect: { audio: { music: { volume: 0.3 } } } },
  { text: "声音大一点", expect: { audio: { volume: 1.25 } } },
  { text: "统一音量", expect: { audio: { normalize: true } } },
  { text: "去掉原声加背景音乐", expect: { audio: { mute: true, music: {} } } },
  { text: "add backround musci", expect: { audio: music } },
  { text: "add music and fade the music out over 3 seconds", expect: { audio: { music: { fadeOutMs: 3000 } } } },

  // ── fades
  { text: "fade in", expect: { fade: { inMs: 1000 } } },
  { text: "fade out 2s", expect: { fade: { outMs: 2000 } } },
  { text: "fade in and out", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "add a 2 second fade in and a fade out", expect: { fade: { inMs: 2000, outMs: 1000 } } },
  { text: "淡入淡出", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "fade to black at the end", expect: { fade: { outMs: 1000 } } },
  { text: "fade out over the last 2 seconds", expect: { fade: { outMs: 2000 } } },
  { text: "淡出2秒", expect: { fade: { outMs: 2000 } } },
  { text: "half second fade in", expect: { fade: { inMs: 500 } } },

  // ── negations
  { text: "don't add music", expect: {} },
  { text: "no text, just trim the pauses", expect: { cut: pauses } },
  { text: "no music no text just cut it to 20 seconds", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "without music", expect: {} },
  { text: "don't fade", expect: {} },
  { text: "pls dont put any text on it, only remove the silences", expect: { cut: pauses } },
  { text: "不要背景音乐，剪到20秒", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "no slow mo just normal speed", expect: {} },

  // ── vague and unsupported
  { text: "make it look better", expect: {}, notes: ["trim the pauses"] },
  { text: "make it viral lol", expect: {}, notes: ["trim the pauses"] },
  { text: "idk make it good", expect: {}, notes: ["trim the pauses"] },
  { text: "reverse it", expect: {}, unrecognized: ["reverse"] },
  { text: "add a vintage filter and trim the pauses", expect: { cut: pauses }, unrecognized: ["vintage filter"] },
  { text: "add transitions between clips", expect: {}, unrecognized: ["transitions"] },

  // ── intents
  { text: "导出", expect: { intent: "export" } },
  { text: "send me the video", expect: { intent: "export" } },
  { text: "export it", expect: { intent: "export" } },
  { text: "show tracks", expect: { intent: "status" } },
  { text: "余额", expect: { intent: "credits" } },
  { text: "how many credits do i have left", expect: { intent: "credits" } },
  { text: "状态", expect: { intent: "status" } },
  { text: "上传", expect: { intent: "upload" } },
  { text: "help", expect: { intent: "help" } },
  { text: "what can u do", expect: { intent: "help" } },
  { text: "export for tiktok", expect: { intent: "export", output: { preset: "tiktok" } } },
  { text: "send it to me as mp4", expect: { intent: "export", output: { format: "mp4" } } },
  { text: "whats the status", expect: { intent: "status" } },
  { text: "how's my video coming along", expect: { intent: "status" } },
  { text: "balance?", expect: { intent: "credits" } },
  { text: "uploading a new clip", expect: { intent: "upload" } },
  { text: "how do i use this", expect: { intent: "help" } },
  { text: "帮助", expect: { intent: "help" } },
  { text: "显示轨道", expect: { intent: "status" } },
  { text: "我想上传视频", expect: { intent: "upload" } },
  { text: "积分还有多少", expect: { intent: "credits" } },
  { text: "trim the pauses and export", expect: { cut: pauses } },

  // ── the way people actually type: run-ons, slang, mixed languages, emoji
  {
    text: "ok so trim the boring pauses, make it vertical for tiktok, throw some upbeat music on it kinda quiet and put 'POV: you finally learned to cook' at the top",
    expect: {
      cut: pauses,
      output: { preset: "tiktok", aspect: "9:16" },
      audio: { music: { volume: 0.2 } },
      texts: [{ text: "POV: you finally learned to cook", position: "top" }],
    },
  },
  {
    text: "cut it to 15s add text 'easy pasta 🍝' and some music",
    expect: { cut: { targetDurationMs: 15000 }, texts: [{ text: "easy pasta 🍝" }], audio: music },
  },
  { text: "speed it up 2x and mute the audio add music instead", expect: { speed: 2, audio: { mute: true, music: {} } } },
  {
    text: "remove dead air and make it 30 sec max for ig reels",
    expect: { cut: { ...pauses, targetDurationMs: 30000, durationMode: "max" }, output: { preset: "reels" } },
  },
  {
    text: "tiktok version under 60 seconds with captions at the bottom saying 'wait till the end'",
    expect: {
      output: { preset: "tiktok" },
      cut: { targetDurationMs: 60000, durationMode: "max" },
      texts: [{ text: "wait till the end", style: "caption", position: "bottom" }],
    },
  },
  {
    text: "hey!! can u make this 🔥🔥 for insta reels, cut pauses, max 20 sec, text 'morning routine ☀️' top",
    expect: {
      output: { preset: "reels" },
      cut: { ...pauses, targetDurationMs: 20000, durationMode: "max" },
      texts: [{ text: "morning routine ☀️", position: "top" }],
    },
  },
  {
    text: "so basically i filmed this recipe and theres a lot of dead space where im thinking so cut that out and make it fit tiktok also can u put the name of the dish 'Garlic Butter Shrimp' at the top in big letters and some chill music thats not too loud",
    expect: {
      cut: pauses,
      output: { preset: "tiktok" },
      texts: [{ text: "Garlic Butter Shrimp", position: "top", style: "bold" }],
      audio: { music: { volume: 0.2 } },
    },
    unrecognized: ["filmed this recipe"],
  },
  { text: "✂️ pauses 🎵 music 📱 tiktok", expect: { cut: pauses, audio: music, output: { preset: "tiktok" } } },
  { text: "剪到15秒，加背景音乐，竖屏", expect: { cut: { targetDurationMs: 15000 }, audio: music, output: { aspect: "9:16" } } },
  { text: "去掉停顿 and make it 20s for tiktok", expect: { cut: { ...pauses, targetDurationMs: 20000 }, output: { preset: "tiktok" } } },
  { text: "add 背景音乐 and 去掉停顿", expect: { audio: music, cut: pauses } },
  { text: "text「hello」top, cut to 10秒", expect: { texts: [{ text: "hello", position: "top" }], cut: { targetDurationMs: 10000 } } },
  {
    text: "remove all the pauses make it 9:16 add the text 'part 1' top left for 5 sec and fade out at the end",
    expect: {
      cut: pauses,
      output: { aspect: "9:16" },
      texts: [{ text: "part 1", position: "top", startMs: 0, endMs: 5000 }],
      fade: { outMs: 1000 },
    },
  },
  {
    text: "Cut The Pauses. Make It 30 Seconds. Add Music.",
    expect: { cut: { ...pauses, targetDurationMs: 30000 }, audio: music },
  },
  {
    text: "REMOVE SILENCE AND SPEED UP 1.5X FOR SHORTS",
    expect: { cut: pauses, speed: 1.5, output: { preset: "shorts" } },
  },
  {
    text: "can you please make this a square video and add some soft music and normalize the audio thank you!!",
    expect: { output: { preset: "square" }, audio: { normalize: true, music: { volume: 0.2 } } },
  },
  {
    text: "need a 30s teaser from this for youtube, 720p, quick render is fine",
    expect: { cut: { targetDurationMs: 30000 }, output: { preset: "youtube", resolution: 720, quality: "draft" } },
  },
  {
    text: "make a short gif of the first 3 secs",
    expect: { output: { format: "gif" }, cut: { ranges: [{ startMs: 0, endMs: 3000 }] } },
  },
  {
    text: "slow mo + 'best day ever 💕' at the bottom + soft music",
    expect: { speed: 0.5, texts: [{ text: "best day ever 💕", position: "bottom" }], audio: { music: { volume: 0.2 } } },
  },
  {
    text: "get rid of the pauses then make it 2x then cut to 20 seconds",
    expect: { cut: { ...pauses, targetDurationMs: 20000 }, speed: 2 },
  },
  {
    text: "for reels pls, blurred background instead of cropping, keep it under 90s",
    expect: { output: { preset: "reels", fit: "blur" }, cut: { targetDurationMs: 90000, durationMode: "max" } },
  },
  {
    text: "i want the text 'follow me' to show up in the last 3 seconds at the bottom",
    expect: { texts: [{ text: "follow me", anchor: "end", startMs: 0, endMs: 3000, position: "bottom" }] },
  },
  {
    text: "add a fun caption and some music",
    ctx: { sourceName: "IMG_4032.MOV" },
    expect: { texts: [{ text: "Watch this!", style: "fun", animation: "pop", position: "bottom" }], audio: music },
  },
  {
    text: "mute original sound, add music at 60%, fade in 1s fade out 2s",
    expect: { audio: { mute: true, music: { volume: 0.6 } }, fade: { inMs: 1000, outMs: 2000 } },
  },
  {
    text: "trim the pauses but not too aggressive",
    expect: { cut: { removePauses: { minPauseMs: 1000 } } },
  },
  {
    text: "remove pauses, 9:16, under a minute, caption 'wait for it' first 2 seconds",
    expect: {
      cut: { ...pauses, targetDurationMs: 60000, durationMode: "max" },
      output: { aspect: "9:16" },
      texts: [{ text: "wait for it", style: "caption", position: "bottom", startMs: 0, endMs: 2000 }],
    },
  },
  {
    text: "去掉停顿，加个好玩的标题，剪到15秒，抖音",
    ctx: { sourceName: "hotpot-night.mp4" },
    expect: {
      cut: { ...pauses, targetDurationMs: 15000 },
      texts: [{ text: "Hotpot Night", style: "fun", animation: "pop" }],
      output: { preset: "tiktok" },
    },
  },
  { text: "加速两倍然后静音", expect: { speed: 2, audio: { mute: true } } },
  { text: "把前3秒剪掉 then add music", expect: { cut: { trimStartMs: 3000 }, audio: music } },
  {
    text: "yo cut the dead air, add 'link in bio' at the end and export for tiktok",
    expect: {
      cut: pauses,
      texts: [{ text: "link in bio", anchor: "end", startMs: 0, endMs: 3000 }],
      output: { preset: "tiktok" },
    },
  },
  {
    text: "make it fourty seconds and add musci",
    expect: { cut: { targetDurationMs: 40000 }, audio: music },
  },
  {
    text: "can u crop it to a square and make it black and white",
    expect: { output: { preset: "square", fit: "crop" } },
    unrecognized: ["black and white"],
  },
  {
    text: "put the caption \"3 ingredients only\" on the bottom third, clean font",
    expect: { texts: [{ text: "3 ingredients only", style: "clean", position: "bottom" }] },
  },
  {
    text: "speed up the boring parts",
    expect: { speed: 1.5 },
    notes: ["whole"],
  },
];
