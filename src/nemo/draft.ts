import { createHash } from "node:crypto";
import { z } from "zod";
import {
  TimelineSchema,
  type MediaSegment,
  type TextSegment,
  type Timeline,
  type TimelineSource,
  type TimelineTrack,
} from "../timeline/schema.js";

/**
 * The NemoVideo draft (NEMO.md "Draft"): `t` tracks, `tt` track type (0 video, 1 audio, 7 text),
 * `sg` segments, `d` duration in ms, `m` metadata `{title,width,height}`. Segment fields are not
 * public, so segments are opaque objects: every schema here is loose, and conversions keep every
 * key they do not know. Pure module.
 */

const DraftSegmentSchema = z.record(z.string(), z.unknown());
const DraftTrackSchema = z.looseObject({ tt: z.number().int(), sg: z.array(DraftSegmentSchema).default([]) });
export const DraftSchema = z.looseObject({
  t: z.array(DraftTrackSchema).default([]),
  d: z.number().min(0).optional(),
  m: z
    .looseObject({ title: z.string().optional(), width: z.number().optional(), height: z.number().optional() })
    .optional(),
});

export type Draft = z.output<typeof DraftSchema>;
export type DraftTrack = Draft["t"][number];
export type DraftSegment = DraftTrack["sg"][number];

/**
 * Segment keys promptcut itself writes when it makes a draft (the simulator's drafts are made this
 * way) and therefore can read back. Upstream's own segment keys are unknown (NEMO.md): a real
 * draft's segments may carry none of these, and then only t/tt/sg/d/m are used.
 */
export const SEGMENT_KEYS = {
  source: "src", // source name (the uploaded file name)
  sourceIn: "in", // ms
  sourceOut: "out", // ms
  start: "st", // timeline start, ms
  duration: "du", // ms
  speed: "sp",
  volume: "vol",
  loop: "lp",
  fadeIn: "fi",
  fadeOut: "fo",
  text: "tx",
  position: "pos",
  style: "sty",
  animation: "ani",
  size: "sz",
} as const;
/** Track-level keys promptcut writes: a display name and, for audio, whether it is a music bed. */
const TRACK_KEYS = { name: "n", role: "role", duck: "duck" } as const;

/** NEMO.md: a draft can be exported when some track has a non-empty `sg`. */
export function isExportable(draft: unknown): boolean {
  const d = DraftSchema.safeParse(draft);
  return d.success && d.data.t.some((t) => t.sg.length > 0);
}

export function parseDraft(draft: unknown): Draft | null {
  const d = DraftSchema.safeParse(draft);
  return d.success ? d.data : null;
}

/** A stable fingerprint (key order ignored), to tell whether a turn changed the draft. */
export function draftFingerprint(draft: unknown): string {
  return createHash("sha256")
    .update(canonicalJson(draft ?? null))
    .digest("hex")
    .slice(0, 32);
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

// ── draft → Timeline ─────────────────────────────────────────────────────────────────────────────

export interface DraftReadContext {
  /** What was uploaded: file names and durations, so segments can name their source. */
  sources?: TimelineSource[] | undefined;
  /** The frame rate of the main upload; the draft does not carry one. */
  fps?: number | undefined;
}

const ms = (v: unknown): number | null =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 ? Math.round(v) : null;
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], dflt: T): T =>
  typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : dflt;

/**
 * Reads a draft as a Timeline so a nemo job prints the same summary line as a local job. Known
 * segment keys (ours) give exact times; without them a segment spans the whole draft (`d`), which
 * is all NEMO.md lets us rely on. Tracks of other types are left out (they stay in the draft).
 */
export function draftToTimeline(input: unknown, ctx: DraftReadContext = {}): Timeline {
  const draft = DraftSchema.parse(input ?? {});
  const sources: TimelineSource[] = [...(ctx.sources ?? [])];
  const known = draft.t.flatMap((t) => t.sg.map((s) => segmentEnd(s))).filter((x): x is number => x !== null);
  const durationMs = ms(draft.d) ?? (known.length ? Math.max(...known) : 0);

  const sourceFor = (seg: DraftSegment, tt: 0 | 1): string => {
    const named = typeof seg[SEGMENT_KEYS.source] === "string" ? (seg[SEGMENT_KEYS.source] as string) : null;
    if (named !== null) {
      const hit = sources.find((s) => s.id === named || s.name === named);
      if (hit) return hit.id;
      sources.push({ id: named, name: named, kind: tt === 1 ? "audio" : "video", durationMs: null, generator: null });
      return named;
    }
    // No name: a video segment is the main upload; an audio one is its own sound.
    const fallback =
      sources.find((s) => s.kind === (tt === 0 ? "video" : "audio")) ??
      sources.find((s) => s.kind === "video") ??
      sources[0];
    if (fallback) return fallback.id;
    const placeholder = {
      id: "draft",
      name: draft.m?.title ?? "nemo draft",
      kind: "video" as const,
      durationMs,
      generator: null,
    };
    sources.push(placeholder);
    return placeholder.id;
  };

  const tracks: TimelineTrack[] = [];
  for (const t of draft.t) {
    const name = typeof t[TRACK_KEYS.name] === "string" ? (t[TRACK_KEYS.name] as string) : undefined;
    if (t.tt === 0 || t.tt === 1) {
      const tt = t.tt;
      const segments = t.sg.map((s) => mediaSegment(s, sourceFor(s, tt), durationMs));
      if (tt === 0) tracks.push({ type: 0, name: name ?? "Video", segments });
      else {
        const role = t[TRACK_KEYS.role] === "bgm" ? "bgm" : "voice";
        tracks.push({
          type: 1,
          name: name ?? (role === "bgm" ? "BGM" : "Audio"),
          role,
          duck: t[TRACK_KEYS.duck] === true,
          segments,
        });
      }
    } else if (t.tt === 7) {
      tracks.push({ type: 7, name: name ?? "Title", segments: t.sg.map((s) => textSegment(s, durationMs)) });
    }
  }

  return TimelineSchema.parse({
    version: 1,
    durationMs,
    width: Math.max(0, Math.round(draft.m?.width ?? 0)),
    height: Math.max(0, Math.round(draft.m?.height ?? 0)),
    fps: ctx.fps && ctx.fps > 0 ? ctx.fps : 30,
    sources,
    tracks,
  });
}

