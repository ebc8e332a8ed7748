import type { CorpusEntry } from "./corpus.js";

/**
 * Held out: written together with the main corpus, before the interpreter existed. It was not used
 * for tuning in the first round; in the second it was a development set next to corpus-dev2.ts,
 * fixed only through general rules with their own unit tests. corpus-blind.ts is now the set that
 * is only measured.
 */
export const HELD_OUT: CorpusEntry[] = [
  { text: "can you shave off the dead bits and keep it below 25 seconds", expect: { cut: { removePauses: {}, targetDurationMs: 25000, durationMode: "max" } } },
  { text: "put the words “3 ingredient cookies 🍪” up top for like the first 4 secs", expect: { texts: [{ text: "3 ingredient cookies 🍪", position: "top", startMs: 0, endMs: 4000 }] } },
  { text: "make this a youtube short, tighten it up, no music", expect: { output: { preset: "shorts" }, cut: { removePauses: {} } } },
  { text: "i want it twice as fast and in black and white", expect: { speed: 2 }, unrecognized: ["black and white"] },
  { text: "trim 1 second off the start and 2 off the end", expect: { cut: { trimStartMs: 1000, trimEndMs: 2000 } } },
  { text: "gimme a 20 second cut with music in the background but quiet", expect: { cut: { targetDurationMs: 20000 }, audio: { music: { volume: 0.2 } } } },
  { text: "convert to webm at 480p", expect: { output: { format: "webm", resolution: 480 } } },
  { text: "剪掉开头5秒，结尾也去掉2秒", expect: { cut: { trimStartMs: 5000, trimEndMs: 2000 } } },
  { text: "加个bgm，音量小一点，然后导出", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "overlay 'tag a friend who needs this' bottom of screen, last three seconds", expect: { texts: [{ text: "tag a friend who needs this", position: "bottom", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "keep only 0:12 through 0:34", expect: { cut: { ranges: [{ startMs: 12000, endMs: 34000 }] } } },
  { text: "wanna post on my ig story, make it 15s", expect: { output: { preset: "story" }, cut: { targetDurationMs: 15000 } } },
  { text: "lower the music to 25% and dont duck it", expect: { audio: { music: { volume: 0.25, duck: false } } } },
  { text: "fade from black and fade out to black", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "super slow motion", expect: { speed: 0.25 } },
  { text: "whats my credit balance", expect: { intent: "credits" } },
  { text: "make it fit instagram as a square post with white bars", expect: { output: { preset: "square", fit: "pad" } } },
  { text: "eliminate pauses > 1.5s", expect: { cut: { removePauses: { minPauseMs: 1500 } } } },
  { text: "add a caption that says 'ready in 10 minutes!'", expect: { texts: [{ text: "ready in 10 minutes!", style: "caption", position: "bottom" }] } },
  { text: "normalise the sound and boost it a bit", expect: { audio: { normalize: true, volume: 1.25 } } },
  { text: "cut it down to fourty five seconds", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "first half minute only", expect: { cut: { ranges: [{ startMs: 0, endMs: 30000 }] } } },
  { text: "no audio at all. just visuals. 9x16", expect: { audio: { mute: true }, output: { aspect: "9:16" } } },
  { text: "add a 'NEW' label in the top corner", expect: { texts: [{ text: "NEW", position: "top" }] } },
  { text: "render it as a high quality mov", expect: { intent: "export", output: { format: "mov", quality: "high" } } },
  { text: "字幕放在底部：「今天吃什么」", expect: { texts: [{ text: "今天吃什么", style: "caption", position: "bottom" }] } },
  { text: "把视频变成横屏，1080p", expect: { output: { aspect: "16:9", resolution: 1080 } } },
  { text: "add upbeat music and speed it up slightly, under 40s", expect: { audio: { music: {} }, speed: 1.25, cut: { targetDurationMs: 40000, durationMode: "max" } } },
  { text: "yo remove every silent part and give me it as a gif", expect: { cut: { removePauses: {} }, output: { format: "gif" } } },
  { text: "chop everything after 0:20", expect: { cut: { ranges: [{ startMs: 0, endMs: 20000 }] } } },
  { text: "two and a half times speed", expect: { speed: 2.5 } },
  { text: "stabilize it", expect: {}, unrecognized: ["stabilize"] },
  { text: "take out the pauses n make the words 'so crispy' pop at the top", expect: { cut: { removePauses: {} }, texts: [{ text: "so crispy", position: "top", animation: "pop" }] } },
  { text: "put 'thanks for watching' at the very end in a clean font", expect: { texts: [{ text: "thanks for watching", anchor: "end", startMs: 0, endMs: 3000, style: "clean" }] } },
];
