import { AUDIO_FORMATS, IMAGE_FORMATS, MusicSchema, type EditPlan } from "../../plan/schema.js";
import type { MediaInfo } from "../../media/probe.js";
import type { MediaSegment, Timeline, TimelineSource, TimelineTrack } from "../../timeline/schema.js";
import type { GlyphCoverage } from "../analyse/fonts.js";
import type { SpeechActivity } from "../analyse/speech.js";
import type { PauseReport } from "../types.js";
import { planCut, type CutResult } from "./cut.js";
import { outputFrame } from "./frame.js";
import { intersectSpans, spanLength, totalLength, type Span } from "./spans.js";
import { placeTexts } from "./texts.js";

export interface TimelineInput {
  /** A normalised plan (normalizePlan). */
  plan: EditPlan;
  source: { name: string; info: MediaInfo };
  music: { name: string; info: MediaInfo } | null;
  /** The source's speech map, or null when it was not measured or has no audio. */
  speech: SpeechActivity | null;
  glyphs: GlyphCoverage | null;
}

export interface TimelineBuild {
  timeline: Timeline;
  notes: string[];
  pauses: PauseReport | null;
  cut: CutResult;
}

/** A still is shown this long when the plan names no duration (PRODUCT.md §1). */
export const STILL_DEFAULT_MS = 5000;
/** LUFS target of "normalize" (PRODUCT.md §2): what TikTok, Reels and Shorts play back at. */
export const NORMALIZE_LUFS = -14;
/** When the end is cut inside speech the sound fades over this long instead of stopping mid-word. */
const SPEECH_END_FADE_MS = 200;
/** Any other cut end gets a fade this short: long enough to avoid a click, too short to hear. */
const CUT_END_FADE_MS = 40;

const MAIN = "main";
const MUSIC = "music";

/**
 * Plan + analysis → Timeline (PRODUCT.md §3), with the notes a creator should read and the pause
 * figures. Segment boundaries sit on the output's frame grid, so picture and sound cut at the
 * same instants and no drift builds up over many cuts. Pure.
 */
