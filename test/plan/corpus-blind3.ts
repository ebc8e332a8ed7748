import type { CorpusEntry } from "./corpus.js";

/**
 * Blind corpus, round 4: 150 instructions written without reading the interpreter's code and never
 * run through it while being written. Each is what one persona would actually send (a food creator,
 * a gamer clipping highlights, a real-estate agent, a teacher, a small shop owner, a parent editing
 * a recital, a Chinese-speaking vlogger, a social-media manager whose scheduling app sends
 * "key: value" requests, and a few more creators). The expectations follow PRODUCT.md §2 and the
 * conventions table of src/plan/interpret/README.md; every field not listed must stay default.
 * Measured once (test/plan/corpus-blind3.test.ts), after the commit that added it.
 *
 * Where the README gives no rule, the entry was reworded until one answer is defensible:
 * - an ask the product cannot do (filters, stabilising, watermarks, zooms, noise removal) and an
 *   open-ended ask ("make it more professional") is listed in `unrecognized`; the rest is read;
 * - emoji, greetings, "pls", "lol", "ok so" outside quotes are not requests;
 * - a text overlay without timing runs the whole clip (0..null); "title" alone names no position;
 * - a format word with no export word ("change the format to wav") stays an edit;
 * - a form field's key names what its value is ("Length: 0:30" is the clip's length).
 */

const pauses = { removePauses: {} };
const DAY = 24 * 3600_000;

