import type { CorpusEntry } from "./corpus.js";
import { FULL, MUSIC, PAUSES, SOURCES, TEN, TEXT, TWO_TEXTS, type FollowUpEntry } from "./corpus-followup.js";

/**
 * Probe corpus 3 (round 3): instructions and session turns written the way creators type them —
 * typos, slang, run-ons, emoji, app-generated "key: value" forms, numbered lists, numbers in words,
 * time formats (1m30s, 00:00:12, 一分半), every quote style, negations and relative follow-ups.
 * Written before the round's fixes, from PRODUCT.md §2, src/plan/schema.ts and the conventions in
 * src/plan/interpret/README.md; same format and rules as corpus.ts and corpus-followup.ts.
 *
 * Decisions taken where the README is silent, so a reader can check them:
 * - "auto", "ngl", "lowkey", "tbh", "another", "sized/formatted/ready for" carry nothing of their
 *   own: they are not unrecognized;
 * - "12ish seconds" is about 12 s (exact); "like 30 secs" is 30 s;
 * - "所有"/"all" before pauses is not a strength: the default threshold, as in English;
 * - "music: none", "no music" with no music in the plan leaves music null;
 * - a bare "720" after an export verb is 720p; "speed 1.5" / "speed: 2" is that multiplier;
 * - "volume 0.2" for music is that fraction;
 * - "the audio is too quiet" asks for louder (1.5); "the music is too loud" in a session is a
 *   quieter step;
 * - "cut 2 more seconds" / "shave off another second" in a session shorten the current length;
 * - "nvm", "ctrl z", 回退 are undo.
 *
 * Like dev2 this is a development set: its failures are read and fixed as general rules.
 */

const pauses = { removePauses: {} };
const music = { music: {} };

