import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

const audio = (text: string) => interpret(text).audio;

describe("music", () => {
  it("adds the default bed and says where the music comes from", () => {
    const plan = interpret("add some music");
    expect(plan.audio.music).toEqual({ source: null, volume: 0.35, duck: true, fadeOutMs: 1000 });
    expect(plan.notes.join(" ")).toMatch(/music/i);
  });

  it.each([
    ["music at 15%", 0.15],
    ["music 40 percent", 0.4],
    ["quiet music", 0.2],
    ["very soft background music", 0.1],
    ["loud music", 0.8],
    ["背景音乐大声一点", 0.8],
  ])("reads the music volume in %s", (text, volume) => {
    expect(audio(text).music?.volume).toBe(volume);
  });

  it("ducks under speech unless told not to", () => {
    expect(audio("music under my voice").music?.duck).toBe(true);
    expect(audio("add music, don't duck it").music?.duck).toBe(false);
  });

  it("uses a named music file", () => {
    expect(audio(`add music "beat.mp3"`).music?.source).toBe("beat.mp3");
  });

  it("reads the music fade-out", () => {
    expect(audio("add music and fade the music out over 2 seconds").music?.fadeOutMs).toBe(2000);
  });

  it("adds no music when told not to", () => {
    for (const t of ["no music", "don't add any music", "without background music", "不要背景音乐"]) {
      expect(audio(t).music).toBeNull();
    }
  });
});

describe("ducking said as lowering the music while someone speaks", () => {
  it.each(["add music but turn it down when i talk", "add music and lower it while i'm speaking", "add music, duck it when someone talks", "add bgm that goes quieter when i speak"])(
    "reads %s as ducked music at the default level",
    (text) => {
      const plan = interpret(text);
      expect(plan.audio.music).toMatchObject({ duck: true, volume: 0.35 });
      expect(plan.audio.volume).toBe(1);
      expect(plan.unrecognized).toEqual([]);
    },
  );

  it("reads a refused lowering as no ducking", () => {
    expect(interpret("add music and don't lower it when i speak")).toMatchObject({ audio: { music: { duck: false, volume: 0.35 } }, unrecognized: [] });
    expect(interpret("add music and don't duck it under my voice").audio.music?.duck).toBe(false);
  });
});