export const BLIND3: CorpusEntry[] = [
  // ── Maya, food creator
  {
    text: "remove the pauses and add a fun title up top",
    ctx: { sourceName: "garlic_butter_shrimp.mp4" },
    expect: { cut: pauses, texts: [{ text: "Garlic Butter Shrimp", position: "top", style: "fun", animation: "pop" }] },
    notes: ["Garlic Butter Shrimp"],
  },
  {
    text: "caption “Honey Garlic Wings” at the bottom, soft music, 30s max 📌",
    expect: {
      texts: [{ text: "Honey Garlic Wings", style: "caption", position: "bottom" }],
      audio: { music: { volume: 0.2 } },
      cut: { targetDurationMs: 30000, durationMode: "max" },
    },
  },
  { text: "chop 3.5 secs off the front lol", expect: { cut: { trimStartMs: 3500 } } },
  { text: "add quiet background music and lower it whenever i'm talking", expect: { audio: { music: { volume: 0.2 } } } },
  {
    text: "put 'link in bio' on screen for the last 2 seconds pls 🙏",
    expect: { texts: [{ text: "link in bio", anchor: "end", startMs: 0, endMs: 2000 }] },
  },
  {
    text: "Make it thirty seconds, vertcal, and fade out at the end",
    expect: { cut: { targetDurationMs: 30000 }, output: { aspect: "9:16" }, fade: { outMs: 1000 } },
  },
  {
    text: 'add text "2 eggs · 1 cup flour · pinch of salt" from 0:02 to 0:08',
    expect: { texts: [{ text: "2 eggs · 1 cup flour · pinch of salt", startMs: 2000, endMs: 8000 }] },
  },
  {
    text: "1.5x speed and get it under half a minute",
    expect: { speed: 1.5, cut: { targetDurationMs: 30000, durationMode: "max" } },
  },
  { text: "kill any silence over 0.4s 🔪", expect: { cut: { removePauses: { minPauseMs: 400 } } } },
  { text: "fade in for half a sec", expect: { fade: { inMs: 500 } } },

  // ── Jax, gamer clipping highlights
  { text: "only keep 2:14 to 2:41", expect: { cut: { ranges: [{ startMs: 134000, endMs: 161000 }] } } },
  {
    text: 'half speed + text "CLUTCH" in the middle, big and bold',
    expect: { speed: 0.5, texts: [{ text: "CLUTCH", position: "center", style: "bold" }] },
  },
  {
    text: "yt shorts format, 60fps, 0:58 max",
    expect: { output: { preset: "shorts", fps: 60 }, cut: { targetDurationMs: 58000, durationMode: "max" } },
  },
  { text: "make the game audio much louder", expect: { audio: { volume: 2 } } },
  { text: "💀 remove the final ten secnods", expect: { cut: { trimEndMs: 10000 } } },
  {
    text: "put 'GG EZ' at the top at 0:12 for 2s",
    expect: { texts: [{ text: "GG EZ", position: "top", startMs: 12000, endMs: 14000 }] },
  },
  { text: "widescreen for yt, no black bars at all", expect: { output: { preset: "youtube", fit: "crop" } } },
  { text: "gif export, 480p pls", expect: { intent: "export", output: { format: "gif", resolution: 480 } } },

  // ── Dana, real-estate agent
  {
    text: "Please shave two seconds off the beginning and two off the end.",
    expect: { cut: { trimStartMs: 2000, trimEndMs: 2000 } },
  },
  {
    text: "Add the text “Just Listed – 3 bed / 2 bath” at the top for the first 5 seconds, clean style.",
    expect: { texts: [{ text: "Just Listed – 3 bed / 2 bath", position: "top", style: "clean", startMs: 0, endMs: 5000 }] },
  },
  { text: "Soft music in the background, please.", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "Format for Instagram feed please", expect: { output: { aspect: "4:5" } } },
  { text: "0.8x playback speed please", expect: { speed: 0.8 } },
  {
    text: 'add a caption at the bottom: "Open House Sat 1–3pm"',
    expect: { texts: [{ text: "Open House Sat 1–3pm", style: "caption", position: "bottom" }] },
  },
  {
    text: "open with a 2 second fade-in and close with a 2 second fade-out",
    expect: { fade: { inMs: 2000, outMs: 2000 } },
  },
  {
    text: "Need it under 60 seconds for reels",
    expect: { output: { preset: "reels" }, cut: { targetDurationMs: 60000, durationMode: "max" } },
  },
  { text: "Export in 720p, standard quality", expect: { intent: "export", output: { resolution: 720, quality: "standard" } } },

  // ── Mr. Okafor, teacher
  {
    text: "Remove pauses longer than 1.5 seconds, keeping 300 ms of padding",
    expect: { cut: { removePauses: { minPauseMs: 1500, paddingMs: 300 } } },
  },
  {
    text: "Put the title 'Photosynthesis in 60 Seconds' in the center for the first four seconds",
    expect: { texts: [{ text: "Photosynthesis in 60 Seconds", position: "center", startMs: 0, endMs: 4000 }] },
  },
  { text: "3 minutes max, please", expect: { cut: { targetDurationMs: 180000, durationMode: "max" } } },
  {
    text: "Add text 'Homework: p. 42, ex. 1–5' at the end",
    expect: { texts: [{ text: "Homework: p. 42, ex. 1–5", anchor: "end", startMs: 0, endMs: 3000 }] },
  },
  {
    text: 'Add "Mitosis vs Meiosis" in large text at the top',
    expect: { texts: [{ text: "Mitosis vs Meiosis", position: "top", size: "large" }] },
  },
  { text: "Export: mp4, 480p", expect: { intent: "export", output: { format: "mp4", resolution: 480 } } },
  { text: "the video is too long", ctx: { sourceDurationMs: 300000 }, expect: { cut: { targetDurationMs: 240000 } } },
  { text: "chop the runtime in half", ctx: { sourceDurationMs: 50000 }, expect: { cut: { targetDurationMs: 25000 } } },

  // ── Lin, candle shop owner
  {
    text: "add “20% OFF THIS WEEKEND” at the top in bold",
    expect: { texts: [{ text: "20% OFF THIS WEEKEND", position: "top", style: "bold" }] },
  },
  { text: "make it a story for insta", expect: { output: { preset: "story" } } },
  { text: "mute it and add musci", expect: { audio: { mute: true, music: {} } } },
  { text: "cut to exactly 15 seconds and speed it up a bit", expect: { cut: { targetDurationMs: 15000 }, speed: 1.25 } },
  {
    text: "text 'Shop now 👉 link in bio' at the end for 3 secs, fun style",
    expect: { texts: [{ text: "Shop now 👉 link in bio", anchor: "end", startMs: 0, endMs: 3000, style: "fun", animation: "pop" }] },
  },
  { text: "can u make the candle flicker more", expect: {}, unrecognized: ["flicker"] },
  { text: "add a watermark of my logo in the corner", expect: {}, unrecognized: ["watermark"] },

  // ── a parent editing the recital
  { text: "just keep from 1:12 to 3:40", expect: { cut: { ranges: [{ startMs: 72000, endMs: 220000 }] } } },
  {
    text: "put “Emma – Für Elise” at the start, clean style",
    expect: { texts: [{ text: "Emma – Für Elise", startMs: 0, endMs: 3000, style: "clean" }] },
  },
  { text: "bring the volumme down slightly", expect: { audio: { volume: 0.8 } } },
  { text: "start with a fade in, finish with a fade out", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "make it look like an old film", expect: {}, unrecognized: ["old film"] },
  {
    text: "don't cut anything, just make it louder and add a title saying Emma's First Recital",
    expect: { audio: { volume: 1.5 }, texts: [{ text: "Emma's First Recital" }] },
  },
  { text: "Please don't add any music, just remove the long pauses", expect: { cut: pauses } },
  { text: "stabilize it pls my hands were shaking", expect: {}, unrecognized: ["stabilize"] },

  // ── 小美, Chinese-speaking vlogger
  { text: "把所有停顿都剪掉，然后加速1.5倍", expect: { cut: pauses, speed: 1.5 } },
  { text: "剪成30秒以内，竖屏", expect: { cut: { targetDurationMs: 30000, durationMode: "max" }, output: { aspect: "9:16" } } },
  { text: "开头放标题「东京漫步第一天」", expect: { texts: [{ text: "东京漫步第一天", startMs: 0, endMs: 3000 }] } },
  { text: "加点背景音乐，声音小一点", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "最后两秒淡出", expect: { fade: { outMs: 2000 } } },
  { text: "用720p导出，格式mp4", expect: { intent: "export", output: { resolution: 720, format: "mp4" } } },
  { text: "查一下我账户里还剩多少积分", expect: { intent: "credits" } },
  { text: "去掉前5秒和后3秒", expect: { cut: { trimStartMs: 5000, trimEndMs: 3000 } } },
  { text: "只要1:20到1:45这一段", expect: { cut: { ranges: [{ startMs: 80000, endMs: 105000 }] } } },
  {
    text: "在画面底部加一行字幕：“喜欢就点个关注吧”",
    expect: { texts: [{ text: "喜欢就点个关注吧", style: "caption", position: "bottom" }] },
  },
  { text: "原视频声音太小", expect: { audio: { volume: 1.5 } } },
  { text: "我要上传一个新视频", expect: { intent: "upload" } },
  {
    text: "帮我把pauses去掉 then 加字幕 'Day 3 in 大阪'",
    expect: { cut: pauses, texts: [{ text: "Day 3 in 大阪", style: "caption", position: "bottom" }] },
  },
  { text: "开头加文字“Hello 北京”，持续3秒", expect: { texts: [{ text: "Hello 北京", startMs: 0, endMs: 3000 }] } },
  { text: "别加音乐，把停顿删掉就行", expect: { cut: pauses } },
  { text: "这个工具怎么用？", expect: { intent: "help" } },
  { text: "在第5秒加文字“看这里”", expect: { texts: [{ text: "看这里", startMs: 5000, endMs: 8000 }] } },
  { text: "加文字【限时优惠】放在顶部", expect: { texts: [{ text: "限时优惠", position: "top" }] } },
  { text: "最后3秒放上『下期见』", expect: { texts: [{ text: "下期见", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "时长不超过一分钟", expect: { cut: { targetDurationMs: 60000, durationMode: "max" } } },
  { text: "没问题了，帮我导出", expect: { intent: "export" } },

  // ── a social-media manager's scheduling app ("key: value")
  {
    text: 'Platform: TikTok\nMax length: 20s\nBackground music: yes\nOn-screen text: "Flash Sale Friday"',
    expect: {
      output: { preset: "tiktok" },
      cut: { targetDurationMs: 20000, durationMode: "max" },
      audio: { music: {} },
      texts: [{ text: "Flash Sale Friday" }],
    },
  },
  {
    text: "platform=instagram_reels; duration=15; captions=off; music=none",
    expect: { output: { preset: "reels" }, cut: { targetDurationMs: 15000 } },
  },
  { text: "Format: MP4 | Resolution: 720 | Aspect: 1:1 | Text: none", expect: { output: { format: "mp4", resolution: 720, aspect: "1:1" } } },
  {
    text: "Length: 0:30 | Title: Spring Collection Drop | Position: top | Style: bold",
    expect: { texts: [{ text: "Spring Collection Drop", position: "top", style: "bold" }], cut: { targetDurationMs: 30000 } },
  },
  {
    text: "Preset: shorts\nSpeed: 1.25x\nFade in: 0.5s\nFade out: 0.5s",
    expect: { output: { preset: "shorts" }, speed: 1.25, fade: { inMs: 500, outMs: 500 } },
  },
  { text: "Music volume: 15%\nDuck under voice: no", expect: { audio: { music: { volume: 0.15, duck: false } } } },
  {
    text: 'Remove silences: yes\nMin pause: 800ms\nCaption: "New arrivals 🌸"\nQuality: draft',
    expect: {
      cut: { removePauses: { minPauseMs: 800 } },
      texts: [{ text: "New arrivals 🌸", style: "caption", position: "bottom" }],
      output: { quality: "draft" },
    },
  },
  { text: "Output: webm, 480p", expect: { output: { format: "webm", resolution: 480 } } },
  {
    text: "Limit: 45s | Platform: YouTube Shorts | Audio: normalize",
    expect: { cut: { targetDurationMs: 45000, durationMode: "max" }, output: { preset: "shorts" }, audio: { normalize: true } },
  },

  // ── long requests, several features at once
  {
    text: "ok so: remove the pauses (tight), cut it to 25 seconds, fade out at the end, make it vertical for tiktok, add the text 'stop doing crunches' at the top for the first 3 secs, bgm at 20%",
    expect: {
      cut: { removePauses: { minPauseMs: 300 }, targetDurationMs: 25000 },
      fade: { outMs: 1000 },
      output: { preset: "tiktok" },
      texts: [{ text: "stop doing crunches", position: "top", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "Hi! Trim the first 4 seconds, keep it under 1 minute, add “Just Sold 🏡” in bold at the top for the whole video, soft music that fades out over 2 seconds, and export at 720p.",
    expect: {
      cut: { trimStartMs: 4000, targetDurationMs: 60000, durationMode: "max" },
      texts: [{ text: "Just Sold 🏡", style: "bold", position: "top" }],
      audio: { music: { volume: 0.2, fadeOutMs: 2000 } },
      output: { resolution: 720 },
    },
  },
  {
    text: "clip 1:02-1:30, play it at 1.5x, add 'ACE' in the center from 0:05 to 0:08 with a pop animation, mute game audio, add loud music, export for youtube shorts",
    expect: {
      cut: { ranges: [{ startMs: 62000, endMs: 90000 }] },
      speed: 1.5,
      texts: [{ text: "ACE", position: "center", startMs: 5000, endMs: 8000, animation: "pop" }],
      audio: { mute: true, music: { volume: 0.8 } },
      output: { preset: "shorts" },
    },
  },
  {
    text: "Remove pauses over 2 seconds, speed it up slightly, put the caption 'Chapter 4: Fractions' at the bottom, normalize the audio, and fade in and out.",
    expect: {
      cut: { removePauses: { minPauseMs: 2000 } },
      speed: 1.25,
      texts: [{ text: "Chapter 4: Fractions", style: "caption", position: "bottom" }],
      audio: { normalize: true },
      fade: { inMs: 1000, outMs: 1000 },
    },
  },
  {
    text: "去掉所有停顿，剪到20秒，竖屏，开头加文字“今日穿搭”，结尾淡出，再配上背景音乐，音量小一点",
    expect: {
      cut: { ...pauses, targetDurationMs: 20000 },
      output: { aspect: "9:16" },
      texts: [{ text: "今日穿搭", startMs: 0, endMs: 3000 }],
      fade: { outMs: 1000 },
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "make it square, 20 sec max, add 'NEW: lavender candles' at the top in a fun style and 'Free shipping over $40' at the bottom for the last 4 seconds, quiet music, no fades",
    expect: {
      output: { preset: "square" },
      cut: { targetDurationMs: 20000, durationMode: "max" },
      texts: [
        { text: "NEW: lavender candles", position: "top", style: "fun", animation: "pop" },
        { text: "Free shipping over $40", position: "bottom", anchor: "end", startMs: 0, endMs: 4000 },
      ],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "keep only 0:45 to 2:30, fade in over 1.5s, fade out over 3s, add the text 'Spring Recital 2024' at the start, and make it a little louder",
    expect: {
      cut: { ranges: [{ startMs: 45000, endMs: 150000 }] },
      fade: { inMs: 1500, outMs: 3000 },
      texts: [{ text: "Spring Recital 2024", startMs: 0, endMs: 3000 }],
      audio: { volume: 1.25 },
    },
  },
  {
    text: "remove silences longer than 0.6s, cut it to one minute flat, make it 9:16 with a blurred background, add caption 'Ep. 12 — Why sleep matters' at the top, and normalise the loudness",
    expect: {
      cut: { removePauses: { minPauseMs: 600 }, targetDurationMs: 60000 },
      output: { aspect: "9:16", fit: "blur" },
      texts: [{ text: "Ep. 12 — Why sleep matters", style: "caption", position: "top" }],
      audio: { normalize: true },
    },
  },
  {
    text: "Platform: Instagram Reels\nLength: 30 seconds\nRemove pauses: aggressive\nText: “Meet the team 👋” (top, first 5s)\nFade out: 1s\nMusic: yes, low",
    expect: {
      output: { preset: "reels" },
      cut: { removePauses: { minPauseMs: 300 }, targetDurationMs: 30000 },
      texts: [{ text: "Meet the team 👋", position: "top", startMs: 0, endMs: 5000 }],
      fade: { outMs: 1000 },
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "Trim 2s off the start and 5s off the end, speed the whole thing up 2x, drop the original audio, add music, put 'Bali ☀️ Day 1' in the middle for the first 3 seconds, vertical please",
    expect: {
      cut: { trimStartMs: 2000, trimEndMs: 5000 },
      speed: 2,
      audio: { mute: true, music: {} },
      texts: [{ text: "Bali ☀️ Day 1", position: "center", startMs: 0, endMs: 3000 }],
      output: { aspect: "9:16" },
    },
  },
  {
    text: "tight cuts, no dead air. 45 secs max. text “GRWM: date night 💄” big at the top w/ pop animation, then a bit faster, tiktok format",
    expect: {
      cut: { removePauses: { minPauseMs: 300 }, targetDurationMs: 45000, durationMode: "max" },
      texts: [{ text: "GRWM: date night 💄", position: "top", style: "bold", animation: "pop" }],
      speed: 1.25,
      output: { preset: "tiktok" },
    },
  },
  {
    text: "cut out the first 10 secs and the last 5, make it 2x speed, mute, bgm loud, text 'Day 30 💪' at 0:03 for 4 seconds in the center, and export as mov",
    expect: {
      cut: { trimStartMs: 10000, trimEndMs: 5000 },
      speed: 2,
      audio: { mute: true, music: { volume: 0.8 } },
      texts: [{ text: "Day 30 💪", position: "center", startMs: 3000, endMs: 7000 }],
      output: { format: "mov" },
    },
  },
  {
    text: "帮我把视频剪到15秒以内，去掉前2秒，加速1.5倍，底部加字幕「周末特价」，导出成mp4",
    expect: {
      cut: { targetDurationMs: 15000, durationMode: "max", trimStartMs: 2000 },
      speed: 1.5,
      texts: [{ text: "周末特价", style: "caption", position: "bottom" }],
      output: { format: "mp4" },
    },
  },
  {
    text: "YouTube, 16:9, under 2 minutes, add “123 Oak Street” at the top for the first 6 seconds and “Call Dana 555-0142” at the bottom for the last 6, gentle pause removal, soft music",
    expect: {
      output: { preset: "youtube" },
      cut: { targetDurationMs: 120000, durationMode: "max", removePauses: { minPauseMs: 1000 } },
      texts: [
        { text: "123 Oak Street", position: "top", startMs: 0, endMs: 6000 },
        { text: "Call Dana 555-0142", position: "bottom", anchor: "end", startMs: 0, endMs: 6000 },
      ],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "keep 0:30 to 1:15 only, don't touch the audio, add the text 'new single out friday' at the end, square, high quality",
    expect: {
      cut: { ranges: [{ startMs: 30000, endMs: 75000 }] },
      texts: [{ text: "new single out friday", anchor: "end", startMs: 0, endMs: 3000 }],
      output: { preset: "square", quality: "high" },
    },
  },
  {
    text: "Make it shorter — about 40 seconds — add music, a title “Leo turns 5! 🎂” with a pop animation at the start, and fade out at the end",
    expect: {
      cut: { targetDurationMs: 40000 },
      audio: { music: {} },
      texts: [{ text: "Leo turns 5! 🎂", animation: "pop", startMs: 0, endMs: 3000 }],
      fade: { outMs: 1000 },
    },
  },
  {
    text: "Caption: 'Taco Tuesday $2 tacos' bottom, 9:16 pad, 15s, music 30%, no ducking",
    expect: {
      texts: [{ text: "Taco Tuesday $2 tacos", style: "caption", position: "bottom" }],
      output: { aspect: "9:16", fit: "pad" },
      cut: { targetDurationMs: 15000 },
      audio: { music: { volume: 0.3, duck: false } },
    },
  },
  {
    text: "keep the highlight from 10:05 to 10:35, add text 'insane flick' at 0:10 with fun style, speed 1.25, normalize audio, shorts",
    expect: {
      cut: { ranges: [{ startMs: 605000, endMs: 635000 }] },
      texts: [{ text: "insane flick", startMs: 10000, endMs: 13000, style: "fun", animation: "pop" }],
      speed: 1.25,
      audio: { normalize: true },
      output: { preset: "shorts" },
    },
  },
  {
    text: "Remove pauses, 加字幕 'Lesson 7 – Past Tense' 在顶部, keep it within 90 seconds",
    expect: {
      cut: { ...pauses, targetDurationMs: 90000, durationMode: "max" },
      texts: [{ text: "Lesson 7 – Past Tense", style: "caption", position: "top" }],
    },
  },
  {
    text: "hey!! can you cut the video to 20 secs, make it vertical with blur on the sides, add 'Handmade in Portland' at the bottom in clean font, and turn the music down to like 25%",
    expect: {
      cut: { targetDurationMs: 20000 },
      output: { aspect: "9:16", fit: "blur" },
      texts: [{ text: "Handmade in Portland", position: "bottom", style: "clean" }],
      audio: { music: { volume: 0.25 } },
    },
  },
  {
    text: "pls remove pauses, trim the last 2 seconds, make it 30 seconds, add text 'Q&A Part 2' at the top, fade in 0.5s, 720p, draft quality",
    expect: {
      cut: { ...pauses, trimEndMs: 2000, targetDurationMs: 30000 },
      texts: [{ text: "Q&A Part 2", position: "top" }],
      fade: { inMs: 500 },
      output: { resolution: 720, quality: "draft" },
    },
  },

  // ── lengths in many notations
  { text: "duration 00:00:20 exactly", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "twenty-five seconds please", expect: { cut: { targetDurationMs: 25000 } } },
  { text: "1m30s max", expect: { cut: { targetDurationMs: 90000, durationMode: "max" } } },
  { text: "slightly shorter pls", ctx: { sourceDurationMs: 60000 }, expect: { cut: { targetDurationMs: 54000 } } },
  { text: "knock 5 seconds off the total", ctx: { sourceDurationMs: 40000 }, expect: { cut: { targetDurationMs: 35000 } } },

  // ── trims and ranges
  { text: "get rid of the last two and a half seconds", expect: { cut: { trimEndMs: 2500 } } },
  { text: "keep the first 20 sec, ditch the rest", expect: { cut: { ranges: [{ startMs: 0, endMs: 20000 }] } } },
  {
    text: "cut it down to just the last 15 secs",
    ctx: { sourceDurationMs: 48000 },
    expect: { cut: { ranges: [{ startMs: 33000, endMs: 48000 }] } },
  },
  {
    text: "delete everything between 0:40 and 0:52",
    ctx: { sourceDurationMs: 90000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 40000 }, { startMs: 52000, endMs: 90000 }] } },
  },
  {
    text: "trim out 00:05 to 00:09",
    expect: { cut: { ranges: [{ startMs: 0, endMs: 5000 }, { startMs: 9000, endMs: DAY }] } },
  },

  // ── speed
  { text: "speeed up the whole thing", expect: { speed: 1.5 } },
  { text: "play it 5 times as fast", expect: { speed: 4 } },
  { text: "go super slow on this one 🐌", expect: { speed: 0.25 } },

  // ── frame
  { text: "convert to portrait", expect: { output: { aspect: "9:16" } } },
  { text: "4:5 with padding", expect: { output: { aspect: "4:5", fit: "pad" } } },
  { text: "make it fit in 9:16 without cutting anything off", expect: { output: { aspect: "9:16", fit: "pad" } } },
  { text: "its filmed in landscape, make it vertical for stories", expect: { output: { preset: "story" } } },

  // ── resolution, format, frame rate
  { text: "can I get a 4k export?", expect: { intent: "export" } },
  { text: "change the format to wav", expect: { output: { format: "wav" } } },
  { text: "lock it to 30 frames per second", expect: { output: { fps: 30 } } },

  // ── overlays, every quote style
  { text: "add «Bonjour Paris» at the top", expect: { texts: [{ text: "Bonjour Paris", position: "top" }] } },
  {
    text: "text `new vid every tuesday` bottom, small",
    expect: { texts: [{ text: "new vid every tuesday", position: "bottom", size: "small" }] },
  },
  { text: "title ‘Morning Routine’ with a fade animation", expect: { texts: [{ text: "Morning Routine", animation: "fade" }] } },
  {
    text: "caption that says how to fold a fitted sheet",
    expect: { texts: [{ text: "how to fold a fitted sheet", style: "caption", position: "bottom" }] },
  },
  { text: "text after 0:20 saying keep watching", expect: { texts: [{ text: "keep watching", startMs: 20000, endMs: null }] } },
  {
    text: "two captions: 'before' for the first 3s and 'after' from 0:03 to the end",
    expect: {
      texts: [
        { text: "before", style: "caption", position: "bottom", startMs: 0, endMs: 3000 },
        { text: "after", style: "caption", position: "bottom", startMs: 3000, endMs: null },
      ],
    },
  },
  {
    text: "slap a caption on it",
    ctx: { sourceName: "my_first_vlog.mp4" },
    expect: { texts: [{ text: "My First Vlog", style: "caption", position: "bottom" }] },
    notes: ["My First Vlog"],
  },
  { text: "fun text 'yay!!' but no animation", expect: { texts: [{ text: "yay!!", style: "fun", animation: "none" }] } },

  // ── music
  { text: "put backround music under it", expect: { audio: { music: {} } } },
  { text: "throw some very quiet bgm on it", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "background music pls, and no ducking under my voice", expect: { audio: { music: { duck: false } } } },

  // ── the clip's own sound
  { text: "I don't want any sound at all", expect: { audio: { mute: true } } },
  { text: "too loud, bring it down", expect: { audio: { volume: 0.6 } } },
  { text: "normalize loudness to -14 LUFS", expect: { audio: { normalize: true } } },

  // ── fades and pauses
  { text: "750 millisecond fades at the beginning and the end", expect: { fade: { inMs: 750, outMs: 750 } } },
  { text: "delete the silent parts, leave 0.2s padding", expect: { cut: { removePauses: { paddingMs: 200 } } } },

  // ── negations
  { text: "skip the music and text, only remove the silences", expect: { cut: pauses } },
  { text: "portrait mode but don't crop anything", expect: { output: { aspect: "9:16", fit: "pad" } } },
  { text: "not vertical — 16:9 landscape", expect: { output: { aspect: "16:9" } } },

  // ── vague or outside the product
  { text: "idk make it look more polished", expect: {}, unrecognized: ["polished"] },
  { text: "punch-in zoom at the 0:05 mark", expect: {}, unrecognized: ["zoom"] },
  { text: "clean up the wind noise", expect: {}, unrecognized: ["noise"] },
  { text: "put a green screen behind me", expect: {}, unrecognized: ["green screen"] },
  { text: "blur the license plate at 0:20", expect: {}, unrecognized: ["plate"] },

  // ── intents with no edit
  { text: "go ahead and export", expect: { intent: "export" } },
  { text: "do I have enough credits for another video?", expect: { intent: "credits" } },
  { text: "is the render finished??", expect: { intent: "status" } },
  { text: "need to upload a different clip first", expect: { intent: "upload" } },
  { text: "what commands do you understand?", expect: { intent: "help" } },
];
