import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { measureLevels } from "../../src/engine/analyse/levels.js";
import { probeMedia } from "../../src/media/probe.js";
import { media } from "../support/fixtures.js";
import { levelsOf, quietRuns, renderFile } from "./render-support.js";

/**
 * "Trim the awkward pauses" on the real speech clips, judged independently on the output: its
 * sound is measured again with the source's own threshold. The figures are printed for the docs.
 */
const SPEECH_CLIPS = [
  "speech_male_voice_pauses_green_timecode_720p30.mp4",
  "speech_librivox_sonnet23_reading.mp3",
  "speech_jfk_ask_not_16k_mono.wav",
  "speech_film_dialogue_his_girl_friday_bw.mp4",
];

const MIN_PAUSE = 500;
const PADDING = 150;

const loudMs = (l: { hopMs: number; db: Float32Array }, threshold: number) =>
  l.db.filter((d) => d > threshold).length * l.hopMs;

describe.each(SPEECH_CLIPS)("trimming the pauses of %s", (name) => {
  it(`leaves no silence over ${MIN_PAUSE} + 2 × ${PADDING} ms and keeps at least 97% of the speech`, {
    timeout: 180_000,
  }, async () => {
    const src = media(name);
    // Sound only: the pause logic is the same for every output, and a WAV is measured exactly.
    const r = await renderFile(src, {
      output: { format: "wav" },
      cut: { removePauses: { minPauseMs: MIN_PAUSE, paddingMs: PADDING } },
    });
    const p = r.res.pauses;
    expect(p).toBeDefined();
    const threshold = p?.thresholdDb ?? 0;

    const info = await probeMedia(src, fs.statSync(src).size);
    const before = await measureLevels(src, info.audio?.index ?? 0, { ffmpegPath: "ffmpeg", timeoutMs: 60_000 });
    const after = await levelsOf(r.out);
    const longest = Math.max(0, ...quietRuns(after, threshold).map((q) => q.endMs - q.startMs));
    const kept = (100 * loudMs(after, threshold)) / loudMs(before, threshold);

    console.log(
      `${name}: threshold ${threshold} dBFS (speech ${p?.speechDb}, room ${p?.noiseDb}); ` +
        `pauses found ${p?.found.length}, removed ${p?.removed.length}; ` +
        `${(info.durationMs ?? 0) / 1000} s → ${r.res.timeline.durationMs / 1000} s; ` +
        `longest silence left ${longest} ms (engine says ${p?.longestSilenceMs}); ` +
        `speech kept ${kept.toFixed(1)}% (engine says ${p?.speechKeptPct}%)`,
    );
    expect(longest).toBeLessThanOrEqual(MIN_PAUSE + 2 * PADDING);
    expect(kept).toBeGreaterThanOrEqual(97);
    expect(p?.speechKeptPct).toBeGreaterThanOrEqual(97);
    expect(p?.longestSilenceMs).toBeLessThanOrEqual(MIN_PAUSE + 2 * PADDING);
  });
});
