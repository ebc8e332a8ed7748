import { describe, expect, it } from "vitest";
import type { SpeechActivity } from "../../src/engine/analyse/speech.js";
import { planCut, waterFill } from "../../src/engine/timeline/cut.js";
import { subtractSpans, totalLength } from "../../src/engine/timeline/spans.js";
import { CutSchema } from "../../src/plan/schema.js";

/** A speech map from silence spans over a clip of `durationMs`. */
function speechMap(durationMs: number, silences: Array<[number, number]>): SpeechActivity {
  const sil = silences.map(([startMs, endMs]) => ({ startMs, endMs }));
  const speech = subtractSpans([{ startMs: 0, endMs: durationMs }], sil);
  return {
    hasSpeech: true,
    reason: null,
    speechDb: -18,
    noiseDb: -50,
    thresholdDb: -39,
    durationMs,
    speech,
    silences: sil,
  };
}

const cut = (c: object) => CutSchema.parse(c);

describe("planCut", () => {
  describe("ranges and trims", () => {
    it("keeps the requested ranges inside the clip, minus the trimmed head and tail", () => {
      const r = planCut({
        durationMs: 10_000,
        cut: cut({
          ranges: [
            { startMs: 0, endMs: 4000 },
            { startMs: 6000, endMs: 12_000 },
          ],
          trimStartMs: 1000,
          trimEndMs: 500,
        }),
        speed: 1,
        speech: null,
      });
      expect(r.kept).toEqual([
        { startMs: 1000, endMs: 4000 },
        { startMs: 6000, endMs: 9500 },
      ]);
    });

    it("skips trims that would leave nothing, and says so", () => {
      const r = planCut({ durationMs: 2000, cut: cut({ trimStartMs: 1500, trimEndMs: 1500 }), speed: 1, speech: null });
      expect(r.kept).toEqual([{ startMs: 0, endMs: 2000 }]);
      expect(r.notes.join()).toMatch(/trims/);
    });
  });

  describe("pause removal", () => {
    const speech = speechMap(10_000, [
      [0, 800],
      [3000, 3400],
      [5000, 6500],
      [9000, 10_000],
    ]);
    const r = planCut({
      durationMs: 10_000,
      cut: cut({ removePauses: { minPauseMs: 500, paddingMs: 150 } }),
      speed: 1,
      speech,
    });

    it("removes pauses of at least minPauseMs and leaves shorter ones alone", () => {
      expect(r.pausesFound).toEqual([
        { startMs: 0, endMs: 800 },
        { startMs: 5000, endMs: 6500 },
        { startMs: 9000, endMs: 10_000 },
      ]);
      expect(r.kept).toEqual([
        { startMs: 650, endMs: 5150 },
        { startMs: 6350, endMs: 9150 },
      ]);
    });

    it("keeps paddingMs of air beside speech and none at the clip's edges", () => {
      expect(r.pausesRemoved).toEqual([
        { startMs: 0, endMs: 650 },
        { startMs: 5150, endMs: 6350 },
        { startMs: 9150, endMs: 10_000 },
      ]);
    });

    it("notes why nothing was trimmed when the clip has no speech", () => {
      const none: SpeechActivity = {
        ...speech,
        hasSpeech: false,
        reason: "no speech stands out from the background sound",
        speech: [],
        silences: [],
      };
      const q = planCut({ durationMs: 10_000, cut: cut({ removePauses: {} }), speed: 1, speech: none });
      expect(q.kept).toEqual([{ startMs: 0, endMs: 10_000 }]);
      expect(q.notes[0]).toMatch(/No pauses were trimmed: no speech/);
    });
  });

  describe("an exact duration target", () => {
    it("shortens the longest gaps first and trims nothing when they are enough", () => {
      // Gaps of 1000 and 600 ms between speech; 700 ms must go.
      const speech = speechMap(6000, [
        [2000, 3000],
        [4000, 4600],
      ]);
      const r = planCut({ durationMs: 6000, cut: cut({ targetDurationMs: 5300 }), speed: 1, speech });
      expect(totalLength(r.kept)).toBe(5300);
      expect(r.endCutAtMs).toBeNull();
      // Water level 450: the 1000 ms gap gives 550, the 600 ms gap 150.
      expect(r.gapsShortened.map((g) => g.endMs - g.startMs)).toEqual([550, 150]);
      expect(r.notes).toEqual(["Cut to 5.3 s: took 0.7 s from gaps."]);
    });

    it("never shortens a gap below twice the padding", () => {
      const speech = speechMap(6000, [[2000, 2400]]);
      const r = planCut({
        durationMs: 6000,
        cut: cut({ targetDurationMs: 5000, removePauses: { minPauseMs: 500, paddingMs: 150 } }),
        speed: 1,
        speech,
      });
      expect(r.gapsShortened).toEqual([{ startMs: 2150, endMs: 2250 }]);
      expect(totalLength(r.kept)).toBe(5000);
    });

    it("then trims from the end at a quiet moment, keeping the total exact", () => {
      const speech = speechMap(20_000, [
        [4000, 4400],
        [9500, 10_200],
        [14_000, 14_500],
      ]);
      const r = planCut({ durationMs: 20_000, cut: cut({ targetDurationMs: 10_000 }), speed: 1, speech });
      expect(totalLength(r.kept)).toBe(10_000);
      expect(r.endInSpeech).toBe(false);
      // The end lands inside the 9.5–10.2 s silence, after its padding.
      expect(r.endCutAtMs).toBeGreaterThanOrEqual(9650);
      expect(r.endCutAtMs).toBeLessThanOrEqual(10_200);
    });

    it("cuts into speech with a note when no quiet moment is near", () => {
      const speech = speechMap(30_000, [[1000, 1300]]);
      const r = planCut({ durationMs: 30_000, cut: cut({ targetDurationMs: 10_000 }), speed: 1, speech });
      expect(totalLength(r.kept)).toBe(10_000);
      expect(r.endInSpeech).toBe(true);
      expect(r.notes.join()).toMatch(/No quiet moment/);
    });

    it("cuts a clip without sound at the target", () => {
      const r = planCut({ durationMs: 39_860, cut: cut({ targetDurationMs: 10_000 }), speed: 1, speech: null });
      expect(r.kept).toEqual([{ startMs: 0, endMs: 10_000 }]);
    });

    it("measures the target on the output, so double speed keeps twice the source", () => {
      const r = planCut({ durationMs: 60_000, cut: cut({ targetDurationMs: 10_000 }), speed: 2, speech: null });
      expect(totalLength(r.kept)).toBe(20_000);
    });

    it("does not stretch a clip that is already shorter, and says so", () => {
      const r = planCut({ durationMs: 6000, cut: cut({ targetDurationMs: 10_000 }), speed: 1, speech: null });
      expect(r.kept).toEqual([{ startMs: 0, endMs: 6000 }]);
      expect(r.notes.join()).toMatch(/shorter than the 10 s/);
    });
  });

  describe("a maximum duration", () => {
    it("leaves a clip that is short enough untouched and cuts one that is not", () => {
      const short = planCut({
        durationMs: 6000,
        cut: cut({ targetDurationMs: 10_000, durationMode: "max" }),
        speed: 1,
        speech: null,
      });
      expect(short.kept).toEqual([{ startMs: 0, endMs: 6000 }]);
      expect(short.notes).toEqual([]);
      const long = planCut({
        durationMs: 40_000,
        cut: cut({ targetDurationMs: 30_000, durationMode: "max" }),
        speed: 1,
        speech: null,
      });
      expect(totalLength(long.kept)).toBe(30_000);
    });
  });
});

describe("waterFill", () => {
  it("brings the longest gaps down to a common level and removes exactly what is needed", () => {
    const cuts = waterFill(
      [
        { length: 1000, slack: 700 },
        { length: 600, slack: 300 },
        { length: 400, slack: 100 },
      ],
      701,
    );
    expect(cuts.reduce((a, b) => a + b, 0)).toBe(701);
    expect(cuts[0]).toBeGreaterThan(cuts[1] ?? 0);
    expect(cuts[2]).toBe(0);
  });

  it("never takes more than a gap's slack", () => {
    const cuts = waterFill(
      [
        { length: 1000, slack: 100 },
        { length: 900, slack: 800 },
      ],
      850,
    );
    expect(cuts).toEqual([100, 750]);
  });
});
