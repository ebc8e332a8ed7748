import type { MediaSegment, Timeline } from "../../timeline/schema.js";
import { retime, sec, type FilterGraph, type Ref } from "./graph.js";
import type { ClipSource } from "./inputs.js";

export const SAMPLE_RATE = 48_000;
/** Every join gets this much fade on each side: enough to remove the click of a cut waveform. */
const JOIN_FADE_MS = 8;

/** Samples in [0, ms) of the output: rounding absolute positions, never lengths, so nothing drifts. */
const sampleAt = (ms: number) => Math.round((ms * SAMPLE_RATE) / 1000);

/** atempo takes 0.5–100 per instance; slower speeds chain several. */
function atempo(speed: number): string[] {
  if (speed === 1) return [];
  const out: string[] = [];
  let s = speed;
  while (s < 0.5) {
    out.push("atempo=0.5");
    s /= 0.5;
  }
  out.push(`atempo=${s}`);
  return out;
}

/**
 * One segment's sound: its span at 48 kHz stereo from 0 (a late first sample is preceded by
 * silence, as fps does for pictures), its speed and volume, join fades, and exactly the samples
 * of its Timeline slot.
 */
export function segmentAudio(
  g: FilterGraph,
  seg: MediaSegment,
  clip: ClipSource,
  joins: { before: boolean; after: boolean },
): Ref {
  const a = clip.info.audio;
  if (!a) throw new Error("segmentAudio on a source without audio");
  const src = g.input(clip.input, a.index, "a");
  const w = clip.within;
  const durS = seg.durationMs / 1000;
  const fadeIn = seg.fadeInMs > 0 ? seg.fadeInMs : joins.before ? JOIN_FADE_MS : 0;
  const fadeOut = seg.fadeOutMs > 0 ? seg.fadeOutMs : joins.after ? JOIN_FADE_MS : 0;
  return g.pipe(src, [
    w ? `atrim=start=${sec(w.startMs)}:end=${sec(w.endMs)}` : "",
    retime(w?.startMs ?? 0, 1, true),
    `aresample=${SAMPLE_RATE}:async=1:first_pts=0`,
    "aformat=sample_fmts=fltp:channel_layouts=stereo",
    ...atempo(seg.speed),
    seg.volume !== 1 ? `volume=${seg.volume}` : "",
    fadeIn > 0 ? `afade=t=in:st=0:d=${sec(fadeIn)}` : "",
    fadeOut > 0 ? `afade=t=out:st=${(durS - fadeOut / 1000).toFixed(3)}:d=${sec(fadeOut)}` : "",
    "apad",
    `atrim=end_sample=${sampleAt(seg.startMs + seg.durationMs) - sampleAt(seg.startMs)}`,
  ]);
}

/** Silence for the whole output: a video with no sound still gets an audio track players expect. */
export function silence(g: FilterGraph, durationMs: number): Ref {
  return g.source([`anullsrc=r=${SAMPLE_RATE}:cl=stereo`, `atrim=end_sample=${sampleAt(durationMs)}`], "a");
}

/**
 * promptcut's own music bed, synthesised so it is royalty-free by construction: a I–V–vi–IV
 * progression in C of soft plucked triads with a bass note, two seconds a chord. Each chord's
 * envelope starts and ends at zero, so the chord changes do not click.
 */
export function bedSource(g: FilterGraph, durationMs: number): Ref {
  const chords = [
    [130.81, 261.63, 329.63, 392.0],
    [98.0, 246.94, 293.66, 392.0],
    [110.0, 220.0, 261.63, 329.63],
    [87.31, 261.63, 349.23, 440.0],
  ];
  // Frequency of note n in the chord playing at time t (8 s cycle).
  const note = (n: number) => {
    const f = chords.map((c) => c[n] ?? 0);
    return `if(lt(mod(t,8),2),${f[0]},if(lt(mod(t,8),4),${f[1]},if(lt(mod(t,8),6),${f[2]},${f[3]})))`;
  };
  const env = "(1-exp(-mod(t,2)*40))*exp(-mod(t,2)*1.1)*(1-exp(-(2-mod(t,2))*40))";
  const voices = [0, 1, 2, 3].map((n) => `${n === 0 ? 0.5 : 0.28}*sin(2*PI*${note(n)}*t)`).join("+");
  const expr = `0.32*(${voices})*${env}`;
  return g.source(
    [
      `aevalsrc='${expr}|${expr}':s=24000:d=${sec(durationMs)}`,
      `aresample=${SAMPLE_RATE}`,
      "aformat=sample_fmts=fltp:channel_layouts=stereo",
      "apad",
      `atrim=end_sample=${sampleAt(durationMs)}`,
    ],
    "a",
  );
}

/** A music bed cut or looped to the output's length, at its volume, fading out at the end. */
export function musicChain(g: FilterGraph, src: Ref, seg: MediaSegment, durationMs: number): Ref {
  const fade = Math.min(seg.fadeOutMs, durationMs);
  return g.pipe(src, [
    seg.sourceInMs > 0 ? `atrim=start=${sec(seg.sourceInMs)},asetpts=PTS-STARTPTS` : "",
    `aresample=${SAMPLE_RATE}`,
    "aformat=sample_fmts=fltp:channel_layouts=stereo",
    `atrim=end_sample=${sampleAt(durationMs)}`,
    `apad=whole_len=${sampleAt(durationMs)}`,
    seg.volume !== 1 ? `volume=${seg.volume}` : "",
    fade > 0 ? `afade=t=out:st=${sec(durationMs - fade)}:d=${sec(fade)}` : "",
  ]);
}

/**
 * Music lowered under speech: the voice drives a sidechain compressor on the music. A threshold of
 * −34 dBFS and ratio 6 take the bed down about 10 dB while someone talks and let it back in 0.4 s.
 */
export function duck(g: FilterGraph, music: Ref, voice: Ref): Ref {
  const [out] = g.chain([music, voice], "sidechaincompress=threshold=0.02:ratio=6:attack=20:release=400:makeup=1", [
    "a",
  ]);
  return out as Ref;
}

export function mix(g: FilterGraph, refs: Ref[]): Ref {
  if (refs.length === 1) return refs[0] as Ref;
  // normalize=0: amix would otherwise halve the voice just because music is present.
  const [out] = g.chain(refs, `amix=inputs=${refs.length}:duration=first:dropout_transition=0:normalize=0`, ["a"]);
  return out as Ref;
}

/** Loudness normalisation, whole-output fades, and the final 48 kHz stereo format. */
export function finishAudio(g: FilterGraph, ref: Ref, timeline: Timeline): Ref {
  const { inMs, outMs } = timeline.fade;
  const D = timeline.durationMs;
  return g.pipe(ref, [
    // One-pass loudnorm (dynamic mode) resamples to 192 kHz internally, hence the resample after.
    timeline.loudnessLufs !== null ? `loudnorm=I=${timeline.loudnessLufs}:TP=-1.5:LRA=11,aresample=${SAMPLE_RATE}` : "",
    inMs > 0 ? `afade=t=in:st=0:d=${sec(inMs)}` : "",
    outMs > 0 ? `afade=t=out:st=${sec(D - outMs)}:d=${sec(outMs)}` : "",
    "aformat=sample_rates=48000:channel_layouts=stereo",
  ]);
}
