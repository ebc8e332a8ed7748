import { describe, expect, it } from "vitest";
import { detectSpeech, levelsFromSamples, LoudnessMeter, type LevelProfile } from "../../src/engine/analyse/speech.js";

/** A level profile at 10 ms hops from [dB, ms] runs. */
function profile(runs: Array<[number, number]>): LevelProfile {
  const db: number[] = [];
  for (const [level, ms] of runs) for (let i = 0; i < ms / 10; i++) db.push(level);
  return { hopMs: 10, db: Float32Array.from(db) };
}

const speechWithPauses = (noise: number, speech: number) =>
  profile([
    [noise, 400],
    [speech, 1500],
    [noise, 800],
    [speech, 1200],
    [noise, 300],
    [speech, 1000],
    [noise, 600],
  ]);

describe("levelsFromSamples", () => {
  it("measures a full-scale half-amplitude sine at about -9 dBFS", () => {
    const rate = 16000;
    const s = Float32Array.from({ length: rate }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / rate));
    const { db, hopMs } = levelsFromSamples(s, rate);
    expect(hopMs).toBe(10);
    expect(db.length).toBe(100);
    expect(db[50]).toBeCloseTo(-9.03, 1);
  });

  it("measures the same when the samples arrive in odd-sized chunks", () => {
    const s = Float32Array.from({ length: 16000 }, (_, i) => (Math.sin(i / 7) * (i % 3000)) / 3000);
    const meter = new LoudnessMeter(16000);
    for (let at = 0; at < s.length; at += 1237) meter.push(s.subarray(at, at + 1237));
    expect(meter.finish()).toEqual(levelsFromSamples(s, 16000));
  });

  it("reports digital silence far below any room noise", () => {
    const { db } = levelsFromSamples(new Float32Array(1600), 16000);
    expect(Math.max(...db)).toBeLessThanOrEqual(-100);
  });
});

describe("detectSpeech", () => {
  it("finds the pauses between phrases and puts the line between room and speech", () => {
    const a = detectSpeech(speechWithPauses(-50, -18), 5800);
    expect(a.hasSpeech).toBe(true);
    expect(a.silences).toEqual([
      { startMs: 0, endMs: 400 },
      { startMs: 1900, endMs: 2700 },
      { startMs: 3900, endMs: 4200 },
      { startMs: 5200, endMs: 5800 },
    ]);
    expect(a.thresholdDb).toBeGreaterThan(-50);
    expect(a.thresholdDb).toBeLessThan(-18);
  });

  describe("when a fan or street makes the whole clip louder", () => {
    it("judges pauses relative to the clip's own speech, finding the same ones", () => {
      const quiet = detectSpeech(speechWithPauses(-55, -25), 5800);
      const noisy = detectSpeech(speechWithPauses(-38, -12), 5800);
      expect(noisy.silences).toEqual(quiet.silences);
      // A fixed -40 dB line would have called the noisy clip all speech.
      expect(noisy.thresholdDb).toBeGreaterThan(-40);
    });
  });

  it("finds no speech in room tone that barely moves", () => {
    const a = detectSpeech(
      profile([
        [-58, 1000],
        [-54, 500],
        [-59, 700],
      ]),
      2200,
    );
    expect(a.hasSpeech).toBe(false);
    expect(a.reason).toMatch(/no speech/);
    expect(a.silences).toEqual([]);
  });

  it("calls digital silence silent rather than measuring noise in it", () => {
    const a = detectSpeech(profile([[-120, 3000]]), 3000);
    expect(a.hasSpeech).toBe(false);
    expect(a.reason).toBe("the audio is silent");
  });

  it("ignores a click alone in a pause", () => {
    const a = detectSpeech(
      profile([
        [-20, 1000],
        [-50, 600],
        [-15, 30],
        [-50, 600],
        [-20, 1000],
      ]),
      3230,
    );
    expect(a.silences).toEqual([{ startMs: 1000, endMs: 2230 }]);
  });

  it("keeps edited-in digital silence out of the room-noise estimate", () => {
    const a = detectSpeech(
      profile([
        [-20, 2000],
        [-120, 20000],
        [-48, 400],
        [-20, 1000],
        [-48, 2000],
      ]),
      25400,
    );
    expect(a.noiseDb).toBeGreaterThan(-60);
    expect(a.silences).toEqual([
      { startMs: 2000, endMs: 22_400 },
      { startMs: 23_400, endMs: 25_400 },
    ]);
  });
});
