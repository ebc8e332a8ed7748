import type { EditPlanInput } from "../../src/plan/schema.js";
import type { CorpusEntry } from "./corpus.js";
import { FULL, MUSIC, TEN, TEXT, type FollowUpEntry } from "./corpus-followup.js";

/**
 * Probe corpus 4 (round 4): instructions and session turns written in the voice of eight kinds of
 * user — a food creator, a gamer, a real-estate agent, a teacher, a shop owner, a Chinese vlogger,
 * a social-media manager whose app sends "key: value" requests, and a parent. Written in batches,
 * each committed before the fixes it led to, from PRODUCT.md §2, src/plan/schema.ts and the
 * conventions in src/plan/interpret/README.md; same format and rules as corpus.ts and
 * corpus-followup.ts.
 *
 * Decisions taken where the README is silent, so a reader can check them:
 * - an aside that explains a request ("thats where the clutch happens", "it's just us setting
 *   up", "so grandma can watch it on her phone") is reported in `unrecognized`, as the main corpus
 *   ("its just me setting up the camera") and probe 3 ("cuz im adjusting the camera") expect: it
 *   is not acted on, and the user sees that (changed after the first batch was measured: see below);
 * - a description of the stretch or the object a verb acts on ("the prep part", "the shaky bit",
 *   "my lesson", "the walkthrough") belongs to the request;
 * - a speed for a named part ("the experiment part", "when she blows out the candles") is the
 *   whole clip's, with the README's note;
 * - "fade it out" right after an overlay fades the overlay (the nearer object); "fade everything
 *   out" / "fade the video out" is the video's fade; a bare "fade out" stays the video's;
 * - a phrase that only names the video being edited ("for my clutch clip:", "listing video",
 *   "shop promo —", "this is my pasta video", 今天的vlog) is the object of the request, not an aside;
 * - "4:5 for instagram" is the 4:5 frame, no reels preset;
 * - in a session, a message that asks for a change and an export ("export as gif") is an edit
 *   with `thenExport: true`; an export alone stays the export intent.
 *
 * Like probe 3 this is a development set: its failures are read and fixed as general rules.
 *
 * Expectation changes: "give me the audio only as a wav" is an edit (an output setting), as the main
 * corpus reads "just give me the audio as mp3"; I had changed it to the export intent before the third
 * batch was measured, and changed it back. One third-batch entry ("ok so this is my pasta video, …") expected the phrase
 * naming the video in `unrecognized`, unlike four other entries of the same batch that name it the
 * same way; it now follows them (the decision above), and so does "my daughter's recital, cut it to
 * the last 2 minutes" (first batch), which I had moved to `unrecognized` with the asides. Eight
 * other first-batch entries first expected an aside to be dropped; they now
 * list it in `unrecognized`, the convention the older corpora set (the README says so since round 4).
 */

const pauses = { removePauses: {} };
const music = { music: {} };
const DAY = 24 * 3600_000;

