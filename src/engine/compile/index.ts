import type { OutputFormat } from "../../plan/schema.js";
import type { MediaSegment, TextSegment, Timeline } from "../../timeline/schema.js";
import { buildAss } from "./ass.js";
import { bedSource, duck, finishAudio, mix, musicChain, segmentAudio, silence } from "./audio.js";
import { concat, FilterGraph, fpsFraction, frames, sec, type Ref } from "./graph.js";
import { planInputs, type InputPlan, type SourceMedia } from "./inputs.js";
import { encoderArgs, isAudioOnly, isStill, type MachineFacts, type Quality } from "./output.js";
import { fitFrame, segmentVideo, videoFades, waveformFrame } from "./video.js";

export type { SourceMedia } from "./inputs.js";
export type { MachineFacts, Quality } from "./output.js";

export interface CompileInput {
  timeline: Timeline;
  format: OutputFormat;
  quality: Quality;
  /** The local file and probe facts of every Timeline source read from disk, by source id. */
  media: Readonly<Record<string, SourceMedia>>;
  machine: MachineFacts;
  /** Where ffmpeg writes. */
  outputPath: string;
}

export interface CompiledRender {
  /** ffmpeg arguments (after the binary), never a shell string. */
  args: string[];
  /** Files the arguments name relative to ffmpeg's working directory; write them before running. */
  files: Array<{ name: string; content: string }>;
  /** Length of the output for progress, or null for a still. */
  expectedDurationMs: number | null;
  /** What the render could not do as asked, for the creator. */
  notes: string[];
}

/** The texts' script, read by name from ffmpeg's working directory (a temp dir of ours), so no path is escaped. */
export const TEXT_FILE = "texts.ass";

/**
 * Our picture is BT.709 limited range; swscale's default for leaving YUV is BT.601, which turns a
 * saturated green visibly yellower, so conversions to RGB say which matrix they start from.
 */
const TO_RGB = "scale=in_color_matrix=bt709:in_range=tv:out_range=pc";

/** A still shows the first text fully in, or else the middle of the clip. */
const STILL_AFTER_TEXT_MS = 400;

/**
 * Timeline + facts → one ffmpeg invocation: seeked inputs per segment, a filter graph that cuts,
 * retimes, reframes, draws text and mixes sound, and one encode. Pure.
 */
export function compileRender(input: CompileInput): CompiledRender {
  const t = input.timeline;
  const g = new FilterGraph();
  const inputs = planInputs(t, input.media);
  const files: CompiledRender["files"] = [];
  const fps = fpsFraction(t.fps);
  const wantsPicture = !isAudioOnly(input.format) && t.width > 0 && t.height > 0;
  const wantsSound = !isStill(input.format) && input.format !== "gif";

  const outputs: Ref[] = [];
  if (wantsPicture) outputs.push(picture(g, t, inputs, input, fps, files));
  if (wantsSound) outputs.push(sound(g, t, inputs, input));
  const { graph, maps } = g.build(outputs);

  const args = [
    "-y",
    ...inputs.args,
    "-filter_complex",
    graph,
    ...maps.flatMap((m) => ["-map", m]),
    // Phone clips carry GPS location, device and creation tags: none of it goes out.
    "-map_metadata",
    "-1",
    "-map_chapters",
    "-1",
    ...encoderArgs(input.format, input.quality, { width: t.width, height: t.height, fps: t.fps }, input.machine),
    ...(isStill(input.format) ? [] : ["-t", sec(t.durationMs)]),
    `file:${input.outputPath}`,
  ];
  const notes: string[] = [];
  const hdr = Object.values(input.media).some((m) => m.info.video?.hdr);
  if (hdr && input.machine.toneMapping === false) {
    notes.push(
      "This ffmpeg has no zscale/tonemap, so the HDR clip was converted to SDR without tone mapping; it may look flat.",
    );
  }
  return { args, files, expectedDurationMs: isStill(input.format) ? null : t.durationMs, notes };
}

/** Segments of a track in timeline order, with what fills any hole before, between or after them. */
function layout(
  segs: readonly MediaSegment[],
  durationMs: number,
): Array<{ seg: MediaSegment } | { gapMs: number; startMs: number }> {
  const out: Array<{ seg: MediaSegment } | { gapMs: number; startMs: number }> = [];
  let at = 0;
  for (const seg of [...segs].sort((a, b) => a.startMs - b.startMs)) {
    if (seg.startMs > at) out.push({ gapMs: seg.startMs - at, startMs: at });
    out.push({ seg });
    at = Math.max(at, seg.startMs + seg.durationMs);
  }
  if (durationMs > at) out.push({ gapMs: durationMs - at, startMs: at });
  return out;
}

