import { z } from "zod";

/**
 * Timeline — PRODUCT.md §3: what will be rendered. Track types use the NemoVideo draft numbers
 * (0 video, 1 audio, 7 text) so a Timeline converts to and from a draft. All times in ms.
 */

export const TRACK_TYPE = { video: 0, audio: 1, text: 7 } as const;

export const TimelineSourceSchema = z.object({
  /** Stable id the segments refer to ("main", "music", "src_2"). */
  id: z.string().min(1),
  /** What a person calls it: the upload's file name. */
  name: z.string(),
  kind: z.enum(["video", "audio", "image"]),
  durationMs: z.number().int().min(0).nullable().default(null),
});

export const MediaSegmentSchema = z.object({
  source: z.string(),
  sourceInMs: z.number().int().min(0),
  sourceOutMs: z.number().int().min(0),
  startMs: z.number().int().min(0),
  durationMs: z.number().int().min(0),
  speed: z.number().positive().default(1),
  volume: z.number().min(0).default(1),
  /** Loop the source to fill durationMs (music beds). */
  loop: z.boolean().default(false),
  fadeInMs: z.number().int().min(0).default(0),
  fadeOutMs: z.number().int().min(0).default(0),
});

export const TextSegmentSchema = z.object({
  text: z.string(),
  startMs: z.number().int().min(0),
  durationMs: z.number().int().min(0),
  position: z.enum(["top", "center", "bottom"]),
  style: z.enum(["fun", "bold", "clean", "caption"]),
  animation: z.enum(["pop", "fade", "none"]),
});

export const TrackSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal(0), name: z.string().default("Video"), segments: z.array(MediaSegmentSchema) }),
  z.object({
    type: z.literal(1),
    name: z.string().default("Audio"),
    /** `bgm` = a music bed (ducked under speech), `voice` = a source's own sound. */
    role: z.enum(["voice", "bgm"]).default("voice"),
    duck: z.boolean().default(false),
    segments: z.array(MediaSegmentSchema),
  }),
  z.object({ type: z.literal(7), name: z.string().default("Title"), segments: z.array(TextSegmentSchema) }),
]);

export const TimelineSchema = z.object({
  version: z.literal(1).default(1),
  durationMs: z.number().int().min(0),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  fps: z.number().positive(),
  sources: z.array(TimelineSourceSchema),
  tracks: z.array(TrackSchema),
});

export type Timeline = z.output<typeof TimelineSchema>;
export type TimelineTrack = Timeline["tracks"][number];
export type MediaSegment = z.output<typeof MediaSegmentSchema>;
export type TextSegment = z.output<typeof TextSegmentSchema>;
export type TimelineSource = z.output<typeof TimelineSourceSchema>;
