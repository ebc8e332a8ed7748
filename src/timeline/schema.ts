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
  /**
   * Set when the source is synthesised at render time instead of read from a file: `bed` is the
   * royalty-free music bed used when a plan asks for music and no file was given.
   */
  generator: z.enum(["bed"]).nullable().default(null),
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
  size: z.enum(["small", "medium", "large"]).default("medium"),
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
  /** How a source of another aspect fills the frame. */
  fit: z.enum(["crop", "pad", "blur"]).default("crop"),
  /** Fill behind padded video and behind the waveform of an audio-only source, as #rrggbb. */
  background: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default("#101418"),
  /** Fades of the whole output, picture to/from black and sound to/from silence. */
  fade: z.object({ inMs: z.number().int().min(0).default(0), outMs: z.number().int().min(0).default(0) }).prefault({}),
  /** Integrated loudness the final mix is normalised to (EBU R128), or null to leave levels alone. */
  loudnessLufs: z.number().min(-40).max(-5).nullable().default(null),
  sources: z.array(TimelineSourceSchema),
  tracks: z.array(TrackSchema),
});

export type Timeline = z.output<typeof TimelineSchema>;
export type TimelineTrack = Timeline["tracks"][number];
export type MediaSegment = z.output<typeof MediaSegmentSchema>;
export type TextSegment = z.output<typeof TextSegmentSchema>;
export type TimelineSource = z.output<typeof TimelineSourceSchema>;