export const PROBE3: CorpusEntry[] = [
  // ── pauses
  { text: "pls cut all the silent parts out 🙏", expect: { cut: pauses } },
  { text: "remove the awkward silences but don't go too hard", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "kill every pause over 0.4 sec", expect: { cut: { removePauses: { minPauseMs: 400 } } } },
  { text: "cut pauses > 1s", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "remove silences longer than one and a half seconds", expect: { cut: { removePauses: { minPauseMs: 1500 } } } },
  { text: "take out the ums and uhs", expect: { cut: pauses }, notes: ["Filler words"] },
  { text: "no dead air pls, super tight", expect: { cut: { removePauses: { minPauseMs: 300 } } } },
  { text: "去掉所有的停顿", expect: { cut: pauses } },
  { text: "把停顿去掉，但别太狠", expect: { cut: { removePauses: { minPauseMs: 1000 } } } },
  { text: "remove pauses, keep 0.3s padding", expect: { cut: { removePauses: { paddingMs: 300 } } } },
  { text: "trim silences with 100ms padding", expect: { cut: { removePauses: { paddingMs: 100 } } } },
  { text: "silence removal pls", expect: { cut: pauses } },
  { text: "cut out the long gaps, the ones over 2 seconds", expect: { cut: { removePauses: { minPauseMs: 2000 } } } },
  { text: "kill teh dead air", expect: { cut: pauses } },
  { text: "auto remove silence", expect: { cut: pauses } },
  { text: "剪掉超过0.5秒的空白", expect: { cut: { removePauses: { minPauseMs: 500 } } } },
  { text: "tight edit, no pauses", expect: { cut: { removePauses: { minPauseMs: 300 } } } },
  { text: "ngl the pauses are killing me, cut them", expect: { cut: pauses } },

  // ── target length
  { text: "make it 45s long", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "shorten it to 2m", expect: { cut: { targetDurationMs: 120000 } } },
  { text: "length: 00:00:30", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "duration = 20 sec", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "keep it below 15 secs", expect: { cut: { targetDurationMs: 15000, durationMode: "max" } } },
  { text: "i need it at most 40 seconds", expect: { cut: { targetDurationMs: 40000, durationMode: "max" } } },
  { text: "max length 20s", expect: { cut: { targetDurationMs: 20000, durationMode: "max" } } },
  { text: "make it a 30-second video", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "cut it down to like 12ish seconds", expect: { cut: { targetDurationMs: 12000 } } },
  { text: "under a minute pls", expect: { cut: { targetDurationMs: 60000, durationMode: "max" } } },
  { text: "不要超过一分钟", expect: { cut: { targetDurationMs: 60000, durationMode: "max" } } },
  { text: "剪成30秒左右", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "控制在二十秒内", expect: { cut: { targetDurationMs: 20000, durationMode: "max" } } },
  { text: "剪短到15秒", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "trim down to fifteen", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "make it thirty secs or less", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "shorter than 20 seconds pls", expect: { cut: { targetDurationMs: 20000, durationMode: "max" } } },
  { text: "cut to 0:30 max", expect: { cut: { targetDurationMs: 30000, durationMode: "max" } } },
  { text: "1 minute video", expect: { cut: { targetDurationMs: 60000 } } },
  { text: "i want a 15 sec clip", expect: { cut: { targetDurationMs: 15000 } } },
  { text: "length 45", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "vid too long, cut to 20s thx", expect: { cut: { targetDurationMs: 20000 } } },
  { text: "make the vid like 30 secs tbh", expect: { cut: { targetDurationMs: 30000 } } },
  { text: "has to stay under 59 seconds", expect: { cut: { targetDurationMs: 59000, durationMode: "max" } } },
  { text: "视频时长控制在一分钟以内", expect: { cut: { targetDurationMs: 60000, durationMode: "max" } } },

  // ── numbers in words, time formats
  { text: "cut it to fourty five seconds", expect: { cut: { targetDurationMs: 45000 } } },
  { text: "make it a minute and twenty seconds", expect: { cut: { targetDurationMs: 80000 } } },
  { text: "trim to 1:05", expect: { cut: { targetDurationMs: 65000 } } },
  { text: "keep 00:00:05 to 00:00:10", expect: { cut: { ranges: [{ startMs: 5000, endMs: 10000 }] } } },
  { text: "twenty five sec max", expect: { cut: { targetDurationMs: 25000, durationMode: "max" } } },
  { text: "make it 2 and a half minutes", expect: { cut: { targetDurationMs: 150000 } } },
  { text: "cut the first one and a half seconds", expect: { cut: { trimStartMs: 1500 } } },
  { text: "十二秒", expect: { cut: { targetDurationMs: 12000 } } },
  { text: "剪到一分二十秒", expect: { cut: { targetDurationMs: 80000 } } },
  { text: "make it 90sec", expect: { cut: { targetDurationMs: 90000 } } },
  { text: "8 secs long", expect: { cut: { targetDurationMs: 8000 } } },
  { text: "3min max", expect: { cut: { targetDurationMs: 180000, durationMode: "max" } } },
  { text: "make it 1m15s", expect: { cut: { targetDurationMs: 75000 } } },

  // ── trims and kept ranges
  { text: "cut off the first 4 seconds", expect: { cut: { trimStartMs: 4000 } } },
  { text: "chop the last two secs", expect: { cut: { trimEndMs: 2000 } } },
  { text: "remove first 3s and last 3s", expect: { cut: { trimStartMs: 3000, trimEndMs: 3000 } } },
  { text: "trim 1.5 seconds from the end", expect: { cut: { trimEndMs: 1500 } } },
  { text: "delete everything after 0:45", expect: { cut: { ranges: [{ startMs: 0, endMs: 45000 }] } } },
  { text: "start the video at 3 sec", expect: { cut: { trimStartMs: 3000 } } },
  { text: "keep only 0:12-0:27", expect: { cut: { ranges: [{ startMs: 12000, endMs: 27000 }] } } },
  { text: "use the part from 5s to 15s", expect: { cut: { ranges: [{ startMs: 5000, endMs: 15000 }] } } },
  {
    text: "cut out 10s to 20s",
    ctx: { sourceDurationMs: 30000 },
    expect: { cut: { ranges: [{ startMs: 0, endMs: 10000 }, { startMs: 20000, endMs: 30000 }] } },
  },
  { text: "only keep the last 10 secs", ctx: { sourceDurationMs: 40000 }, expect: { cut: { ranges: [{ startMs: 30000, endMs: 40000 }] } } },
  { text: "get rid of the first second", expect: { cut: { trimStartMs: 1000 } } },
  { text: "skip the intro, it's the first 6 seconds", expect: { cut: { trimStartMs: 6000 } } },
  { text: "去掉开头5秒和结尾3秒", expect: { cut: { trimStartMs: 5000, trimEndMs: 3000 } } },
  { text: "只保留10秒到20秒", expect: { cut: { ranges: [{ startMs: 10000, endMs: 20000 }] } } },
  { text: "从5秒开始", expect: { cut: { trimStartMs: 5000 } } },
  { text: "00:05 - 00:15 only", expect: { cut: { ranges: [{ startMs: 5000, endMs: 15000 }] } } },
  { text: "trim off 2 secs at the start", expect: { cut: { trimStartMs: 2000 } } },
  { text: "lose the first 00:03", expect: { cut: { trimStartMs: 3000 } } },

  // ── speed
  { text: "speed it up by 20%", expect: { speed: 1.2 } },
  { text: "1.25x pls", expect: { speed: 1.25 } },
  { text: "play it at 0.75x", expect: { speed: 0.75 } },
  { text: "run it at double speed", expect: { speed: 2 } },
  { text: "make it go faster", expect: { speed: 1.5 } },
  { text: "a little slower", expect: { speed: 0.75 } },
  { text: "super slow-mo", expect: { speed: 0.25 } },
  { text: "x2 speed", expect: { speed: 2 } },
  { text: "两倍速播放", expect: { speed: 2 } },
  { text: "速度加快一点", expect: { speed: 1.25 } },
  { text: "放慢到0.5倍", expect: { speed: 0.5 } },
  { text: "play it at half the speed", expect: { speed: 0.5 } },
  { text: "speed 1.5", expect: { speed: 1.5 } },
  { text: "speed: 2", expect: { speed: 2 } },
  { text: "it's too slow, speed it up", expect: { speed: 1.5 } },
  { text: "timelapse it", expect: { speed: 4 } },
  { text: "lowkey make it faster", expect: { speed: 1.5 } },
  { text: "2x speed plz 🙏🙏", expect: { speed: 2 } },

  // ── text overlays
  { text: 'add text "POV: u forgot ur keys" at the top', expect: { texts: [{ text: "POV: u forgot ur keys", position: "top" }] } },
  { text: "put ‘day 1/75’ top left", expect: { texts: [{ text: "day 1/75", position: "top" }] } },
  { text: "caption: i tried the viral pasta", expect: { texts: [{ text: "i tried the viral pasta", style: "caption", position: "bottom" }] } },
  { text: "text overlay - 'new recipe!!' - bottom", expect: { texts: [{ text: "new recipe!!", position: "bottom" }] } },
  {
    text: "add the words 'link in bio' at the end for 4s",
    expect: { texts: [{ text: "link in bio", anchor: "end", startMs: 0, endMs: 4000 }] },
  },
  { text: "add text 'GIVEAWAY' from 0:02 till 0:07", expect: { texts: [{ text: "GIVEAWAY", startMs: 2000, endMs: 7000 }] } },
  { text: "add 'wait for it...' in the first 2 seconds", expect: { texts: [{ text: "wait for it...", startMs: 0, endMs: 2000 }] } },
  { text: "write 'hello world' in the center with a fade", expect: { texts: [{ text: "hello world", animation: "fade" }] } },
  { text: "put a title 'Vlog #12' with pop animation", expect: { texts: [{ text: "Vlog #12", animation: "pop" }] } },
  { text: "add a big title saying best tacos in LA", expect: { texts: [{ text: "best tacos in LA", style: "bold" }] } },
  { text: '"LINK IN BIO" at the bottom', expect: { texts: [{ text: "LINK IN BIO", position: "bottom" }] } },
  { text: "small text at the bottom: 'filmed on iphone'", expect: { texts: [{ text: "filmed on iphone", position: "bottom", size: "small" }] } },
  { text: "add subtitle 'hola amigos'", expect: { texts: [{ text: "hola amigos", style: "caption", position: "bottom" }] } },
  { text: "加个字幕“今天吃火锅”", expect: { texts: [{ text: "今天吃火锅", style: "caption", position: "bottom" }] } },
  { text: "在开头加上标题『我的一天』", expect: { texts: [{ text: "我的一天", startMs: 0, endMs: 3000 }] } },
  { text: "结尾加文字「关注我」持续2秒", expect: { texts: [{ text: "关注我", anchor: "end", startMs: 0, endMs: 2000 }] } },
  { text: "文字“限时优惠”放在顶部，用粗体", expect: { texts: [{ text: "限时优惠", position: "top", style: "bold" }] } },
  { text: "add text 'part 2' at 5 seconds", expect: { texts: [{ text: "part 2", startMs: 5000, endMs: 8000 }] } },
  { text: "text: 'Top 5 gadgets' (top, 0-3s)", expect: { texts: [{ text: "Top 5 gadgets", position: "top", startMs: 0, endMs: 3000 }] } },
  { text: "overlay 'SOLD OUT' in a cute font", expect: { texts: [{ text: "SOLD OUT", style: "fun", animation: "pop" }] } },
  { text: "add 'ok wait' at 0:03", expect: { texts: [{ text: "ok wait", startMs: 3000, endMs: 6000 }] } },
  { text: "put 'Follow 4 more' on screen the whole time", expect: { texts: [{ text: "Follow 4 more" }] } },
  {
    text: "add two texts: 'before' at the start and 'after' at the end",
    expect: {
      texts: [
        { text: "before", startMs: 0, endMs: 3000 },
        { text: "after", anchor: "end", startMs: 0, endMs: 3000 },
      ],
    },
  },
  { text: "add “Recipe 👇” for the last 3 seconds", expect: { texts: [{ text: "Recipe 👇", anchor: "end", startMs: 0, endMs: 3000 }] } },
  { text: "add text 'Hi' and make it bigger", expect: { texts: [{ text: "Hi", size: "large" }] } },
  { text: "add a caption at the top 'omg'", expect: { texts: [{ text: "omg", style: "caption", position: "top" }] } },
  { text: "title card at the beginning: 'Chapter 1'", expect: { texts: [{ text: "Chapter 1", startMs: 0, endMs: 3000 }] } },
  {
    text: "put some text on it",
    ctx: { sourceName: "my_dog_luna.mp4" },
    expect: { texts: [{ text: "My Dog Luna" }] },
    notes: ["My Dog Luna"],
  },
  { text: "add 'sale ends friday' in small letters", expect: { texts: [{ text: "sale ends friday", size: "small" }] } },
  { text: "slap a 'NEW' label on it top right", expect: { texts: [{ text: "NEW", position: "top" }] } },
  { text: 'add text "10/10 would eat again" bottom, fun style', expect: { texts: [{ text: "10/10 would eat again", position: "bottom", style: "fun", animation: "pop" }] } },
  { text: "text ‘chill sunday’ in the middle, clean font, fades in", expect: { texts: [{ text: "chill sunday", style: "clean", animation: "fade" }] } },
  { text: "add txt 'omg 😱' top pls", expect: { texts: [{ text: "omg 😱", position: "top" }] } },
  { text: "add 'tutorial' in caption style", expect: { texts: [{ text: "tutorial", style: "caption", position: "bottom" }] } },

  // ── music
  { text: "throw some music on it", expect: { audio: music } },
  { text: "add chill background music", expect: { audio: music }, notes: ["chill"] },
  { text: "add music at 30% volume", expect: { audio: { music: { volume: 0.3 } } } },
  { text: "bgm 25%", expect: { audio: { music: { volume: 0.25 } } } },
  { text: "add music, volume 0.2", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "music: yes", expect: { audio: music } },
  { text: "music: none", expect: {} },
  { text: "add the track i uploaded and fade it out at the end", expect: { audio: { music: { fadeOutMs: 1000 } } } },
  { text: "add music but turn it down when i talk", expect: { audio: music } },
  { text: "add music that doesn't duck", expect: { audio: { music: { duck: false } } } },
  { text: "add some music and keep it at the same level the whole time", expect: { audio: { music: { duck: false } } } },
  { text: "music fade out 3s", expect: { audio: { music: { fadeOutMs: 3000 } } } },
  { text: "add backgroud music very quietly", expect: { audio: { music: { volume: 0.1 } } } },
  { text: "加一首轻快的背景音乐", expect: { audio: music }, notes: ["轻快"] },
  { text: "背景音乐音量调到20%", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "配乐声音小一点", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "no music pls", expect: {} },
  { text: "add music, not too loud", expect: { audio: { music: { volume: 0.2 } } } },
  { text: "add 'summer_vibes.mp3' as background music", expect: { audio: { music: { source: "summer_vibes.mp3" } } } },
  { text: "use the song 'Golden Hour'", expect: { audio: music }, notes: ["Golden Hour"] },
  { text: "lower the music to 15%", expect: { audio: { music: { volume: 0.15 } } } },
  { text: "add music and don't duck it under my voice", expect: { audio: { music: { duck: false } } } },

  // ── the clip's own sound
  { text: "turn up the volume", expect: { audio: { volume: 1.5 } } },
  { text: "make the audio a little louder", expect: { audio: { volume: 1.25 } } },
  { text: "volume to 80%", expect: { audio: { volume: 0.8 } } },
  { text: "mute the og sound + add bgm", expect: { audio: { mute: true, music: {} } } },
  { text: "no original sound, just music", expect: { audio: { mute: true, music: {} } } },
  { text: "the audio is too quiet", expect: { audio: { volume: 1.5 } } },
  { text: "normalise the sound levels", expect: { audio: { normalize: true } } },
  { text: "声音调小一点", expect: { audio: { volume: 0.8 } } },
  { text: "make the voice louder", expect: { audio: { volume: 1.5 } } },
  { text: "kill the sound", expect: { audio: { mute: true } } },
  { text: "audio: muted", expect: { audio: { mute: true } } },

  // ── fades
  { text: "fade in at the start", expect: { fade: { inMs: 1000 } } },
  { text: "fade out 1.5 sec", expect: { fade: { outMs: 1500 } } },
  { text: "quick fade in 0.5s", expect: { fade: { inMs: 500 } } },
  { text: "fade in/out", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "fade in and out 2 seconds each", expect: { fade: { inMs: 2000, outMs: 2000 } } },
  { text: "fade in, fade out, 0.8s each", expect: { fade: { inMs: 800, outMs: 800 } } },
  { text: "add fades", expect: { fade: { inMs: 1000, outMs: 1000 } } },
  { text: "开头淡入2秒", expect: { fade: { inMs: 2000 } } },
  { text: "fade to black", expect: { fade: { outMs: 1000 } } },
  { text: "slow fade out at the end", expect: { fade: { outMs: 1000 } } },

  // ── frame, file, quality
  { text: "make it tiktok ready", expect: { output: { preset: "tiktok" } } },
  { text: "format for ig reels", expect: { output: { preset: "reels" } } },
  { text: "for yt", expect: { output: { preset: "youtube" } } },
  { text: "convert to 9x16", expect: { output: { aspect: "9:16" } } },
  { text: "landscape mode pls", expect: { output: { aspect: "16:9" } } },
  { text: "portrait w/ blur bg", expect: { output: { aspect: "9:16", fit: "blur" } } },
  { text: "fit it in a square frame with black bars", expect: { output: { preset: "square", fit: "pad" } } },
  { text: "4:5 no crop", expect: { output: { aspect: "4:5", fit: "pad" } } },
  { text: "vertical, fill the screen", expect: { output: { aspect: "9:16", fit: "crop" } } },
  { text: "竖屏9:16", expect: { output: { aspect: "9:16" } } },
  { text: "做成抖音的尺寸", expect: { output: { preset: "tiktok" } } },
  { text: "widescreen 1080p", expect: { output: { aspect: "16:9", resolution: 1080 } } },
  { text: "export at 720", expect: { intent: "export", output: { resolution: 720 } } },
  { text: "make it 30fps", expect: { output: { fps: 30 } } },
  { text: "mov file please", expect: { output: { format: "mov" } } },
  { text: "gif pls", expect: { output: { format: "gif" } } },
  { text: "low quality is fine, just a preview", expect: { output: { quality: "draft" } } },
  { text: "full hd", expect: { output: { resolution: 1080 } } },
  { text: "480p draft", expect: { output: { resolution: 480, quality: "draft" } } },
  { text: "as a jpeg thumbnail", expect: { output: { format: "jpg" } } },
  { text: "audio only, m4a", expect: { output: { format: "m4a" } } },
  { text: "resize for instagram stories", expect: { output: { preset: "story" } } },

  // ── intents
  { text: "is it done yet?", expect: { intent: "status" } },
  { text: "how long till it's ready", expect: { intent: "status" } },
  { text: "how many credits left?", expect: { intent: "credits" } },
  { text: "check my balance pls", expect: { intent: "credits" } },
  { text: "还剩多少积分", expect: { intent: "credits" } },
  { text: "导出吧", expect: { intent: "export" } },
  { text: "download it", expect: { intent: "export" } },
  { text: "render it out in 1080p", expect: { intent: "export", output: { resolution: 1080 } } },
  { text: "i'll upload the clip now", expect: { intent: "upload" } },
  { text: "what commands are there", expect: { intent: "help" } },
  { text: "怎么用这个", expect: { intent: "help" } },
  { text: "ok export now thx", expect: { intent: "export" } },
  { text: "好了没", expect: { intent: "status" } },
  { text: "any updates?", expect: { intent: "status" } },

  // ── negations
  { text: "don't add any text, just music", expect: { audio: music } },
  { text: "no music, no text, just trim the pauses", expect: { cut: pauses } },
  { text: "don't cut anything, just add music", expect: { audio: music } },
  { text: "don't make it vertical, keep it landscape", expect: { output: { aspect: "16:9" } } },
  { text: "no fade in, just a fade out", expect: { fade: { outMs: 1000 } } },
  { text: "don't mute it", expect: {} },
  { text: "不要文字，加音乐", expect: { audio: music } },
  { text: "without the music this time, but mute the original audio", expect: { audio: { mute: true } } },
  { text: "i don't need captions", expect: {} },
  { text: "i don't want text or music, just make it 10s", expect: { cut: { targetDurationMs: 10000 } } },

  // ── app-generated forms, lists and run-ons
  {
    text: 'Platform: TikTok\nLength: 30s\nText: "Day 4" (top)\nMusic: yes',
    expect: { output: { preset: "tiktok" }, cut: { targetDurationMs: 30000 }, texts: [{ text: "Day 4", position: "top" }], audio: music },
  },
  { text: "preset=reels; duration=15s; music=quiet", expect: { output: { preset: "reels" }, cut: { targetDurationMs: 15000 }, audio: { music: { volume: 0.2 } } } },
  {
    text: "cut pauses + 2x + text 'speedrun any%' + gif",
    expect: { cut: pauses, speed: 2, texts: [{ text: "speedrun any%" }], output: { format: "gif" } },
  },
  {
    text: "ok so i want it vertical and like 20 secs and put 'wait for it' at the beginning and some quiet music under my voice thx",
    expect: {
      output: { aspect: "9:16" },
      cut: { targetDurationMs: 20000 },
      texts: [{ text: "wait for it", startMs: 0, endMs: 3000 }],
      audio: { music: { volume: 0.2 } },
    },
  },
  {
    text: "remove the pauses then speed it up a bit then add text 'so easy' at the bottom then export as mp4",
    expect: { cut: pauses, speed: 1.25, texts: [{ text: "so easy", position: "bottom" }], output: { format: "mp4" } },
  },
  {
    text: "trim silences, 15s max, vertical, add 'Part 1' top + fade out at the end",
    expect: {
      cut: { ...pauses, targetDurationMs: 15000, durationMode: "max" },
      output: { aspect: "9:16" },
      texts: [{ text: "Part 1", position: "top" }],
      fade: { outMs: 1000 },
    },
  },
  {
    text: "剪掉停顿，两倍速，加标题“开箱”，竖屏，导出1080p",
    expect: { cut: pauses, speed: 2, texts: [{ text: "开箱" }], output: { aspect: "9:16", resolution: 1080 } },
  },
  { text: "先去掉停顿，再剪到30秒，最后加背景音乐", expect: { cut: { ...pauses, targetDurationMs: 30000 }, audio: music } },
  {
    text: "把视频变成横屏然后加上字幕“谢谢观看”在结尾",
    expect: { output: { aspect: "16:9" }, texts: [{ text: "谢谢观看", style: "caption", position: "bottom", anchor: "end", startMs: 0, endMs: 3000 }] },
  },
  { text: "make it 9:16 & add music @ 20%", expect: { output: { aspect: "9:16" }, audio: { music: { volume: 0.2 } } } },
  {
    text: "TikTok | 30s | no music | text: 'POV'",
    expect: { output: { preset: "tiktok" }, cut: { targetDurationMs: 30000 }, texts: [{ text: "POV" }] },
  },
  {
    text: "remove pauses. add title. square.",
    ctx: { sourceName: "cat_video.mp4" },
    expect: { cut: pauses, texts: [{ text: "Cat Video" }], output: { preset: "square" } },
  },
  {
    text: "1) cut the first 3 sec 2) add music 3) export as gif",
    expect: { cut: { trimStartMs: 3000 }, audio: music, output: { format: "gif" } },
  },
  {
    text: "- remove pauses\n- make it 20s\n- add text 'hi'",
    expect: { cut: { ...pauses, targetDurationMs: 20000 }, texts: [{ text: "hi" }] },
  },
  { text: "yo can u make this like 10 sec and add some beats", expect: { cut: { targetDurationMs: 10000 }, audio: music } },
  {
    text: "trim the dead air and make it 45 secs for yt shorts w/ captions at the bottom saying 'watch till the end'",
    expect: {
      cut: { ...pauses, targetDurationMs: 45000 },
      output: { preset: "shorts" },
      texts: [{ text: "watch till the end", style: "caption", position: "bottom" }],
    },
  },
  {
    text: "Edit: remove silence / Format: 9:16 / Music: low / Speed: 1.5x",
    expect: { cut: pauses, output: { aspect: "9:16" }, audio: { music: { volume: 0.2 } }, speed: 1.5 },
  },
  {
    text: "cut to 30s n add text “3 ingredient cookies 🍪” on top n quiet bgm n make it square",
    expect: {
      cut: { targetDurationMs: 30000 },
      texts: [{ text: "3 ingredient cookies 🍪", position: "top" }],
      audio: { music: { volume: 0.2 } },
      output: { preset: "square" },
    },
  },
  {
    text: "去掉前3秒 加背景音乐 音量小一点 做成竖屏",
    expect: { cut: { trimStartMs: 3000 }, audio: { music: { volume: 0.2 } }, output: { aspect: "9:16" } },
  },
  { text: "make it 🔥 and 15s", expect: { cut: { targetDurationMs: 15000 } } },

  // ── outside the product
  { text: "add a zoom effect at 0:05", expect: {}, unrecognized: ["zoom"] },
  { text: "color correct it and cut to 10s", expect: { cut: { targetDurationMs: 10000 } }, unrecognized: ["color"] },
  { text: "add some stickers and a filter", expect: {}, unrecognized: ["filter"] },
  { text: "加个转场特效", expect: {}, unrecognized: ["转场"] },
];