describe("levels: round 3 phrasings", () => {
  it("reads a music level given as a fraction ('volume 0.2'); larger numbers are percent", () => {
    expect(interpret("add music, volume 0.2")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
    expect(interpret("add music at volume 30").audio.music?.volume).toBe(0.3);
  });

  it("reads 'too loud' / 'too quiet' as a step the other way", () => {
    expect(interpret("the audio is too quiet")).toMatchObject({ audio: { volume: 1.5 }, unrecognized: [] });
    expect(interpret("声音太大了").audio.volume).toBe(0.6);
    expect(interpret("the music is too loud")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
  });

  it("reads 'not loud' as quiet music and 'by a lot' as the large step", () => {
    expect(interpret("background music pls, not loud").audio.music?.volume).toBe(0.2);
    expect(interpret("lower the volume by a lot")).toMatchObject({ audio: { volume: 0.4 }, unrecognized: [] });
  });

  it("notes Chinese music moods and claims 配上", () => {
    const plan = interpret("配上轻松的背景音乐");
    expect(plan).toMatchObject({ audio: { music: { volume: 0.35 } }, unrecognized: [] });
    expect(plan.notes.join(" ")).toMatch(/轻松/);
  });

  it("reads 'lower/raise my voice' as the clip's level", () => {
    expect(interpret("lower my voice")).toMatchObject({ audio: { volume: 0.6 }, unrecognized: [] });
    expect(interpret("raise the vocals").audio.volume).toBe(1.5);
  });

  it("reads 'turn my voice up/down' as the clip's level", () => {
    expect(interpret("turn my voice up")).toMatchObject({ audio: { volume: 1.5 }, unrecognized: [] });
    expect(interpret("bring the dialogue down").audio.volume).toBe(0.6);
  });

  it("reads 'very quietly' as very quiet, and the sound of a music level (配乐声音小一点) as the music's", () => {
    expect(interpret("add backgroud music very quietly").audio.music?.volume).toBe(0.1);
    expect(interpret("配乐声音小一点")).toMatchObject({ audio: { music: { volume: 0.2 }, volume: 1 }, unrecognized: [] });
  });

  it("reads a form field answered with a refusal as no music / no text", () => {
    expect(interpret("music: none")).toMatchObject({ audio: { music: null }, unrecognized: [] });
    expect(interpret("music: no, text: none, length: 20s")).toMatchObject({ audio: { music: null }, texts: [], cut: { targetDurationMs: 20000 }, unrecognized: [] });
    expect(interpret("captions: off")).toMatchObject({ texts: [], unrecognized: [] });
    expect(interpret("Music: yes").audio.music).not.toBeNull();
  });

  it("reads 关闭原声 and other Chinese ways to turn the sound off as mute", () => {
    for (const text of ["关闭原声", "去掉视频的原声", "不要原音"]) expect(interpret(text), text).toMatchObject({ audio: { mute: true }, unrecognized: [] });
  });

  it("reads a fade after 开头加 as the fade in", () => {
    expect(interpret("开头加3秒淡入")).toMatchObject({ fade: { inMs: 3000 }, unrecognized: [] });
  });

  it("lets a clause that is only a step refine the clip's level just set (声音太小了，调大一点)", () => {
    expect(interpret("视频声音太小了，调大一点")).toMatchObject({ audio: { volume: 1.25 }, unrecognized: [] });
    expect(interpret("the audio is too quiet, a bit louder").audio.volume).toBe(1.25);
    expect(interpret("make it louder, much louder").audio.volume).toBe(2);
  });

  it("reads why the music is quiet ('so you can hear me talk') as part of the level", () => {
    expect(interpret("add music but keep it quiet so you can hear me talk")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
  });

  it("reads 轻音乐 as a kind of music, not a level, and 作为背景 as where it plays", () => {
    expect(interpret("加一段轻音乐作为背景")).toMatchObject({ audio: { music: { volume: 0.35 } }, unrecognized: [] });
  });

  it("reads 'mute original' (no noun) as mute", () => {
    expect(interpret("mute original, add bgm at 40%")).toMatchObject({ audio: { mute: true, music: { volume: 0.4 } }, unrecognized: [] });
  });

  it("reads 'mute the clip's audio' as mute", () => {
    expect(interpret("please mute the clip's audio")).toMatchObject({ audio: { mute: true }, unrecognized: [] });
  });

  it("reads 'og' as original", () => {
    expect(interpret("mute the og sound + add bgm")).toMatchObject({ audio: { mute: true, music: { volume: 0.35 } }, unrecognized: [] });
  });
});

describe("the clip's own sound", () => {
  it.each(["mute it", "no sound", "remove the original audio", "静音", "make it silent"])("mutes for %s", (text) => {
    expect(audio(text).mute).toBe(true);
  });

  it("mutes the clip and still adds music when asked for both", () => {
    expect(audio("mute the audio and add music")).toMatchObject({ mute: true, music: { volume: 0.35 } });
  });

  it("does not mute for silence removal", () => {
    expect(audio("remove the silent parts").mute).toBe(false);
  });

  it("normalizes loudness", () => {
    for (const t of ["normalize the audio", "normalise sound", "level out the volume", "统一音量"]) {
      expect(audio(t).normalize).toBe(true);
    }
  });

  it.each([
    ["make it louder", 1.5],
    ["a bit louder", 1.25],
    ["much louder", 2],
    ["make it quieter", 0.6],
    ["volume 120%", 1.2],
  ])("reads the source volume in %s", (text, volume) => {
    expect(audio(text).volume).toBe(volume);
  });
});

describe("music and clip levels in context", () => {
  it("reads a clause that only gives a level right after a music request as the music's level", () => {
    expect(audio("add bgm but keep it quiet").music?.volume).toBe(0.2);
    expect(audio("add music, very quiet, under my voice").music).toMatchObject({ volume: 0.1, duck: true });
    const zh = audio("加个bgm，音量小一点，然后导出");
    expect(zh.music?.volume).toBe(0.2);
    expect(zh.volume).toBe(1);
  });

  it("reads a level with nothing before it as the clip's", () => {
    expect(audio("make it quieter").music).toBeNull();
    expect(audio("trim the pauses, quieter").volume).toBe(0.6);
  });

  it("reads 'lower it under my voice' after music as ducking", () => {
    const plan = interpret("add music and lower it under my voice");
    expect(plan.audio.music?.duck).toBe(true);
    expect(plan.unrecognized).toEqual([]);
  });

  it("does not read 轻快 (upbeat) as quiet", () => {
    expect(audio("加点轻快的音乐").music?.volume).toBe(0.35);
    const plan = interpret("加点轻快的音乐，小声一点");
    expect(plan.audio.music?.volume).toBe(0.2);
    expect(plan.unrecognized).toEqual([]);
  });

  it("claims 'levels' after normalize", () => {
    expect(interpret("normalize the audio levels")).toMatchObject({ audio: { normalize: true }, unrecognized: [] });
  });

  it("reads a quoted audio file as music, even unnamed", () => {
    const plan = interpret(`play "summer.mp3" in the background`);
    expect(plan.audio.music?.source).toBe("summer.mp3");
    expect(plan.texts).toEqual([]);
    expect(plan.unrecognized).toEqual([]);
  });

  it.each([
    ["make the voices louder", 1.5],
    ["turn down my voice", 0.6],
    ["lower the original audio to 50%", 0.5],
    ["original sound at 30%", 0.3],
    ["把原声调小", 0.6],
    ["原声音量50%", 0.5],
  ])("reads the clip's own level in %s", (text, volume) => {
    expect(interpret(text)).toMatchObject({ audio: { volume, music: null }, unrecognized: [] });
  });

  it("reads 调高 as a louder music level", () => {
    expect(interpret("背景音乐音量调高")).toMatchObject({ audio: { music: { volume: 0.8 } }, unrecognized: [] });
  });

  it("does not read boosting the bass or colours as louder", () => {
    expect(interpret("boost the bass").audio.volume).toBe(1);
    expect(interpret("boost the colors").audio.volume).toBe(1);
  });

  it("claims 'under it' as where the music plays", () => {
    expect(interpret("put music under it")).toMatchObject({ audio: { music: { volume: 0.35 } }, unrecognized: [] });
  });

  it("reads half volume as 0.5", () => {
    expect(audio("music at half volume").music?.volume).toBe(0.5);
  });

  it("claims Chinese level verbs", () => {
    expect(interpret("背景音乐音量调到20%")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
  });

  it("claims the verb that sets the music level", () => {
    const plan = interpret("lower the music to 25% and dont duck it");
    expect(plan.audio.music).toMatchObject({ volume: 0.25, duck: false });
    expect(plan.unrecognized).toEqual([]);
  });

  it("reads the ducking condition and a steady level", () => {
    expect(interpret("add music and duck it when i talk").unrecognized).toEqual([]);
    const steady = interpret("throw a song on it, keep the music level steady");
    expect(steady.audio.music?.duck).toBe(false);
    expect(steady.unrecognized).toEqual([]);
  });

  it("reads a music fade-out with its length before it, and a refused one as none", () => {
    const plan = interpret("add bgm with a 3 second music fade-out");
    expect(plan.audio.music?.fadeOutMs).toBe(3000);
    expect(plan.fade).toEqual({ inMs: 0, outMs: 0 });
    expect(audio("add music but don't fade the music out at the end").music?.fadeOutMs).toBe(0);
  });

  it("takes the words naming the clip's audio as the subject of louder/quieter", () => {
    for (const [text, volume] of [
      ["the audio needs to be louder", 1.5],
      ["can u bump up the volume a bit", 1.25],
      ["make the sound a bit quieter", 0.8],
      ["boost my voice", 1.5],
      ["louder audio", 1.5],
    ] as const) {
      const plan = interpret(text);
      expect(plan.audio.volume, text).toBe(volume);
      expect(plan.unrecognized, text).toEqual([]);
    }
    expect(audio("don't make the audio louder").volume).toBe(1);
  });
});

describe("fades: round 3 phrasings", () => {
  it("gives a length said in a clause of its own ('…, 0.8s each') to the fades just before it", () => {
    expect(interpret("fade in, fade out, 0.8s each")).toMatchObject({ fade: { inMs: 800, outMs: 800 }, cut: { targetDurationMs: null }, unrecognized: [] });
    expect(interpret("fade in and fade out, 1.5s each").fade).toEqual({ inMs: 1500, outMs: 1500 });
    // Not after a fade: still a length.
    expect(interpret("add music, 10s each").cut.targetDurationMs).toBe(10000);
  });

  it("reads a fade length after a change verb (淡出改成2秒, 'fade out to 2s')", () => {
    expect(interpret("淡出改成2秒")).toMatchObject({ fade: { outMs: 2000 }, cut: { targetDurationMs: null } });
    expect(interpret("fade in to 0.5s").fade.inMs).toBe(500);
  });

  it("carries the music as the subject over 'and' ('the music should be quiet and fade out')", () => {
    expect(interpret("music should be quiet and fade out at the end")).toMatchObject({ audio: { music: { volume: 0.2, fadeOutMs: 1000 } }, fade: { outMs: 0 }, unrecognized: [] });
    // An imperative after 'add music' is the video's.
    expect(interpret("add music and fade out at the end").fade.outMs).toBe(1000);
  });

  it("reads 'let it fade out' right after a music request as the music's fade", () => {
    expect(interpret("add music and let it fade out over 2 seconds")).toMatchObject({ audio: { music: { fadeOutMs: 2000 } }, fade: { outMs: 0 }, unrecognized: [] });
  });

  it("reads 'fade it out' right after a music request as the music's fade", () => {
    expect(interpret("add the track i uploaded and fade it out at the end")).toMatchObject({ audio: { music: { fadeOutMs: 1000 } }, fade: { outMs: 0 }, unrecognized: [] });
    expect(interpret("add music and fade it out over 3s")).toMatchObject({ audio: { music: { fadeOutMs: 3000 } }, fade: { outMs: 0 } });
    // Without a pronoun the fade is the video's.
    expect(interpret("add music, fade out at the end").fade.outMs).toBe(1000);
  });
});

describe("fades", () => {
  it.each([
    ["fade in", 1000, 0],
    ["fade out", 0, 1000],
    ["fade in and out", 1000, 1000],
    ["fade in over 0.5s", 500, 0],
    ["a 3 second fade out", 0, 3000],
    ["fade from black", 1000, 0],
    ["淡入淡出", 1000, 1000],
    ["end on a fade to black", 0, 1000],
    ["open with a 2s fade in", 2000, 0],
    ["开头淡入，结尾淡出", 1000, 1000],
    ["fade out slowly", 0, 1000],
    ["a smooth fade in", 1000, 0],
    ["fade to white", 0, 1000],
    ["no fade in but fade out", 0, 1000],
    ["remove the fade", 0, 0],
    ["fade in and fade out 0.5 seconds each", 500, 500],
    ["quick 1 second fade at the end", 0, 1000],
    ["a fade at the start", 1000, 0],
  ])("reads %s", (text, inMs, outMs) => {
    const plan = interpret(text);
    expect(plan.fade).toEqual({ inMs, outMs });
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("audio: round 4 phrasings", () => {
  it("reads a level alone right after the music as its level, whatever word says it ('keep it low')", () => {
    expect(interpret("throw some music underneath, keep it low")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
  });

  it("mutes whatever the clip's sound is called, and the Chinese object before 静音", () => {
    for (const text of ["mute the kitchen noise", "mute my own audio", "把原声静音"]) {
      expect(interpret(text), text).toMatchObject({ audio: { mute: true }, unrecognized: [] });
    }
    expect(interpret("mute the music").audio.mute).toBe(false);
  });

  it("reads any describing word before the music word as a style, with the note", () => {
    const plan = interpret("add hype music");
    expect(plan).toMatchObject({ audio: { music: { volume: 0.35 } }, unrecognized: [] });
    expect(plan.notes.join(" ")).toMatch(/not picked by style \("hype"\)/);
  });

  it("reads a consistent loudness as normalization; a steady level is the music's only when there is music", () => {
    expect(interpret("make the volume consistent")).toMatchObject({ audio: { normalize: true, music: null }, unrecognized: [] });
    expect(interpret("make the loudness consistent throughout")).toMatchObject({ audio: { normalize: true }, unrecognized: [] });
    expect(interpret("add music, keep the volume steady").audio).toMatchObject({ normalize: false, music: { duck: false } });
  });

  it("reads 大一点/小一点 after the clip's level as a small step", () => {
    expect(interpret("声音太小了，大一点").audio.volume).toBe(1.25);
    expect(interpret("声音太大了，小一点").audio.volume).toBe(0.8);
  });

  it("reads a form field answered no after ducking, mute or normalize as a refusal", () => {
    expect(interpret("music: yes\nducking: off").audio.music?.duck).toBe(false);
    expect(interpret("mute: false")).toMatchObject({ audio: { mute: false }, unrecognized: [] });
  });

  it("keeps a refusal before a preposition on its own noun ('no fade-out on the music')", () => {
    expect(interpret("bgm pls, and no fade-out on the music").audio.music).toMatchObject({ fadeOutMs: 0 });
    expect(interpret("no need for music").audio.music).toBeNull();
  });

  it("reads an unquoted audio file name as the music's source, not a format", () => {
    expect(interpret("music: lofi.mp3 at 30%")).toMatchObject({ audio: { music: { source: "lofi.mp3", volume: 0.3 } }, output: { format: "mp4" } });
    expect(interpret("export as mp3").output.format).toBe("mp3");
  });
});

describe("fades: round 4 phrasings", () => {
  it("reads a fade length given as a key ('fade_in: 0.5s')", () => {
    expect(interpret("fade_in: 0.5s, fade_out: 1s")).toMatchObject({ fade: { inMs: 500, outMs: 1000 }, cut: { targetDurationMs: null } });
  });

  it("reads 'end it with a … fade' as the fade at the end, a typo'd unit before 'fade' as its length", () => {
    expect(interpret("end it with a 2 secnd fade-out")).toMatchObject({ fade: { inMs: 0, outMs: 2000 }, cut: { targetDurationMs: null }, unrecognized: [] });
  });

  it("reads 'half-second' and a manner before the length", () => {
    expect(interpret("quick half-second fade in and fade out")).toMatchObject({ fade: { inMs: 500, outMs: 500 }, unrecognized: [] });
  });

  it("reads 'fade in and fade out' as one request, so a length before it is both fades'", () => {
    expect(interpret("a 2s fade in and fade out").fade).toEqual({ inMs: 2000, outMs: 2000 });
    expect(interpret("fade it in and fade it out").fade).toEqual({ inMs: 1000, outMs: 1000 });
  });

  it("reads 前面/后面 as where a Chinese fade is", () => {
    expect(interpret("前面淡入一下，最后再淡出")).toMatchObject({ fade: { inMs: 1000, outMs: 1000 }, unrecognized: [] });
  });
});

describe("audio and fades: round 4, second batch", () => {
  it("reads a music fade length given as a key ('music_fade_out: 2s')", () => {
    expect(interpret("music_volume: 0.4\nmusic_fade_out: 2s").audio.music).toMatchObject({ volume: 0.4, fadeOutMs: 2000 });
  });

  it("reads two Chinese places joined by 和 before a fade (开头和结尾都加淡入淡出)", () => {
    expect(interpret("开头和结尾都加淡入淡出")).toMatchObject({ fade: { inMs: 1000, outMs: 1000 }, unrecognized: [] });
  });

  it("reads 'un-mute' as unmute", () => {
    expect(interpret("un-mute it")).toMatchObject({ audio: { mute: false }, unrecognized: [] });
  });
});

describe("audio: round 4, third batch", () => {
  it("mutes any named noise of the clip ('the background chatter')", () => {
    expect(interpret("please mute the background chatter")).toMatchObject({ audio: { mute: true }, unrecognized: [] });
  });

  it("reads 'make everything a bit louder' (the amount inside the phrase) and 'a touch quieter on the music'", () => {
    expect(interpret("make everything a bit louder")).toMatchObject({ audio: { volume: 1.25 }, unrecognized: [] });
    expect(interpret("make it a bit louder").audio.volume).toBe(1.25);
    expect(interpret("add music, a touch quieter on the music").unrecognized).toEqual([]);
  });

  it("reads an app's 'fade: in 1s'", () => {
    expect(interpret("fade: in 1s").fade).toEqual({ inMs: 1000, outMs: 0 });
  });
});

describe("audio and fades: round 4, fourth batch", () => {
  it("reads a music level 'than my voice' and the sound named right after the music as the music's", () => {
    expect(interpret("music quieter than my voice please")).toMatchObject({ audio: { music: { volume: 0.2 } }, unrecognized: [] });
    expect(interpret("背景音乐用我上传的，声音小一点").audio).toMatchObject({ volume: 1, music: { volume: 0.2 } });
  });

  it("reads 'a notch' as a small step", () => {
    expect(interpret("turn it up a notch")).toMatchObject({ audio: { volume: 1.25 }, unrecognized: [] });
  });

  it("reads 'make the ending fade' as the fade at the end", () => {
    expect(interpret("make the ending fade to black slowly")).toMatchObject({ fade: { inMs: 0, outMs: 1000 }, unrecognized: [] });
  });

  it("reads breathing sounds as pauses to remove", () => {
    expect(interpret("cut all the breathing sounds")).toMatchObject({ cut: { removePauses: { minPauseMs: 500 } }, unrecognized: [] });
  });
});
