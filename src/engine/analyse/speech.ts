import { mergeSpans, subtractSpans, type Span } from "../timeline/spans.js";

/** Short-window loudness of one audio stream: `db[i]` is the RMS level (dBFS) of [i·hopMs, (i+1)·hopMs). */
export interface LevelProfile {
  hopMs: number;
  db: Float32Array;
}

/**
 * Where a clip speaks and where it is quiet, judged by the clip's own levels. `silences` and
 * `speech` tile [0, durationMs) when `hasSpeech`; otherwise there is nothing to trim.
 */
export interface SpeechActivity {
  hasSpeech: boolean;
  /** Why no speech was found, in words a creator understands. */
  reason: string | null;
  /** Level of the loud (speech) frames: the 95th percentile. */
  speechDb: number | null;
  /** Level of the room: the 10th percentile of frames that are not digital silence. */
  noiseDb: number | null;
  /** Frames at or below this are silence. */
  thresholdDb: number | null;
  durationMs: number;
  speech: Span[];
  silences: Span[];
}

/** Below this a frame is digital silence (an edited-in gap, a muted track), not room noise. */
const DIGITAL_SILENCE_DB = -90;
/** Speech must stand this far above the room to be told apart from it (room tone and wind measure 5–11 dB). */
const MIN_SPEECH_OVER_NOISE_DB = 12;
/** Quieter than this at its loudest, a clip holds no speech worth trimming around. */
const MIN_SPEECH_DB = -50;
/** Where between the room and the speech the line is drawn: low, so soft word endings count as speech. */
const THRESHOLD_FRACTION = 0.35;
/** Silence is never louder than this, however loud the clip: keeps music beds from being "paused". */
const MAX_THRESHOLD_DB = -25;
/** Loud runs shorter than this, alone in silence, are clicks and bumps rather than words. */
const MIN_SPEECH_RUN_MS = 60;

function percentile(sorted: Float32Array, q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))));
  return sorted[i] ?? Number.NEGATIVE_INFINITY;
}

const none = (
  durationMs: number,
  reason: string,
  speechDb: number | null = null,
  noiseDb: number | null = null,
): SpeechActivity => ({
  hasSpeech: false,
  reason,
  speechDb,
  noiseDb,
  thresholdDb: null,
  durationMs,
  speech: [],
  silences: [],
});

/**
 * Finds speech and silence relative to the clip's own loudness: the threshold sits a third of the
 * way from the room's level up to the speech level, so a kitchen fan at −35 dB and a quiet voice
 * at −30 dB are judged by their distance, not by a fixed dB line. Pure.
 */
export function detectSpeech(levels: LevelProfile, durationMs: number): SpeechActivity {
  const { db, hopMs } = levels;
  const live = Float32Array.from(db.filter((d) => d > DIGITAL_SILENCE_DB)).sort();
  if (live.length * hopMs < 200) return none(durationMs, "the audio is silent");
  const speechDb = percentile(live, 0.95);
  const noiseDb = percentile(live, 0.1);
  const round1 = (x: number) => Math.round(x * 10) / 10;
  if (speechDb < MIN_SPEECH_DB || speechDb - noiseDb < MIN_SPEECH_OVER_NOISE_DB) {
    return none(durationMs, "no speech stands out from the background sound", round1(speechDb), round1(noiseDb));
  }
  const thresholdDb = Math.min(MAX_THRESHOLD_DB, noiseDb + THRESHOLD_FRACTION * (speechDb - noiseDb));

  // Runs of loud frames, in ms; very short ones alone are dropped as clicks.
  const minRun = Math.max(1, Math.round(MIN_SPEECH_RUN_MS / hopMs));
  const loud: Span[] = [];
  let runStart = -1;
  for (let i = 0; i <= db.length; i++) {
    const isLoud = i < db.length && (db[i] ?? DIGITAL_SILENCE_DB) > thresholdDb;
    if (isLoud && runStart < 0) runStart = i;
    if (!isLoud && runStart >= 0) {
      if (i - runStart >= minRun) loud.push({ startMs: runStart * hopMs, endMs: Math.min(durationMs, i * hopMs) });
      runStart = -1;
    }
  }
  const speech = mergeSpans(loud.filter((s) => s.startMs < durationMs));
  if (speech.length === 0)
    return none(durationMs, "no speech stands out from the background sound", round1(speechDb), round1(noiseDb));
  const silences = subtractSpans([{ startMs: 0, endMs: durationMs }], speech);
  return {
    hasSpeech: true,
    reason: null,
    speechDb: round1(speechDb),
    noiseDb: round1(noiseDb),
    thresholdDb: round1(thresholdDb),
    durationMs,
    speech,
    silences,
  };
}

/**
 * Short-window loudness, fed samples as they are decoded: energy is summed per 10 ms hop, and each
 * hop's level is the RMS over itself and its two neighbours (a 30 ms window), in dBFS. Memory
 * grows with hops (100 a second), not samples, so an hour of audio costs under 3 MB. Pure.
 */
export class LoudnessMeter {
  private readonly hop: number;
  private energy: number[] = [];
  private acc = 0;
  private n = 0;

  constructor(
    sampleRate: number,
    private readonly hopMs = 10,
  ) {
    this.hop = Math.round((sampleRate * hopMs) / 1000);
  }

  push(samples: Float32Array): void {
    for (let i = 0; i < samples.length; i++) {
      const v = samples[i] ?? 0;
      this.acc += v * v;
      if (++this.n === this.hop) {
        this.energy.push(this.acc);
        this.acc = 0;
        this.n = 0;
      }
    }
  }

  finish(): LevelProfile {
    const e = this.energy;
    const db = new Float32Array(e.length);
    for (let i = 0; i < e.length; i++) {
      const from = Math.max(0, i - 1);
      const to = Math.min(e.length - 1, i + 1);
      let sum = 0;
      for (let j = from; j <= to; j++) sum += e[j] ?? 0;
      const mean = sum / ((to - from + 1) * this.hop);
      db[i] = mean > 1e-12 ? 10 * Math.log10(mean) : -120;
    }
    return { hopMs: this.hopMs, db };
  }
}

/** Levels of a whole buffer of mono float samples (see LoudnessMeter). Pure. */
export function levelsFromSamples(samples: Float32Array, sampleRate: number): LevelProfile {
  const meter = new LoudnessMeter(sampleRate);
  meter.push(samples);
  return meter.finish();
}