function segmentEnd(s: DraftSegment): number | null {
  const st = ms(s[SEGMENT_KEYS.start]);
  const du = ms(s[SEGMENT_KEYS.duration]);
  return st !== null && du !== null ? st + du : null;
}

function mediaSegment(s: DraftSegment, source: string, draftMs: number): MediaSegment {
  const K = SEGMENT_KEYS;
  const startMs = ms(s[K.start]) ?? 0;
  const durationMs = ms(s[K.duration]) ?? Math.max(0, draftMs - startMs);
  const sourceInMs = ms(s[K.sourceIn]) ?? 0;
  const speed = typeof s[K.speed] === "number" && (s[K.speed] as number) > 0 ? (s[K.speed] as number) : 1;
  return {
    source,
    sourceInMs,
    sourceOutMs: Math.max(sourceInMs, ms(s[K.sourceOut]) ?? sourceInMs + Math.round(durationMs * speed)),
    startMs,
    durationMs,
    speed,
    volume: typeof s[K.volume] === "number" && (s[K.volume] as number) >= 0 ? (s[K.volume] as number) : 1,
    loop: s[K.loop] === true,
    fadeInMs: ms(s[K.fadeIn]) ?? 0,
    fadeOutMs: ms(s[K.fadeOut]) ?? 0,
  };
}

function textSegment(s: DraftSegment, draftMs: number): TextSegment {
  const K = SEGMENT_KEYS;
  const startMs = ms(s[K.start]) ?? 0;
  return {
    text: typeof s[K.text] === "string" ? (s[K.text] as string) : "(text)",
    startMs,
    durationMs: ms(s[K.duration]) ?? Math.max(0, draftMs - startMs),
    position: oneOf(s[K.position], ["top", "center", "bottom"], "center"),
    style: oneOf(s[K.style], ["fun", "bold", "clean", "caption"], "bold"),
    animation: oneOf(s[K.animation], ["pop", "fade", "none"], "none"),
    size: oneOf(s[K.size], ["small", "medium", "large"], "medium"),
  };
}

// ── Timeline → draft ─────────────────────────────────────────────────────────────────────────────

export interface DraftWriteOptions {
  title?: string | undefined;
  /**
   * A draft to build on: its unknown keys (top level, per track, per segment at the same position)
   * are kept, so a round trip through our Timeline loses nothing upstream put there.
   */
  base?: unknown;
}

/** Writes a Timeline as a draft, with segment keys from SEGMENT_KEYS. Pure. */
export function timelineToDraft(timeline: Timeline, opts: DraftWriteOptions = {}): Draft {
  const base = parseDraft(opts.base) ?? { t: [] };
  const nameOf = (id: string) => timeline.sources.find((s) => s.id === id)?.name ?? id;
  const K = SEGMENT_KEYS;

  // The k-th track of a type builds on the base's k-th track of that type.
  const seen = new Map<number, number>();
  const t: DraftTrack[] = timeline.tracks.map((track) => {
    const k = seen.get(track.type) ?? 0;
    seen.set(track.type, k + 1);
    const baseTrack = base.t.filter((b) => b.tt === track.type)[k];
    const keep = (j: number): DraftSegment => ({ ...(baseTrack?.sg[j] ?? {}) });
    const common = { ...(baseTrack ?? {}), tt: track.type, [TRACK_KEYS.name]: track.name };
    switch (track.type) {
      case 0:
      case 1: {
        const sg = track.segments.map((s, j) => ({
          ...keep(j),
          [K.source]: nameOf(s.source),
          [K.sourceIn]: s.sourceInMs,
          [K.sourceOut]: s.sourceOutMs,
          [K.start]: s.startMs,
          [K.duration]: s.durationMs,
          [K.speed]: s.speed,
          [K.volume]: s.volume,
          [K.loop]: s.loop,
          [K.fadeIn]: s.fadeInMs,
          [K.fadeOut]: s.fadeOutMs,
        }));
        return track.type === 1
          ? { ...common, [TRACK_KEYS.role]: track.role, [TRACK_KEYS.duck]: track.duck, sg }
          : { ...common, sg };
      }
      default:
        return {
          ...common,
          sg: track.segments.map((s, j) => ({
            ...keep(j),
            [K.text]: s.text,
            [K.start]: s.startMs,
            [K.duration]: s.durationMs,
            [K.position]: s.position,
            [K.style]: s.style,
            [K.animation]: s.animation,
            [K.size]: s.size,
          })),
        };
    }
  });

  // Track types a Timeline does not model (anything but 0/1/7) pass through untouched.
  const foreign = base.t.filter((b) => b.tt !== 0 && b.tt !== 1 && b.tt !== 7);
  return {
    ...base,
    t: [...t, ...foreign],
    d: timeline.durationMs,
    m: {
      ...(base.m ?? {}),
      title: opts.title ?? base.m?.title ?? "project",
      width: timeline.width,
      height: timeline.height,
    },
  };
}
