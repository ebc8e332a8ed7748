import { AppError } from "../../shared/errors.js";
import { localInput } from "../../media/formats.js";
import type { MediaInfo } from "../../media/probe.js";
import type { MediaSegment, Timeline } from "../../timeline/schema.js";
import { sec } from "./graph.js";

export interface SourceMedia {
  path: string;
  info: MediaInfo;
}

/** Where one segment's frames come from: an ffmpeg input, and the part of it the segment covers. */
export interface ClipSource {
  input: number;
  info: MediaInfo;
  /** Set when the input covers several segments: the segment's span inside it, in ms. */
  within: { startMs: number; endMs: number } | null;
}

export interface InputPlan {
  args: string[];
  clipOf: (seg: MediaSegment) => ClipSource;
  /** Input number of a looped/cut music file, by source id. */
  musicInput: Map<string, number>;
}

/**
 * Segments closer than this in the source share one seeked input and the gap between them is
 * decoded and dropped: a fresh input would decode from the keyframe before the next segment anyway
 * (phones write one every 1–2 s, x264 every 8 s) and costs a decoder besides.
 */
export const MERGE_GAP_MS = 1000;

/**
 * Each seeked input keeps its own decoder alive for the whole render (~40 MB per 1080p input), so
 * past this many inputs of one file the closest neighbours share one.
 */
export const MAX_INPUTS_PER_SOURCE = 12;

const clipKey = (s: MediaSegment) => `${s.source}|${s.sourceInMs}|${s.sourceOutMs}`;

/** Every input reads only a local file we wrote, through the file protocol. */
const fileInput = (path: string, pre: string[] = []) => [...pre, ...localInput(path)];

/**
 * The inputs of a render: seeked inputs (`-ss`/`-t` before `-i`) so only the kept parts are
 * decoded — one per segment, or per group of close segments; music files once. Pure.
 */
export function planInputs(timeline: Timeline, media: Readonly<Record<string, SourceMedia>>): InputPlan {
  const args: string[] = [];
  const clips = new Map<string, ClipSource>();
  const musicInput = new Map<string, number>();
  let next = 0;

  const bySource = new Map<string, MediaSegment[]>();
  for (const track of timeline.tracks) {
    if (track.type === 7 || (track.type === 1 && track.role === "bgm")) continue;
    for (const seg of track.segments) {
      const list = bySource.get(seg.source) ?? [];
      if (!list.some((s) => clipKey(s) === clipKey(seg))) list.push(seg);
      bySource.set(seg.source, list);
    }
  }

  for (const [id, segs] of bySource) {
    const m = media[id];
    if (!m) throw new AppError("render_failed", `The Timeline uses a source "${id}" that has no file to read.`);
    if (m.info.kind === "image") {
      // A still is read once and held for as long as any segment needs it.
      args.push(...fileInput(m.path));
      const input = next++;
      for (const s of segs) clips.set(clipKey(s), { input, info: m.info, within: null });
      continue;
    }
    for (const group of groupSegments(segs)) {
      const startMs = Math.min(...group.map((s) => s.sourceInMs));
      const endMs = Math.max(...group.map((s) => s.sourceOutMs));
      args.push(...fileInput(m.path, ["-ss", sec(startMs), "-t", sec(endMs - startMs)]));
      const input = next++;
      for (const s of group) {
        const within = group.length > 1 ? { startMs: s.sourceInMs - startMs, endMs: s.sourceOutMs - startMs } : null;
        clips.set(clipKey(s), { input, info: m.info, within });
      }
    }
  }

  for (const track of timeline.tracks) {
    if (track.type !== 1 || track.role !== "bgm") continue;
    for (const seg of track.segments) {
      const m = media[seg.source];
      if (!m || musicInput.has(seg.source)) continue;
      // -stream_loop repeats a short bed without decoding it twice into memory.
      args.push(...fileInput(m.path, seg.loop ? ["-stream_loop", "-1"] : []));
      musicInput.set(seg.source, next++);
    }
  }

  return {
    args,
    musicInput,
    clipOf: (seg) => {
      const c = clips.get(clipKey(seg));
      if (!c) throw new Error(`no input for segment of ${seg.source}`);
      return c;
    },
  };
}

/**
 * Segments of one file, in timeline order, grouped into shared inputs: a segment joins the group
 * before it when it follows it in the source within MERGE_GAP_MS; then, while there are more than
 * MAX_INPUTS_PER_SOURCE groups, the two neighbours closest in the source merge. Groups only ever
 * run forwards through the source, so one decoder feeds their segments in order without buffering.
 */
export function groupSegments(segs: readonly MediaSegment[]): MediaSegment[][] {
  const ordered = [...segs].sort((a, b) => a.startMs - b.startMs);
  const groups: MediaSegment[][] = [];
  const gapAfter = (g: MediaSegment[], next: MediaSegment) =>
    next.sourceInMs - Math.max(...g.map((s) => s.sourceOutMs));
  for (const seg of ordered) {
    const last = groups[groups.length - 1];
    if (last && gapAfter(last, seg) >= 0 && gapAfter(last, seg) < MERGE_GAP_MS) last.push(seg);
    else groups.push([seg]);
  }
  while (groups.length > MAX_INPUTS_PER_SOURCE) {
    let best = -1;
    let bestGap = Infinity;
    for (let i = 0; i + 1 < groups.length; i++) {
      const gap = gapAfter(groups[i] as MediaSegment[], (groups[i + 1] as MediaSegment[])[0] as MediaSegment);
      if (gap >= 0 && gap < bestGap) {
        best = i;
        bestGap = gap;
      }
    }
    if (best < 0) break;
    groups.splice(best, 2, [...(groups[best] as MediaSegment[]), ...(groups[best + 1] as MediaSegment[])]);
  }
  return groups;
}