function picture(
  g: FilterGraph,
  t: Timeline,
  inputs: InputPlan,
  input: CompileInput,
  fps: string,
  files: CompiledRender["files"],
): Ref {
  const track = t.tracks.find((tr) => tr.type === 0);
  const segs = track?.type === 0 ? track.segments : [];
  const first = segs[0];
  const main = first ? input.media[first.source] : undefined;
  let v: Ref;
  if (main && main.info.kind === "audio") {
    v = waveformFrame(
      g,
      trackAudio(
        g,
        segs.map((s) => ({ ...s, volume: 1, fadeInMs: 0, fadeOutMs: 0 })),
        inputs,
        t.durationMs,
      ),
      t,
      fps,
      t.fps,
    );
  } else {
    const parts = layout(segs, t.durationMs).map((p) => {
      if ("gapMs" in p)
        return g.source(
          `color=c=black:s=${t.width}x${t.height}:r=${fps},trim=end_frame=${frames(p.gapMs, t.fps)}`,
          "v",
        );
      const clip = inputs.clipOf(p.seg);
      return fitFrame(
        g,
        segmentVideo(g, p.seg, clip, fps, t.fps),
        clip.info.video,
        t,
        input.machine.toneMapping !== false,
      );
    });
    v = concat(g, parts, "v");
  }

  const texts: TextSegment[] = t.tracks.flatMap((tr) => (tr.type === 7 ? tr.segments : []));
  if (texts.length > 0) {
    files.push({ name: TEXT_FILE, content: buildAss(texts, { width: t.width, height: t.height }) });
    v = g.pipe(v, `ass=filename=${TEXT_FILE}`);
  }
  v = g.pipe(v, videoFades(t));

  if (input.format === "gif") {
    v = g.pipe(v, [TO_RGB, "format=rgb32"]);
    // A palette per frame: one pass, no frame buffering, better colour than one global palette.
    const [palette] = g.chain([v], "palettegen=stats_mode=single:max_colors=256", ["v"]);
    const [gif] = g.chain([v, palette as Ref], "paletteuse=new=1:dither=bayer:bayer_scale=3", ["v"]);
    return gif as Ref;
  }
  if (isStill(input.format)) {
    const firstText = [...texts].sort((a, b) => a.startMs - b.startMs)[0];
    const at = firstText
      ? firstText.startMs + Math.min(STILL_AFTER_TEXT_MS, firstText.durationMs / 2)
      : t.durationMs / 2;
    const n = Math.min(frames(at, t.fps), Math.max(0, frames(t.durationMs, t.fps) - 1));
    // JPEG's YCbCr is BT.601 full range by convention; PNG is RGB.
    const colour =
      input.format === "png" ? [TO_RGB, "format=rgb24"] : [`${TO_RGB}:out_color_matrix=bt601`, "format=yuvj420p"];
    return g.pipe(v, [`trim=start_frame=${n}`, "setpts=PTS-STARTPTS", ...colour]);
  }
  return v;
}

/**
 * A track's sound, segment by segment, with silence in any hole and for sources without sound.
 * Join fades go only where the source is discontinuous (a real cut).
 */
function trackAudio(g: FilterGraph, segs: readonly MediaSegment[], inputs: InputPlan, durationMs: number): Ref {
  const parts = layout(segs, durationMs);
  const refs = parts.map((p, i) => {
    if ("gapMs" in p) return silence(g, p.gapMs);
    const clip = inputs.clipOf(p.seg);
    if (!clip.info.audio) return silence(g, p.seg.durationMs);
    const prev = parts[i - 1];
    const next = parts[i + 1];
    const before = !!prev && "seg" in prev && prev.seg.sourceOutMs !== p.seg.sourceInMs;
    const after = !!next && "seg" in next && next.seg.sourceInMs !== p.seg.sourceOutMs;
    return segmentAudio(g, p.seg, clip, { before, after });
  });
  return concat(g, refs, "a");
}

function sound(g: FilterGraph, t: Timeline, inputs: InputPlan, input: CompileInput): Ref {
  const voices: Ref[] = [];
  const beds: Ref[] = [];
  let ducked = false;
  for (const track of t.tracks) {
    if (track.type !== 1 || track.segments.length === 0) continue;
    if (track.role === "voice") {
      voices.push(trackAudio(g, track.segments, inputs, t.durationMs));
      continue;
    }
    const seg = track.segments[0] as MediaSegment;
    const source = t.sources.find((s) => s.id === seg.source);
    const musicInput = inputs.musicInput.get(seg.source);
    const info = input.media[seg.source]?.info;
    let src: Ref;
    if (musicInput !== undefined && info?.audio) src = g.input(musicInput, info.audio.index, "a");
    else if (source?.generator === "bed" || musicInput === undefined) src = bedSource(g, t.durationMs);
    else continue;
    beds.push(musicChain(g, src, seg, t.durationMs));
    ducked ||= track.duck;
  }
  const voice = voices.length > 0 ? mix(g, voices) : null;
  const music = beds.length > 0 ? mix(g, beds) : null;
  let out: Ref;
  if (voice && music) out = mix(g, [voice, ducked ? duck(g, music, voice) : music]);
  else out = voice ?? music ?? silence(g, t.durationMs);
  return finishAudio(g, out, t);
}