export function buildTimeline(input: TimelineInput): TimelineBuild {
  const { plan, source } = input;
  const info = source.info;
  const notes: string[] = [];
  const frame = outputFrame(plan, info);
  notes.push(...frame.notes);
  const audioOnlyOut = AUDIO_FORMATS.has(plan.output.format);
  const speed = plan.speed;

  let durationSrc: number;
  let speech = input.speech;
  let cutPlan = plan.cut;
  if (info.kind === "image") {
    // A still has no time of its own: it lasts as long as asked, and nothing in it can be cut.
    durationSrc = Math.round((plan.cut.targetDurationMs ?? STILL_DEFAULT_MS) * speed);
    if (plan.cut.removePauses) notes.push("A still image has no pauses to trim.");
    cutPlan = { ...plan.cut, removePauses: null, ranges: null, trimStartMs: 0, trimEndMs: 0, targetDurationMs: null };
    speech = null;
  } else {
    durationSrc = info.durationMs ?? 0;
  }
  const cut = planCut({ durationMs: durationSrc, cut: cutPlan, speed, speech });
  notes.push(...cut.notes);

  // Audio-only outputs are cut to the ms; pictures to whole frames.
  const grid = audioOnlyOut ? 1000 : frame.fps;
  const segments = segmentsOnGrid(cut.kept, speed, grid);
  const durationMs = segments.reduce((end, s) => Math.max(end, s.startMs + s.durationMs), 0);

  const sources: TimelineSource[] = [
    { id: MAIN, name: source.name, kind: info.kind, durationMs: info.durationMs, generator: null },
  ];
  const tracks: TimelineTrack[] = [];
  if (!audioOnlyOut) tracks.push({ type: 0, name: "Video", segments: segments.map((s) => ({ ...s })) });

  // Stills and GIFs carry no sound, so their Timeline has no sound tracks either.
  const silentOut = IMAGE_FORMATS.has(plan.output.format) || plan.output.format === "gif";
  const hasVoice =
    !silentOut && info.audio !== null && info.kind !== "image" && !plan.audio.mute && plan.audio.volume > 0;
  if (hasVoice) {
    const voice = segments.map((s) => ({ ...s, volume: plan.audio.volume }));
    const last = voice[voice.length - 1];
    if (last && cut.endCutAtMs !== null)
      last.fadeOutMs = Math.min(last.durationMs, cut.endInSpeech ? SPEECH_END_FADE_MS : CUT_END_FADE_MS);
    tracks.push({ type: 1, name: "Audio", role: "voice", duck: false, segments: voice });
  }

  const music = silentOut ? null : musicTrack(plan, input.music, durationMs, hasVoice);
  if (music) {
    sources.push(music.source);
    tracks.push(music.track);
    notes.push(...music.notes);
  }

  if (plan.texts.length > 0) {
    if (audioOnlyOut) notes.push(`Texts are not drawn on ${plan.output.format} output, which has no picture.`);
    else {
      const placed = placeTexts(plan.texts, durationMs, input.glyphs);
      notes.push(...placed.notes);
      if (placed.segments.length > 0) tracks.push({ type: 7, name: "Text", segments: placed.segments });
    }
  }
  if (silentOut && plan.audio.music) notes.push(`A ${plan.output.format} has no sound, so the music was left out.`);

  const half = Math.floor(durationMs / 2);
  const timeline: Timeline = {
    version: 1,
    durationMs,
    width: frame.width,
    height: frame.height,
    fps: frame.fps,
    fit: plan.output.fit,
    background: "#101418",
    fade: { inMs: Math.min(plan.fade.inMs, half), outMs: Math.min(plan.fade.outMs, half) },
    loudnessLufs: plan.audio.normalize ? NORMALIZE_LUFS : null,
    sources,
    tracks,
  };
  const pauses = plan.cut.removePauses && speech?.hasSpeech ? pauseReport(cut, speech, speed) : null;
  if (pauses) {
    notes.push(
      `Pauses: ${pauses.removed.length} of ${pauses.found.length} trimmed (${secs(totalLength(pauses.removed))} s), ` +
        `keeping ${pauses.speechKeptPct}% of the speech; longest silence left ${secs(pauses.longestSilenceMs ?? 0)} s.`,
    );
  }
  return { timeline, notes, pauses, cut };
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10}`;

/**
 * Kept source spans → segments whose output boundaries fall on the frame grid. Boundaries are
 * rounded from the running total, so rounding never accumulates. Spans shorter than a frame vanish.
 */
export function segmentsOnGrid(kept: readonly Span[], speed: number, fps: number): MediaSegment[] {
  const segments: MediaSegment[] = [];
  let content = 0;
  let prevFrame = 0;
  for (const span of kept) {
    content += spanLength(span);
    const endFrame = Math.round(((content / speed) * fps) / 1000);
    if (endFrame <= prevFrame) continue;
    const startMs = Math.round((prevFrame * 1000) / fps);
    const endMs = Math.round((endFrame * 1000) / fps);
    segments.push({
      source: MAIN,
      sourceInMs: span.startMs,
      sourceOutMs: span.endMs,
      startMs,
      durationMs: endMs - startMs,
      speed,
      volume: 1,
      loop: false,
      fadeInMs: 0,
      fadeOutMs: 0,
    });
    prevFrame = endFrame;
  }
  return segments;
}

function musicTrack(
  plan: EditPlan,
  file: TimelineInput["music"],
  durationMs: number,
  hasVoice: boolean,
): { source: TimelineSource; track: TimelineTrack; notes: string[] } | null {
  if (durationMs <= 0) return null;
  const notes: string[] = [];
  let music = plan.audio.music;
  if (!music && file) {
    // An uploaded music file says "use this" even when the instruction did not mention music.
    music = MusicSchema.parse({});
    notes.push(`Added the uploaded music "${file.name}".`);
  }
  if (!music) return null;
  let source: TimelineSource;
  if (file?.info.audio) {
    source = { id: MUSIC, name: file.name, kind: "audio", durationMs: file.info.durationMs, generator: null };
  } else {
    source = { id: MUSIC, name: "promptcut bed (generated)", kind: "audio", durationMs: null, generator: "bed" };
    notes.push(
      music.source
        ? `The music "${music.source}" was not available, so a generated royalty-free bed plays instead.`
        : "No music file was given, so a generated royalty-free bed plays (promptcut's own, free to use).",
    );
  }
  const musicLen = source.durationMs ?? durationMs;
  const loop = musicLen < durationMs;
  const segment: MediaSegment = {
    source: MUSIC,
    sourceInMs: 0,
    sourceOutMs: Math.min(musicLen, durationMs),
    startMs: 0,
    durationMs,
    speed: 1,
    volume: music.volume,
    loop,
    fadeInMs: 0,
    fadeOutMs: Math.min(music.fadeOutMs, durationMs),
  };
  return {
    source,
    track: { type: 1, name: "Music", role: "bgm", duck: music.duck && hasVoice, segments: [segment] },
    notes,
  };
}

/**
 * Pause figures on the clip's own loudness measure: found, removed, and — after pause trimming,
 * before any duration target cuts further — the speech kept and the longest silence left.
 */
function pauseReport(cut: CutResult, speech: SpeechActivity, speed: number): PauseReport {
  const speechBefore = totalLength(intersectSpans(speech.speech, cut.base));
  const speechAfter = totalLength(intersectSpans(speech.speech, cut.afterPauses));
  return {
    found: cut.pausesFound,
    removed: cut.pausesRemoved,
    thresholdDb: speech.thresholdDb,
    speechDb: speech.speechDb,
    noiseDb: speech.noiseDb,
    speechKeptPct: speechBefore > 0 ? Math.floor((1000 * speechAfter) / speechBefore) / 10 : 100,
    longestSilenceMs: Math.round(longestSilence(cut.afterPauses, speech) / speed),
  };
}

/** The longest silence in the output: silences inside kept spans, joined across each cut. */
export function longestSilence(kept: readonly Span[], speech: SpeechActivity): number {
  let longest = 0;
  let run = 0;
  // Whether the previous span ended in silence, so this span's leading silence continues it.
  let carry = false;
  for (const k of kept) {
    let endsQuiet = false;
    for (const q of intersectSpans(speech.silences, [k])) {
      run = carry && q.startMs === k.startMs ? run + spanLength(q) : spanLength(q);
      carry = false;
      longest = Math.max(longest, run);
      endsQuiet = q.endMs === k.endMs;
    }
    carry = endsQuiet;
  }
  return longest;
}