export const PROBE3_FOLLOW_UPS: FollowUpEntry[] = [
  // ── length
  { text: "3 secs shorter", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 7000 } } } },
  { text: "make it a little shorter", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 9000 } } } },
  { text: "way shorter", current: { cut: { targetDurationMs: 20_000 } }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 10_000 } } } },
  { text: "cut 2 more seconds", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },
  { text: "shave off another second", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 9000 } } } },
  { text: "make it half as long", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 5000 } } } },
  { text: "double the length", current: TEN, ctx: { sourceDurationMs: 30_000 }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 20_000 } } } },
  { text: "extend it by 5 seconds", current: TEN, ctx: { sourceDurationMs: 30_000 }, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  { text: "a tad longer", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 11_000 } } } },
  { text: "再短一点", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 9000 } } } },
  { text: "再缩短3秒", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 7000 } } } },
  { text: "长一点", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 11_000 } } } },
  { text: "full length again", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: null } } } },
  { text: "no time limit", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: null } } } },
  { text: "make it 15", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 15_000 } } } },
  { text: "its too long, 2 sec shorter pls", current: TEN, expect: { kind: "edit", plan: { cut: { targetDurationMs: 8000 } } } },

  // ── speed
  { text: "even faster", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 2.25 } } },
  { text: "too fast", current: { speed: 2 }, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "slow it down a bit more", current: { speed: 2 }, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "back to normal speed", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 1 } } },
  { text: "再快一点", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 1.875 } } },
  { text: "慢一点", current: { speed: 2 }, expect: { kind: "edit", plan: { speed: 1.5 } } },
  { text: "20% faster", current: { speed: 1.5 }, expect: { kind: "edit", plan: { speed: 1.8 } } },

  // ── volumes
  { text: "music louder", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.6 } } } } },
  { text: "the music is too loud", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.24 } } } } },
  { text: "the music is too quiet", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.6 } } } } },
  { text: "music a bit louder", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.5 } } } } },
  { text: "turn my voice up", expect: { kind: "edit", plan: { audio: { volume: 1.5 } } } },
  { text: "a bit quieter", expect: { kind: "edit", plan: { audio: { volume: 0.8 } } } },
  { text: "背景音乐大声一点", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.5 } } } } },
  { text: "music to 50%", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.5 } } } } },

  // ── overlays
  {
    text: "move it to the top",
    current: { texts: [{ text: "Hi", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "Hi", position: "top" }] } },
  },
  {
    text: "make the caption smaller",
    current: { texts: [{ text: "so good", style: "caption", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "so good", style: "caption", position: "bottom", size: "small" }] } },
  },
  { text: "change the title to 'Day 5'", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Day 5", position: "top" }] } } },
  { text: "delete the first text", current: TWO_TEXTS, expect: { kind: "edit", plan: { texts: [{ text: "Step 2", startMs: 3000, endMs: 6000 }] } } },
  {
    text: "bottom text bigger",
    current: { texts: [{ text: "A", position: "top" }, { text: "B", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "A", position: "top" }, { text: "B", position: "bottom", size: "large" }] } },
  },
  {
    text: "make all the text fun",
    current: TWO_TEXTS,
    expect: {
      kind: "edit",
      plan: {
        texts: [
          { text: "Step 1", startMs: 0, endMs: 3000, style: "fun", animation: "pop" },
          { text: "Step 2", startMs: 3000, endMs: 6000, style: "fun", animation: "pop" },
        ],
      },
    },
  },
  {
    text: "put 'Hi' at the bottom",
    current: { texts: [{ text: "Hi", position: "top" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "Hi", position: "bottom" }] } },
  },
  {
    text: "字幕放到上面",
    current: { texts: [{ text: "好吃", style: "caption", position: "bottom" }] },
    expect: { kind: "edit", plan: { texts: [{ text: "好吃", style: "caption", position: "top" }] } },
  },
  { text: "标题改成「第二天」", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "第二天", position: "top" }] } } },
  { text: "the text should fade in", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", animation: "fade" }] } } },
  {
    text: "add another text 'Part 2' at the end",
    current: TEXT,
    expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top" }, { text: "Part 2", anchor: "end", startMs: 0, endMs: 3000 }] } },
  },
  { text: "show the text for the first 2 seconds", current: TEXT, expect: { kind: "edit", plan: { texts: [{ text: "Banana Bread", position: "top", startMs: 0, endMs: 2000 }] } } },

  // ── music, sound, pauses, frame, fades
  { text: "swap the music for 'beat2.mp3'", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.4, source: "beat2.mp3" } } } } },
  { text: "stop ducking the music", current: MUSIC, expect: { kind: "edit", plan: { audio: { music: { volume: 0.4, duck: false } } } } },
  { text: "bring the sound back", current: { audio: { mute: true } }, expect: { kind: "edit", plan: { audio: { mute: false } } } },
  { text: "kill the music", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  { text: "关掉音乐", current: FULL, expect: { kind: "edit", plan: { audio: { music: null } } } },
  {
    text: "less aggressive on the pauses",
    current: { cut: { removePauses: { minPauseMs: 300 } } },
    expect: { kind: "edit", plan: { cut: { removePauses: { minPauseMs: 1000 } } } },
  },
  { text: "don't cut the pauses after all", current: PAUSES, expect: { kind: "edit", plan: { cut: { removePauses: null } } } },
  { text: "make it landscape", current: { output: { preset: "tiktok" } }, expect: { kind: "edit", plan: { output: { preset: null, aspect: "16:9" } } } },
  { text: "actually for reels", current: { output: { preset: "youtube" } }, expect: { kind: "edit", plan: { output: { preset: "reels" } } } },
  { text: "no black bars", current: { output: { aspect: "9:16", fit: "pad" } }, expect: { kind: "edit", plan: { output: { fit: "crop" } } } },
  { text: "remove the fade in", current: { fade: { inMs: 1000, outMs: 1000 } }, expect: { kind: "edit", plan: { fade: { inMs: 0 } } } },
  { text: "淡出改成2秒", current: { fade: { outMs: 1000 } }, expect: { kind: "edit", plan: { fade: { outMs: 2000 } } } },

  // ── undo, redo, intents
  { text: "undo the last change", current: FULL, expect: { kind: "undo" } },
  { text: "revert that pls", expect: { kind: "undo" } },
  { text: "nvm go back", expect: { kind: "undo" } },
  { text: "ctrl z", expect: { kind: "undo" } },
  { text: "回退", expect: { kind: "undo" } },
  { text: "撤回上一步", expect: { kind: "undo" } },
  { text: "redo that", expect: { kind: "redo" } },
  { text: "redo the last change", expect: { kind: "redo" } },
  { text: "ok looks good, export it", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "可以导出了", current: FULL, expect: { kind: "intent", intent: "export" } },
  { text: "how much credit is left", expect: { kind: "intent", intent: "credits" } },

  // ── which clip
  { text: "make clip 3 slower", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 0.75 }, target: ["s3"] } },
  { text: "the intro clip should be 5 seconds", ctx: SOURCES, expect: { kind: "edit", plan: { cut: { targetDurationMs: 5000 } }, target: ["s1"] } },
  { text: "second and third video: add music", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { music: {} } }, target: ["s2", "s3"] } },
  {
    text: "给第一个视频加字幕“开始”",
    ctx: SOURCES,
    expect: { kind: "edit", plan: { texts: [{ text: "开始", style: "caption", position: "bottom" }] }, target: ["s1"] },
  },
  { text: "mute all of them", ctx: SOURCES, expect: { kind: "edit", plan: { audio: { mute: true } }, target: null } },
  { text: "outro.mov: 2x speed", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 2 }, target: ["s3"] } },
  { text: "speed up the last video", ctx: SOURCES, expect: { kind: "edit", plan: { speed: 1.5 }, target: ["s3"] } },
  { text: "make video 5 square", ctx: SOURCES, expect: { kind: "edit", plan: {} }, notes: ["5"] },
];