export const PROBE4: CorpusEntry[] = [
  // ── first batch, measured before any round-4 fix
  // food creator
  { text: "cut the prep part from 0:10 to 0:40", ctx: { sourceDurationMs: 60_000 }, expect: { cut: { ranges: [{ startMs: 0, endMs: 10_000 }, { startMs: 40_000, endMs: 60_000 }] } } },
  { text: "put the dish name 'Garlic Butter Shrimp' up top for the first 4 seconds", expect: { texts: [{ text: "Garlic Butter Shrimp", position: "top", startMs: 0, endMs: 4000 }] } },
  { text: "add 'full recipe in the caption ⬇️' at the end", expect: { texts: [{ text: "full recipe in the caption ⬇️", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "throw some chill lofi music underneath, keep it low", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "make it 60 seconds max for reels", expect: { output: { preset: "reels" }, cut: { targetDurationMs: 60_000, durationMode: "max" } } },
  { text: "mute the kitchen noise and add music", expect: { audio: { mute: true, ...music } } },
  { text: "trim the first 5 secs where im setting up the camera", expect: { cut: { trimStartMs: 5000 } }, unrecognized: ["setting up the camera"] },
  { text: "add the ingredients as text 'flour, sugar, butter' at the bottom", expect: { texts: [{ text: "flour, sugar, butter", position: "bottom" }] } },
  { text: "recipe title 'Lemon Tart' in a clean font, fade it in", expect: { texts: [{ text: "Lemon Tart", style: "clean", animation: "fade" }] } },
  { text: "remove the awkward pauses while I'm talking and cut to 45 seconds", expect: { cut: { ...pauses, targetDurationMs: 45_000 } } },
  { text: "add a caption at the bottom: 'Save this for later!'", expect: { texts: [{ text: "Save this for later!", style: "caption", position: "bottom" }] } },
  {
    text: "make the whole video square and add 'Step 1' for the first 3 secs, then 'Step 2' from 3 to 6 seconds",
    expect: { output: { preset: "square" }, texts: [{ text: "Step 1", startMs: 0, endMs: 3000 }, { text: "Step 2", startMs: 3000, endMs: 6000 }] },
  },
  { text: "music at 15% so you can still hear the sizzle", expect: { audio: { music: { volume: 0.15 } } }, unrecognized: ["sizzle"] },

  // gamer
  {
    text: "clip the last 30 seconds, thats where the clutch happens",
    ctx: { sourceDurationMs: 120_000 },
    expect: { cut: { ranges: [{ startMs: 90_000, endMs: 120_000 }] } },
    unrecognized: ["clutch"],
  },
  { text: "2x speed, add 'GG EZ' in the middle in big bold letters", expect: { speed: 2, texts: [{ text: "GG EZ", position: "center", style: "bold" }] } },
  { text: "16:9 for youtube, 60fps, best quality", expect: { output: { preset: "youtube", fps: 60 } } },
  {
    text: "remove the part from 1:20 to 1:45 where i die",
    ctx: { sourceDurationMs: 180_000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 80_000 }, { startMs: 105_000, endMs: 180_000 }] } },
    unrecognized: ["where i die"],
  },
  { text: "add hype music loud and duck it when i talk", expect: { audio: { music: { volume: 0.8, duck: true } } } },
  { text: "cut out all the loading screens", expect: {}, unrecognized: ["loading screens"] },
  { text: "put my gamertag 'xXSniperXx' at the top left the whole time", expect: { texts: [{ text: "xXSniperXx", position: "top" }] } },
  { text: "slow mo at 0.25x", expect: { speed: 0.25 } },
  { text: "export as 720p mp4, draft quality", expect: { intent: "export", output: { resolution: 720, format: "mp4", quality: "draft" } } },
  { text: "make it vertical with blurred bars", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "add text 'WAIT FOR IT' at 0:05 for 2 seconds", expect: { texts: [{ text: "WAIT FOR IT", startMs: 5000, endMs: 7000 }] } },
  { text: "no music pls, only normalize the audio levels", expect: { audio: { normalize: true } } },

  // real-estate agent
  {
    text: "listing tour: make it 60 seconds, landscape, add '123 Maple St — $450,000' at the bottom",
    expect: { cut: { targetDurationMs: 60_000 }, output: { aspect: "16:9" }, texts: [{ text: "123 Maple St — $450,000", position: "bottom" }] },
  },
  { text: "add soft piano music at 25%", expect: { audio: { music: { volume: 0.25 } } } },
  {
    text: "put the open house date 'Sat 2–4pm' in the top right for the last 5 seconds",
    expect: { texts: [{ text: "Sat 2–4pm", position: "top", anchor: "end", startMs: 0, endMs: 5000 }] },
  },
  { text: "remove the shaky part at the start, first 3 seconds", expect: { cut: { trimStartMs: 3000 } } },
  { text: "fade in from black and fade out at the end, 2 seconds each", expect: { fade: { inMs: 2000, outMs: 2000 } } },
  { text: "make a square version for the feed", expect: { output: { preset: "square" } } },
  { text: "speed up the walkthrough to 1.5x", expect: { speed: 1.5 } },
  { text: "add text 'JUST LISTED' in the center with a pop animation for 3 seconds", expect: { texts: [{ text: "JUST LISTED", animation: "pop", startMs: 0, endMs: 3000 }] } },
  { text: "keep it under a minute and make it vertical for instagram stories", expect: { cut: { targetDurationMs: 60_000, durationMode: "max" }, output: { preset: "story" } } },
  { text: "add my contact info at the end: 'Call Jane 555-0100'", expect: { texts: [{ text: "Call Jane 555-0100", anchor: "end", startMs: 0, endMs: 3000 }] } },

  // teacher
  { text: "trim my lesson down to 3 minutes", expect: { cut: { targetDurationMs: 180_000 } } },
  { text: "add subtitles 'Photosynthesis: how plants eat' at the top", expect: { texts: [{ text: "Photosynthesis: how plants eat", style: "caption", position: "top" }] } },
  { text: "remove all the ums and long pauses", expect: { cut: pauses }, notes: ["Filler words"] },
  { text: "title card 'Chapter 3 — Fractions' for the first 10 seconds", expect: { texts: [{ text: "Chapter 3 — Fractions", startMs: 0, endMs: 10_000 }] } },
  { text: "slow down the experiment part to half speed", expect: { speed: 0.5 }, notes: ["whole clip"] },
  { text: "export at 480p so it loads fast on the school wifi", expect: { intent: "export", output: { resolution: 480 } }, unrecognized: ["school wifi"] },
  { text: "make the volume consistent and boost my voice a bit", expect: { audio: { normalize: true, volume: 1.25 } } },
  { text: "add 'Quiz time!' in a fun style at 1:30", expect: { texts: [{ text: "Quiz time!", style: "fun", animation: "pop", startMs: 90_000, endMs: 93_000 }] } },
  { text: "no fade, no music, just cut the silences", expect: { cut: pauses } },
  { text: "去掉开头的10秒和结尾的5秒", expect: { cut: { trimStartMs: 10_000, trimEndMs: 5000 } } },

  // shop owner
  {
    text: "add 'NEW ARRIVALS' big at the top and '20% OFF THIS WEEKEND' at the bottom",
    expect: { texts: [{ text: "NEW ARRIVALS", position: "top" }, { text: "20% OFF THIS WEEKEND", position: "bottom" }] },
  },
  { text: "make it a 15s instagram reel with upbeat music", expect: { output: { preset: "reels" }, cut: { targetDurationMs: 15_000 }, audio: music } },
  { text: "square for the shop's instagram feed", expect: { output: { preset: "square" } } },
  { text: "show the price '$24.99' in the bottom right corner the whole time", expect: { texts: [{ text: "$24.99", position: "bottom" }] } },
  { text: "cut everything after 0:25", expect: { cut: { ranges: [{ startMs: 0, endMs: 25_000 }] } } },
  { text: "add text 'Link in bio 🛍️' for the last 3 seconds, make it pop", expect: { texts: [{ text: "Link in bio 🛍️", anchor: "end", startMs: 0, endMs: 3000, animation: "pop" }] } },
  { text: "make it loop-friendly", expect: {}, unrecognized: ["loop"] },
  { text: "export it as a gif for the website", expect: { intent: "export", output: { format: "gif" } } },
  { text: "加上文字“全场五折”放在顶部，背景音乐小声一点", expect: { texts: [{ text: "全场五折", position: "top" }], audio: { music: { volume: 0.2 } } } },
  {
    text: "take out the bit where i drop the box, 0:12 to 0:15",
    ctx: { sourceDurationMs: 30_000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 12_000 }, { startMs: 15_000, endMs: 30_000 }] } },
    unrecognized: ["drop the box"],
  },

  // Chinese vlogger
  { text: "把视频剪到一分钟以内，加上轻音乐", expect: { cut: { targetDurationMs: 60_000, durationMode: "max" }, audio: music } },
  { text: "开头加个标题“成都三日游”，持续五秒", expect: { texts: [{ text: "成都三日游", startMs: 0, endMs: 5000 }] } },
  { text: "去掉所有的停顿，然后加速到1.5倍", expect: { cut: pauses, speed: 1.5 } },
  { text: "结尾加上“谢谢观看”，淡出两秒", expect: { texts: [{ text: "谢谢观看", anchor: "end", startMs: 0, endMs: 3000 }], fade: { outMs: 2000 } } },
  { text: "声音太小了，大一点", expect: { audio: { volume: 1.25 } } },
  { text: "静音原视频，配上背景音乐", expect: { audio: { mute: true, ...music } } },
  { text: "把第5秒到第10秒删掉", expect: { cut: { ranges: [{ startMs: 0, endMs: 5000 }, { startMs: 10_000, endMs: DAY }] } } },
  { text: "加个字幕在底部：今天去爬山了", expect: { texts: [{ text: "今天去爬山了", style: "caption", position: "bottom" }] } },
  { text: "视频太长了，剪短一点", ctx: { sourceDurationMs: 60_000 }, expect: { cut: { targetDurationMs: 54_000 } } },
  { text: "导出成gif格式", expect: { intent: "export", output: { format: "gif" } } },
  { text: "画面改成正方形，不要黑边", expect: { output: { preset: "square", fit: "crop" } } },
  { text: "播放速度放慢到0.5倍", expect: { speed: 0.5 } },
  { text: "加个片头标题“第一集”，放在中间", expect: { texts: [{ text: "第一集", position: "center", startMs: 0, endMs: 3000 }] } },
  { text: "音乐音量调到30%", expect: { audio: { music: { volume: 0.3 } } } },
  { text: "把最后3秒去掉", expect: { cut: { trimEndMs: 3000 } } },
  { text: "变成横屏，加黑边", expect: { output: { aspect: "16:9", fit: "pad" } } },
  { text: "把速度调成1.25倍", expect: { speed: 1.25 } },
  { text: "慢动作播放前五秒", expect: { speed: 0.5 }, notes: ["whole clip"] },

  // social-media manager, an app that sends "key: value"
  {
    text: 'platform: tiktok\nduration: 20s\ncaption: "Summer drop is live ☀️"\nmusic: upbeat, 30%',
    expect: {
      output: { preset: "tiktok" },
      cut: { targetDurationMs: 20_000 },
      texts: [{ text: "Summer drop is live ☀️", style: "caption", position: "bottom" }],
      audio: { music: { volume: 0.3 } },
    },
  },
  { text: "format: mp4; aspect: 1:1; resolution: 720; fps: 30", expect: { output: { aspect: "1:1", resolution: 720, fps: 30, format: "mp4" } } },
  { text: "title_text: 'Q3 Results'\ntitle_position: top\ntitle_duration: 4s", expect: { texts: [{ text: "Q3 Results", position: "top", startMs: 0, endMs: 4000 }] } },
  { text: "trim_start: 2s, trim_end: 1s", expect: { cut: { trimStartMs: 2000, trimEndMs: 1000 } } },
  { text: "speed: 1.25x | mute: true | music: none", expect: { speed: 1.25, audio: { mute: true } } },
  { text: "target_length=30s; mode=max", expect: { cut: { targetDurationMs: 30_000, durationMode: "max" } } },
  { text: "preset: youtube shorts\nmax duration: 59 seconds", expect: { output: { preset: "shorts" }, cut: { targetDurationMs: 59_000, durationMode: "max" } } },
  { text: "remove_silence: yes\nmin_pause: 0.7s", expect: { cut: { removePauses: { minPauseMs: 700 } } } },
  { text: "overlay: 'Limited time only' | position: bottom | style: bold", expect: { texts: [{ text: "Limited time only", position: "bottom", style: "bold" }] } },
  { text: "fade_in: 0.5s, fade_out: 1s", expect: { fade: { inMs: 500, outMs: 1000 } } },
  { text: "quality: standard, format: webm", expect: { output: { quality: "standard", format: "webm" } } },
  { text: "Music volume: 20%\nDucking: off", expect: { audio: { music: { volume: 0.2, duck: false } } } },
  { text: "aspect_ratio=9:16&fit=blur", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "captions: none, music: none, length: 15s", expect: { cut: { targetDurationMs: 15_000 } } },

  // parent
  {
    text: "my daughter's recital, cut it to the last 2 minutes",
    ctx: { sourceDurationMs: 600_000 },
    expect: { cut: { ranges: [{ startMs: 480_000, endMs: 600_000 }] } },
  },
  { text: "add 'Happy 5th Birthday Emma! 🎂' at the top with a fun font", expect: { texts: [{ text: "Happy 5th Birthday Emma! 🎂", position: "top", style: "fun", animation: "pop" }] } },
  { text: "make it slow motion when she blows out the candles", expect: { speed: 0.5 }, notes: ["whole clip"] },
  { text: "remove the loud background noise", expect: {}, unrecognized: ["noise"] },
  {
    text: "add soft music and make it 30 seconds so grandma can watch it on her phone",
    expect: { audio: { music: { volume: 0.2 } }, cut: { targetDurationMs: 30_000 } },
    unrecognized: ["grandma"],
  },
  { text: "cut the first minute, it's just us setting up", expect: { cut: { trimStartMs: 60_000 } }, unrecognized: ["setting up"] },
  { text: "put 'First day of school 2024' at the bottom for the first 5 seconds", expect: { texts: [{ text: "First day of school 2024", position: "bottom", startMs: 0, endMs: 5000 }] } },
  { text: "make it vertical so i can post it on my story", expect: { output: { preset: "story" } } },
  { text: "mute it and add the song i uploaded", expect: { audio: { mute: true, ...music } } },
  { text: "trim it so it starts at 0:04 and ends at 0:34", expect: { cut: { ranges: [{ startMs: 4000, endMs: 34_000 }] } } },
  { text: "make the video brighter", expect: {}, unrecognized: ["brighter"] },
  { text: "add 'Love you Grandpa ❤️' at the end and fade everything out", expect: { texts: [{ text: "Love you Grandpa ❤️", anchor: "end", startMs: 0, endMs: 3000 }], fade: { outMs: 1000 } } },
  { text: "add text 'Hi Grandma!' and fade it out", expect: { texts: [{ text: "Hi Grandma!", animation: "fade" }] } },

  // anyone
  { text: "cut the intro (first 8 seconds)", expect: { cut: { trimStartMs: 8000 } } },
  { text: "keep only 0:30-1:00", expect: { cut: { ranges: [{ startMs: 30_000, endMs: 60_000 }] } } },
  { text: "make it twice as fast and half as long", ctx: { sourceDurationMs: 40_000 }, expect: { speed: 2, cut: { targetDurationMs: 10_000 } } },
  { text: "remove the last 4 seconds and the first 2", expect: { cut: { trimStartMs: 2000, trimEndMs: 4000 } } },
  { text: "music: lofi.mp3 at 30%", expect: { audio: { music: { source: "lofi.mp3", volume: 0.3 } } } },
  { text: "add a 3 second title 'Welcome' at the start", expect: { texts: [{ text: "Welcome", startMs: 0, endMs: 3000 }] } },
  { text: "convert to webm and make it 480p", expect: { output: { format: "webm", resolution: 480 } } },
  { text: "make it 4:5 for insta", expect: { output: { aspect: "4:5" } } },
  { text: "for instagram, 4:5 please", expect: { output: { aspect: "4:5" } } },
  { text: "add a countdown timer", expect: {}, unrecognized: ["countdown"] },
  { text: "put 'swipe up' at 10 seconds in", expect: { texts: [{ text: "swipe up", startMs: 10_000, endMs: 13_000 }] } },
  { text: "lower my voice a bit and turn the music up", expect: { audio: { volume: 0.8, music: { volume: 0.8 } } } },
  { text: "make it 1080p 30fps mp4", expect: { output: { resolution: 1080, fps: 30 } } },
  { text: "add text saying tap for part 2 at the end", expect: { texts: [{ text: "tap for part 2", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "speed it up by 25%", expect: { speed: 1.25 } },
  { text: "no captions pls, just music", expect: { audio: music } },
  // ── second batch, written after the first round of fixes and measured before the second
  // food creator
  { text: "speed the whole thing up 1.5x and put 'Crispy Tofu' at the top in a bold font", expect: { speed: 1.5, texts: [{ text: "Crispy Tofu", position: "top", style: "bold" }] } },
  { text: "add the caption 'Recipe below 👇' for the last 4 seconds", expect: { texts: [{ text: "Recipe below 👇", style: "caption", position: "bottom", anchor: "end", startMs: 0, endMs: 4000 }] } },
  { text: "get rid of the first 7 seconds, I was washing my hands", expect: { cut: { trimStartMs: 7000 } }, unrecognized: ["washing my hands"] },
  { text: "background music 25%, and fade it out at the end", expect: { audio: { music: { volume: 0.25 } } } },
  { text: "reel for insta, max 90 seconds", expect: { output: { preset: "reels" }, cut: { targetDurationMs: 90_000, durationMode: "max" } } },
  { text: "make a 30 second cut with the best bits", expect: { cut: { targetDurationMs: 30_000 } }, unrecognized: ["best bits"] },

  // gamer
  { text: "montage: 2x speed, hype music at 60%, 16:9", expect: { speed: 2, audio: { music: { volume: 0.6 } }, output: { aspect: "16:9" } } },
  { text: "cut from 3:10 to 3:40 only", expect: { cut: { ranges: [{ startMs: 190_000, endMs: 220_000 }] } } },
  { text: "add 'SUBSCRIBE' at the end for 5 secs in red", expect: { texts: [{ text: "SUBSCRIBE", anchor: "end", startMs: 0, endMs: 5000 }] }, unrecognized: ["red"] },
  { text: "i want 60fps and 1080p", expect: { output: { fps: 60, resolution: 1080 } } },
  { text: "trim off the last 10 secs n export", expect: { cut: { trimEndMs: 10_000 } } },
  { text: "youtube shorts version, under a minute", expect: { output: { preset: "shorts" }, cut: { targetDurationMs: 60_000, durationMode: "max" } } },

  // real-estate agent
  {
    text: "tour video: remove the first 4s and last 6s, landscape, soft music",
    expect: { cut: { trimStartMs: 4000, trimEndMs: 6000 }, output: { aspect: "16:9" }, audio: { music: { volume: 0.2 } } },
  },
  { text: "put 'Open House Sunday 1-4' on the bottom the entire video", expect: { texts: [{ text: "Open House Sunday 1-4", position: "bottom" }] } },
  { text: "put the agent name 'Jane Doe, Realtor' at the end in a clean font", expect: { texts: [{ text: "Jane Doe, Realtor", anchor: "end", startMs: 0, endMs: 3000, style: "clean" }] } },
  { text: "slow it down a little, it's too fast", expect: { speed: 0.75 } },
  { text: "square, 45s, no text", expect: { output: { preset: "square" }, cut: { targetDurationMs: 45_000 } } },

  // teacher
  { text: "cut this lecture down to 5 minutes max", expect: { cut: { targetDurationMs: 300_000, durationMode: "max" } } },
  { text: "add 'Lesson 4: Fractions' as a title at the start", expect: { texts: [{ text: "Lesson 4: Fractions", startMs: 0, endMs: 3000 }] } },
  { text: "louder please, students can't hear me", expect: { audio: { volume: 1.5 } }, unrecognized: ["students"] },
  { text: "caption '3 types of rocks' bottom center", expect: { texts: [{ text: "3 types of rocks", style: "caption", position: "bottom" }] } },
  { text: "make it 1.25x and remove the dead air", expect: { speed: 1.25, cut: pauses } },

  // shop owner
  {
    text: "Add price tag text '$35' top right, product name 'Linen Shirt' bottom left",
    expect: { texts: [{ text: "$35", position: "top" }, { text: "Linen Shirt", position: "bottom" }] },
  },
  { text: "15 sec promo for tiktok with 'FREE SHIPPING' in the middle", expect: { output: { preset: "tiktok" }, cut: { targetDurationMs: 15_000 }, texts: [{ text: "FREE SHIPPING" }] } },
  { text: "turn down the music a bit and make my voice louder", expect: { audio: { music: { volume: 0.2 }, volume: 1.5 } } },
  { text: "no black bars, fill the screen, vertical", expect: { output: { aspect: "9:16", fit: "crop" } } },
  { text: "make it shorter, like 20 seconds", expect: { cut: { targetDurationMs: 20_000 } } },
  { text: "add text 'Sale ends Friday' that fades in", expect: { texts: [{ text: "Sale ends Friday", animation: "fade" }] } },
  { text: "loop it 3 times", expect: {}, unrecognized: ["loop"] },

  // Chinese vlogger
  { text: "剪掉中间10秒到20秒的部分", ctx: { sourceDurationMs: 60_000 }, expect: { cut: { ranges: [{ startMs: 0, endMs: 10_000 }, { startMs: 20_000, endMs: 60_000 }] } } },
  { text: "给视频加个标题“周末vlog”，然后背景音乐音量30%", expect: { texts: [{ text: "周末vlog" }], audio: { music: { volume: 0.3 } } } },
  { text: "整体加速1.2倍", expect: { speed: 1.2 } },
  { text: "最后五秒加上“记得点赞”", expect: { texts: [{ text: "记得点赞", anchor: "end", startMs: 0, endMs: 5000 }] } },
  { text: "导出720p的竖屏视频", expect: { intent: "export", output: { resolution: 720, aspect: "9:16" } } },
  { text: "不要背景音乐，声音调大一点", expect: { audio: { volume: 1.25 } } },
  { text: "开头和结尾都加淡入淡出", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "把停顿超过1秒的地方剪掉", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },

  // social-media manager, key: value
  {
    text: "video_length: 45\nplatform: reels\ntext_overlay: 'New menu drop'\ntext_position: bottom",
    expect: { output: { preset: "reels" }, cut: { targetDurationMs: 45_000 }, texts: [{ text: "New menu drop", position: "bottom" }] },
  },
  { text: "speed=2;mute=1;format=gif", expect: { speed: 2, audio: { mute: true }, output: { format: "gif" } } },
  { text: "music_volume: 0.4\nmusic_fade_out: 2s", expect: { audio: { music: { volume: 0.4, fadeOutMs: 2000 } } } },
  { text: "captions: 'Tap to shop' | timing: last 3s", expect: { texts: [{ text: "Tap to shop", style: "caption", position: "bottom", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "resolution=720p, quality=draft, fps=24", expect: { output: { resolution: 720, quality: "draft", fps: 24 } } },
  { text: "crop: 9:16\nbackground: blur", expect: { output: { aspect: "9:16", fit: "blur" } } },

  // parent
  { text: "add 'Our little chef 👩‍🍳' in a cute font at the bottom", expect: { texts: [{ text: "Our little chef 👩‍🍳", style: "fun", animation: "pop", position: "bottom" }] } },
  { text: "the baby laughing part is at 0:45, keep from 0:40 to 0:55", expect: { cut: { ranges: [{ startMs: 40_000, endMs: 55_000 }] } }, unrecognized: ["laughing"] },
  { text: "turn the sound off and put some lullaby music", expect: { audio: { mute: true, ...music } } },
  {
    text: "cut out 0:20-0:35 where the dog barks",
    ctx: { sourceDurationMs: 60_000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 20_000 }, { startMs: 35_000, endMs: 60_000 }] } },
    unrecognized: ["dog barks"],
  },
  { text: "add text 'Love you!' and make it fade out", expect: { texts: [{ text: "Love you!", animation: "fade" }] } },
  { text: "add music and fade it out over 3 seconds", expect: { audio: { music: { fadeOutMs: 3000 } } } },

  // anyone
  { text: "keep the first 20 seconds and add a fade out", expect: { cut: { ranges: [{ startMs: 0, endMs: 20_000 }] }, fade: { outMs: 1000 } } },
  { text: "cut to 30 sec, then export as mp4 in 720p", expect: { cut: { targetDurationMs: 30_000 }, output: { format: "mp4", resolution: 720 } } },
  { text: "remove the middle part, 0:15 to 0:25", ctx: { sourceDurationMs: 40_000 }, expect: { cut: { ranges: [{ startMs: 0, endMs: 15_000 }, { startMs: 25_000, endMs: 40_000 }] } } },
  { text: "no music, no text, just trim it to 15 seconds", expect: { cut: { targetDurationMs: 15_000 } } },
  { text: "put a title at the top that says Best Day Ever", expect: { texts: [{ text: "Best Day Ever", position: "top" }] } },
  {
    text: "add 'A' top and 'B' bottom, both for 3 seconds",
    expect: { texts: [{ text: "A", position: "top", startMs: 0, endMs: 3000 }, { text: "B", position: "bottom", startMs: 0, endMs: 3000 }] },
  },
  { text: "zoom into my face a little", expect: {}, unrecognized: ["zoom"] },
  { text: "volume at 120%", expect: { audio: { volume: 1.2 } } },
  { text: "add a 5 second black screen at the end", expect: {}, unrecognized: ["black screen"] },
  // ── third batch: longer and messier requests, written after the second round of fixes and
  // measured before the third
  {
    text: "ok so this is my pasta video, cut out the dead air, keep it under 45 sec, put 'One-Pot Pasta' at the top for the first 3 secs and some soft music pls",
    expect: {
      cut: { ...pauses, targetDurationMs: 45_000, durationMode: "max" },
      texts: [{ text: "One-Pot Pasta", position: "top", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "for my clutch clip: 1.5x, cut everything before 0:12, add 'ACE 🔥' center with pop, loud music",
    expect: { speed: 1.5, cut: { trimStartMs: 12_000 }, texts: [{ text: "ACE 🔥", animation: "pop" }], audio: { music: { volume: 0.8 } } },
  },
  {
    text: "listing video for instagram feed, 60 sec max, piano music quiet, address '42 Oak Lane' bottom the whole time",
    expect: {
      output: { aspect: "4:5" },
      cut: { targetDurationMs: 60_000, durationMode: "max" },
      audio: { music: { volume: 0.2 } },
      texts: [{ text: "42 Oak Lane", position: "bottom" }],
    },
  },
  {
    text: "lesson recap: remove pauses (gentle), add title 'Week 3 Review', make it landscape and normalize the audio",
    ctx: { sourceName: "week3.mp4" },
    expect: { cut: { removePauses: { minPauseMs: 1000 } }, texts: [{ text: "Week 3 Review" }], output: { aspect: "16:9" }, audio: { normalize: true } },
  },
  {
    text: "shop promo — vertical, 20s, text 'BOGO this weekend only' big at the bottom, upbeat music 30%, fade out at the end",
    expect: {
      output: { aspect: "9:16" },
      cut: { targetDurationMs: 20_000 },
      texts: [{ text: "BOGO this weekend only", position: "bottom" }],
      audio: { music: { volume: 0.3 } },
      fade: { outMs: 1000 },
    },
  },
  {
    text: "今天的vlog帮我剪一下：去掉停顿，控制在一分钟以内，开头加标题“第十天”，配上轻快的音乐",
    expect: {
      cut: { ...pauses, targetDurationMs: 60_000, durationMode: "max" },
      texts: [{ text: "第十天", startMs: 0, endMs: 3000 }],
      audio: music,
    },
  },
  {
    text: "Platform: YouTube\nAspect: 16:9\nTrim start: 3s\nTitle: 'Unboxing the new camera'\nTitle position: top\nMusic: lofi, 20%",
    expect: {
      output: { preset: "youtube" },
      cut: { trimStartMs: 3000 },
      texts: [{ text: "Unboxing the new camera", position: "top" }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "my son's first goal!! slow mo, add 'GOAL!!! ⚽' in the middle with a pop, make it square for whatsapp",
    expect: { speed: 0.5, texts: [{ text: "GOAL!!! ⚽", animation: "pop" }], output: { preset: "square" } },
    unrecognized: ["first goal"],
  },
  { text: "chop the first 2 and last 2 seconds off", expect: { cut: { trimStartMs: 2000, trimEndMs: 2000 } } },
  { text: "keep 0:05 thru 0:25, drop the rest", expect: { cut: { ranges: [{ startMs: 5000, endMs: 25_000 }] } } },
  { text: "make the video 3x faster but only 10 seconds long", expect: { speed: 3, cut: { targetDurationMs: 10_000 } } },
  { text: "add a caption that reads 'link in bio' for the final 5 seconds", expect: { texts: [{ text: "link in bio", style: "caption", position: "bottom", anchor: "end", startMs: 0, endMs: 5000 }] } },
  { text: "please mute the background chatter", expect: { audio: { mute: true } } },
  { text: "lower the music to 15 percent", expect: { audio: { music: { volume: 0.15 } } } },
  { text: "put the music at half volume", expect: { audio: { music: { volume: 0.5 } } } },
  { text: "make it a 9:16 reel, blur the sides", expect: { output: { preset: "reels", fit: "blur" } } },
  { text: "export as mov in 1080p, best quality", expect: { intent: "export", output: { format: "mov", resolution: 1080 } } },
  { text: "give me the audio only as a wav", expect: { output: { format: "wav" } } },
  { text: "what's the status on my reel?", expect: { intent: "status" } },
  { text: "how many credits have I got?", expect: { intent: "credits" } },
  { text: "speed up to 1.5 times", expect: { speed: 1.5 } },
  { text: "cut it to 90 secs and put 'Day 1' top left for the whole clip", expect: { cut: { targetDurationMs: 90_000 }, texts: [{ text: "Day 1", position: "top" }] } },
  { text: "add “thanks for watching” at the very end in small text", expect: { texts: [{ text: "thanks for watching", anchor: "end", startMs: 0, endMs: 3000, size: "small" }] } },
  { text: "fade in slowly at the start", expect: { fade: { inMs: 1000 } } },
  { text: "shorten it by a third", ctx: { sourceDurationMs: 30_000 }, expect: { cut: { targetDurationMs: 20_000 } } },
  { text: "去掉前两秒，结尾也去掉两秒", expect: { cut: { trimStartMs: 2000, trimEndMs: 2000 } } },
  { text: "加速到两倍，再加上背景音乐", expect: { speed: 2, audio: music } },
  { text: "在视频中间加文字“重点来了”", expect: { texts: [{ text: "重点来了", position: "center" }] } },
  { text: "导出为mp4格式，画质高清", expect: { intent: "export", output: { format: "mp4" } } },
  { text: "把音乐关掉，保留原声", expect: {} },
  { text: "做成方形的，给ins发", expect: { output: { preset: "square" } } },
  { text: "trim: pauses; length: 25s; speed: 1.1x; text: 'Morning routine'", expect: { cut: { ...pauses, targetDurationMs: 25_000 }, speed: 1.1, texts: [{ text: "Morning routine" }] } },
  { text: "audio: normalize | music: off | fade: in 1s", expect: { audio: { normalize: true }, fade: { inMs: 1000 } } },
  { text: "output=webm;res=480", expect: { output: { format: "webm", resolution: 480 } } },
  { text: "remove first 1.5s please and last 0.5s", expect: { cut: { trimStartMs: 1500, trimEndMs: 500 } } },
  { text: "the ending drags, cut the last 8 seconds", expect: { cut: { trimEndMs: 8000 } }, unrecognized: ["drags"] },
  { text: "add some subtle background music under my voice", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "make everything a bit louder", expect: { audio: { volume: 1.25 } } },
  { text: "put the text 'Wait for it…' at 0:03 and make it bounce", expect: { texts: [{ text: "Wait for it…", startMs: 3000, endMs: 6000, animation: "pop" }] } },
  { text: "no fade in, but fade out over 2 secs", expect: { fade: { outMs: 2000 } } },
  // ── fourth batch: everyday requests in all eight voices, written after the third round of fixes
  // and measured before the fourth
  { text: "can you trim the boring intro, it's the first 6 seconds", expect: { cut: { trimStartMs: 6000 } } },
  { text: "put a big 'SOLD' in the middle for the last 2 seconds", expect: { texts: [{ text: "SOLD", anchor: "end", startMs: 0, endMs: 2000 }] } },
  { text: "music quieter than my voice please", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "take 2 seconds off the end", expect: { cut: { trimEndMs: 2000 } } },
  { text: "I need this as a 30s vertical video with captions 'Swipe for more' at the bottom", expect: { cut: { targetDurationMs: 30_000 }, output: { aspect: "9:16" }, texts: [{ text: "Swipe for more", style: "caption", position: "bottom" }] } },
  { text: "add 'Step 3: bake 20 min' as a caption", expect: { texts: [{ text: "Step 3: bake 20 min", style: "caption", position: "bottom" }] } },
  { text: "remove audio completely and add the music I sent", expect: { audio: { mute: true, ...music } } },
  { text: "1080p mp4 please, and make the silences shorter", expect: { output: { resolution: 1080 }, cut: pauses } },
  { text: "sped up 2x for the timelapse feel", expect: { speed: 2 }, unrecognized: ["timelapse feel"] },
  { text: "just export it, no changes", expect: { intent: "export" } },
  { text: "what can this thing do", expect: { intent: "help" } },
  { text: "video's too long, make it 40 seconds", expect: { cut: { targetDurationMs: 40_000 } } },
  { text: "add text 'Tutorial #7' top for 5s then 'Subscribe!' bottom for the last 5s", expect: { texts: [{ text: "Tutorial #7", position: "top", startMs: 0, endMs: 5000 }, { text: "Subscribe!", position: "bottom", anchor: "end", startMs: 0, endMs: 5000 }] } },
  { text: "make the ending fade to black slowly", expect: { fade: { outMs: 1000 } } },
  { text: "no vertical please, keep it 16:9", expect: { output: { aspect: "16:9" } } },
  { text: "don't add any music, just cut it down to 20 secs", expect: { cut: { targetDurationMs: 20_000 } } },
  { text: "reduce the background music to 10%", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "make my voice clearer", expect: {}, unrecognized: ["clearer"] },
  { text: "for tiktok and make it pop with a fun title", ctx: { sourceName: "taco_tuesday.mp4" }, expect: { output: { preset: "tiktok" }, texts: [{ text: "Taco Tuesday", style: "fun", animation: "pop" }] } },
  { text: "把开头3秒和结尾2秒剪掉，然后加上字幕“好吃到哭”", expect: { cut: { trimStartMs: 3000, trimEndMs: 2000 }, texts: [{ text: "好吃到哭", style: "caption", position: "bottom" }] } },
  { text: "视频速度调慢一点", expect: { speed: 0.75 } },
  { text: "加个标题“开箱”，放在最上面", expect: { texts: [{ text: "开箱", position: "top" }] } },
  { text: "背景音乐用我上传的，声音小一点", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "transition: fade | duration: 20 | aspect: 4:5", expect: { fade: { inMs: 1000, outMs: 1000 }, cut: { targetDurationMs: 20_000 }, output: { aspect: "4:5" } } },
  { text: "overlay_text: 'Grand opening' ; overlay_style: fun", expect: { texts: [{ text: "Grand opening", style: "fun", animation: "pop" }] } },
  { text: "keep only the part from 1:05 to 1:35 and make it square", expect: { cut: { ranges: [{ startMs: 65_000, endMs: 95_000 }] }, output: { preset: "square" } } },
  { text: "tiny text 'filmed on iphone' bottom right corner", expect: { texts: [{ text: "filmed on iphone", size: "small", position: "bottom" }] } },
  { text: "cut all the breathing sounds", expect: { cut: pauses } },
  { text: "turn it up a notch", expect: { audio: { volume: 1.25 } } },
  { text: "make it shorter by 10 seconds", ctx: { sourceDurationMs: 60_000 }, expect: { cut: { targetDurationMs: 50_000 } } },
];

/** Current plans the round-4 turns use. */
const PRICE: EditPlanInput = { texts: [{ text: "$24.99", position: "bottom" }] };
const CAPTIONED: EditPlanInput = { texts: [{ text: "好吃", style: "caption", position: "bottom" }] };
const DAY_ONE: EditPlanInput = { texts: [{ text: "Day 1", position: "top" }] };
const TWO = { sources: [{ id: "a", name: "unboxing.mp4" }, { id: "b", name: "banana_bread.mov" }] };
const TIKTOK_PLAN: EditPlanInput = { output: { preset: "tiktok" }, cut: { targetDurationMs: 20_000 } };

export const PROBE4_FOLLOW_UPS: FollowUpEntry[] = [
  // ── first batch, measured before any round-4 fix
  // exports with a change
  { text: "export as gif", current: FULL, expect: { kind: "edit", plan: { output: { format: "gif" } }, thenExport: true } },
  { text: "looks good, export it in 720p", current: FULL, expect: { kind: "edit", plan: { output: { resolution: 720 } }, thenExport: true } },
  { text: "render it out as a mov", current: TEN, expect: { kind: "edit", plan: { output: { format: "mov" } }, thenExport: true } },
  { text: "trim the pauses and then export", current: TEN, expect: { kind: "edit", plan: { cut: { removePauses: {} } }, thenExport: true } },
  { text: "ok send it to me", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "导出gif", current: TEN, expect: { kind: "edit", plan: { output: { format: "gif" } }, thenExport: true } },

  // overlays
  { text: "add text 'Hi' and fade it out", expect: { kind: "edit", plan: { texts: [{ text: "Hi", animation: "fade" }] } } },
  { text: "the price should say '$19.99' now", current: PRICE, expect: { kind: "edit", plan: { texts: [{ text: "$19.99", position: "bottom" }] } } },
  { text: "swap 'Day 1' for 'Day 2'", current: DAY_ONE, expect: { kind: "edit", plan: { texts: [{ text: "Day 2", position: "top" }] } } },
  { text: "move the caption up", current: CAPTIONED, expect: { kind: "edit", plan: { texts: [{ text: "好吃", style: "caption", position: "top" }] } } },
  { text: "put the title in the middle instead", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "center" }] } } },
  { text: "make the title fun and bouncy", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", style: "fun", animation: "pop" }] } } },
  {
    text: "text at the top for the whole video",
    current: { texts: [{ text: "Hi", position: "bottom", startMs: 0, endMs: 3000 }] },
    expect: { kind: "edit", plan: { texts: [{ text: "Hi", position: "top", startMs: 0, endMs: null }] } },
  },
  { text: "bigger font pls", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", size: "large" }] } } },
  {
    text: "add a second text 'Part 2' at the end",
    current: TEXT,
    expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top" }, { text: "Part 2", anchor: "end", startMs: 0, endMs: 3000 }] } },
  },
  { text: "把字幕改成“好好吃”", current: CAPTIONED, expect: { kind: "edit", plan: { texts: [{ text: "好好吃", style: "caption", position: "bottom" }] } } },

  // frame, length, speed, sound
  { text: "make it 4:5 for instagram", current: TIKTOK_PLAN, expect: { kind: "edit", plan: { output: { preset: null, aspect: "4:5" } } } },
  { text: "make it 30 seconds instead of 20", current: TIKTOK_PLAN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 30_000 } } } },
  { text: "cut 5 more seconds", current: TIKTOK_PLAN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  { text: "keep it under 45", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 45_000, durationMode: "max" } } } },
  { text: "a little faster", expect: { kind: "edit", plan: { speed: 1.25 } } },
  { text: "too slow now", current: { speed: 0.5 }, expect: { kind: "edit", plan: { speed: 0.75 } } },
  { text: "make the music quieter please", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.24 } } } } },
  { text: "music down a little", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.32 } } } } },
  { text: "turn off the music", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "add background music at 20%", expect: { kind: "edit", plan: { audio: { music: { volume: 0.2 } } } } },
  { text: "remove the pauses too", current: TEN, expect: { kind: "edit", plan: { cut: { removePauses: {} } } } },
  {
    text: "less aggressive with the silence cutting",
    current: { cut: { removePauses: { minPauseMs: 300 } } },
    expect: { kind: "edit", plan: { cut: { removePauses: { minPauseMs: 1000 } } } },
  },
  { text: "音乐再小声一点", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.32 } } } } },
  { text: "稍微快一点", expect: { kind: "edit", plan: { speed: 1.25 } } },
  { text: "fade in too", current: { fade: { outMs: 1000 } }, expect: { kind: "edit", plan: { fade: { inMs: 1000 } } } },
  { text: "speed: 2x", current: TEN, expect: { kind: "edit", plan: { speed: 2 } } },

  // undo, intents, clips
  { text: "undo that last one", expect: { kind: "undo" } },
  { text: "hmm no, undo", current: FULL, expect: { kind: "undo" } },
  { text: "actually redo it", expect: { kind: "redo" } },
  { text: "how long until it's done?", current: FULL, expect: { kind: "intent", intent: "status" } },
  { text: "what can you do?", expect: { kind: "intent", intent: "help" } },
  { text: "how many credits do i have left", current: FULL, expect: { kind: "intent", intent: "credits" } },
  { text: "the second clip should be muted", ctx: TWO, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["b"] } },
  { text: "make both clips vertical", ctx: TWO, expect: { kind: "edit", plan: { output: { aspect: "9:16" } }, target: null } },
  { text: "unboxing clip: cut to 8 seconds", ctx: TWO, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } }, target: ["a"] } },
  { text: "第一个视频加速", ctx: TWO, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["a"] } },
  // ── second batch, written after the first round of fixes and measured before the second
  { text: "export it as a gif please", current: FULL, expect: { kind: "edit", plan: { output: { format: "gif" } }, thenExport: true } },
  { text: "make it 720p and download it", current: TEN, expect: { kind: "edit", plan: { output: { resolution: 720 } }, thenExport: true } },
  { text: "send me the mp3", current: TEN, expect: { kind: "edit", plan: { output: { format: "mp3" } }, thenExport: true } },
  { text: "can you export the vertical version", current: { output: { aspect: "9:16" } }, expect: { kind: "intent", intent: "export" } },
  { text: "fade the text in", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", animation: "fade" }] } } },
  {
    text: "add text 'Bye!' at the end and fade it out",
    current: TEXT,
    expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top" }, { text: "Bye!", anchor: "end", startMs: 0, endMs: 3000, animation: "fade" }] } },
  },
  { text: "the title should read 'Day 3 of 30'", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Day 3 of 30", position: "top" }] } } },
  { text: "caption size: large", current: CAPTIONED, expect: { kind: "edit", plan: { texts: [{ text: "好吃", style: "caption", position: "bottom", size: "large" }] } } },
  { text: "make it 4:5 for the instagram feed", current: TIKTOK_PLAN, expect: { kind: "edit", plan: { output: { preset: null, aspect: "4:5" } } } },
  { text: "actually square for insta", current: { output: { preset: "reels" } }, expect: { kind: "edit", plan: { output: { preset: "square" } } } },
  { text: "bring the music down to 10%", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.1 } } } } },
  { text: "un-mute it", current: { audio: { mute: true } }, expect: { kind: "edit", plan: { audio: { mute: false } } } },
  { text: "faster, like 2x", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 2 } } },
  { text: "revert the last edit", current: FULL, expect: { kind: "undo" } },
  { text: "redo the last one", current: FULL, expect: { kind: "redo" } },
  { text: "is my export ready?", current: FULL, expect: { kind: "intent", intent: "status" } },
  { text: "clip 2: remove the first 3 seconds", ctx: TWO, expect: { kind: "edit", plan: { cut: { trimStartMs: 3000 } }, target: ["b"] } },
  { text: "banana clip muted please", ctx: TWO, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["b"] } },
  { text: "把第二个视频剪到10秒", ctx: TWO, expect: { kind: "edit", plan: { cut: { targetDurationMs: 10_000 } }, target: ["b"] } },
  { text: "背景音乐去掉", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "字幕移到顶部，再大一点", current: CAPTIONED, expect: { kind: "edit", plan: { texts: [{ text: "好吃", style: "caption", position: "top", size: "large" }] } } },
  // ── third batch
  { text: "looks great, export it as an mp4", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "square it and export", current: TEN, expect: { kind: "edit", plan: { output: { preset: "square" } }, thenExport: true } },
  { text: "fade the title out at the end", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", animation: "fade" }] } } },
  { text: "make the price bigger", current: PRICE, expect: { kind: "edit", plan: { texts: [{ text: "$24.99", position: "bottom", size: "large" }] } } },
  { text: "change the price to '$21.99'", current: PRICE, expect: { kind: "edit", plan: { texts: [{ text: "$21.99", position: "bottom" }] } } },
  { text: "remove the price text", current: PRICE, expect: { kind: "edit", plan: { texts: [] } } },
  { text: "a touch quieter on the music", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.32 } } } } },
  { text: "make it 5 secs longer", current: TEN, ctx: { sourceDurationMs: 60_000 }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  { text: "no, 12 seconds", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 12_000 } } } },
  { text: "第二个视频静音", ctx: TWO, expect: { kind: "edit", plan: { audio: { mute: true } }, target: ["b"] } },
  { text: "撤销刚才的操作", current: FULL, expect: { kind: "undo" } },
  { text: "导出吧", current: FULL, expect: { kind: "intent", intent: "export" } },
  // ── fourth batch
  { text: "ok now render it as a gif", current: TEN, expect: { kind: "edit", plan: { output: { format: "gif" } }, thenExport: true } },
  { text: "put the caption in the middle", current: CAPTIONED, expect: { kind: "edit", plan: { texts: [{ text: "好吃", style: "caption", position: "center" }] } } },
  { text: "make the text pop in", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", animation: "pop" }] } } },
  { text: "music a little louder and the text smaller", current: { ...TEXT, ...MUSIC }, expect: { kind: "edit", plan: { audio: { music: { volume: 0.5 } }, texts: [{ text: "Banana Bread", position: "top", size: "small" }] } } },
  { text: "back to the original aspect ratio", current: { output: { aspect: "9:16" } }, expect: { kind: "edit", plan: { output: { aspect: "source" } } } },
  { text: "remove the 'Day 1' text", current: { texts: [{ text: "Day 1", position: "top" }, { text: "Day 2", position: "bottom" }] }, expect: { kind: "edit", plan: { texts: [{ text: "Day 2", position: "bottom" }] } } },
  { text: "slower, half speed", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 0.5 } } },
  { text: "take that back", current: FULL, expect: { kind: "undo" } },
  { text: "视频再短一点", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 9000 } } } },
  { text: "unboxing clip: add music at 20%", ctx: TWO, expect: { kind: "edit", plan: { audio: { music: { volume: 0.2 } } }, target: ["a"] } },
];
