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

describe("fades", () => {
  it.each([
    ["fade in", 1000, 0],
    ["fade out", 0, 1000],
    ["fade in and out", 1000, 1000],
    ["fade in over 0.5s", 500, 0],
    ["a 3 second fade out", 0, 3000],
    ["fade from black", 1000, 0],
    ["淡入淡出", 1000, 1000],
  ])("reads %s", (text, inMs, outMs) => {
    expect(interpret(text).fade).toEqual({ inMs, outMs });
  });
});
