import { z } from "zod";

/**
 * EditPlan v1 — PRODUCT.md §2. Field names are a contract other programs rely on: fields may be
 * added, never renamed. Every field has a default so `EditPlanSchema.parse({})` is "change nothing".
 */

const ms = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600_000);

export const PRESETS = ["tiktok", "reels", "shorts", "story", "youtube", "square"] as const;
export const ASPECTS = ["9:16", "16:9", "1:1", "4:5", "source"] as const;
export const FORMATS = ["mp4", "mov", "webm", "gif", "mp3", "wav", "m4a", "aac", "jpg", "png"] as const;
export const INTENTS = ["edit", "export", "status", "credits", "upload", "help"] as const;

export const PresetSchema = z.enum(PRESETS);
export const AspectSchema = z.enum(ASPECTS);
export const FormatSchema = z.enum(FORMATS);
export const FitSchema = z.enum(["crop", "pad", "blur"]);
export const QualitySchema = z.enum(["draft", "standard", "high"]);
export const IntentSchema = z.enum(INTENTS);

export const OutputSchema = z.object({
  preset: PresetSchema.nullable().default(null),
  aspect: AspectSchema.default("source"),
  /** Short side in px; null means 1080. */
  resolution: z
    .union([z.literal(480), z.literal(720), z.literal(1080)])
    .nullable()
    .default(null),
  /** Set when the aspect is known; null when the frame follows the source. */
  width: z.number().int().min(16).max(4096).nullable().default(null),
  height: z.number().int().min(16).max(4096).nullable().default(null),
  fit: FitSchema.default("crop"),
  /** null keeps the source rate (capped at 60, variable made constant). */
  fps: z.number().min(1).max(60).nullable().default(null),
  format: FormatSchema.default("mp4"),
  quality: QualitySchema.default("high"),
});

export const RemovePausesSchema = z.object({
  minPauseMs: z.number().int().min(100).max(60_000).default(500),
  paddingMs: z.number().int().min(0).max(2_000).default(150),
});

export const RangeSchema = z
  .object({ startMs: ms, endMs: ms })
  .refine((r) => r.endMs > r.startMs, { message: "endMs must be after startMs", path: ["endMs"] });

export const CutSchema = z.object({
  removePauses: RemovePausesSchema.nullable().default(null),
  /** Source ranges to keep, in source order. */
  ranges: z.array(RangeSchema).min(1).max(200).nullable().default(null),
  trimStartMs: ms.default(0),
  trimEndMs: ms.default(0),
  targetDurationMs: z
    .number()
    .int()
    .min(100)
    .max(24 * 3600_000)
    .nullable()
    .default(null),
  durationMode: z.enum(["exact", "max"]).default("exact"),
});

export const TextSchema = z
  .object({
    text: z.string().trim().min(1).max(500),
    startMs: ms.default(0),
    /** null = until the end. */
    endMs: ms.nullable().default(null),
    /**
     * With `end`, times count back from the output's end, mirrored: {anchor: "end", startMs: 0,
     * endMs: 3000} is the last three seconds (see src/plan/interpret/README.md).
     */
    anchor: z.enum(["start", "end"]).default("start"),
    position: z.enum(["top", "center", "bottom"]).default("center"),
    style: z.enum(["fun", "bold", "clean", "caption"]).default("bold"),
    animation: z.enum(["pop", "fade", "none"]).default("none"),
    /** Type size relative to the frame; the engine scales its font by it. */
    size: z.enum(["small", "medium", "large"]).default("medium"),
  })
  .refine((t) => t.endMs === null || t.endMs !== t.startMs, {
    message: "a text needs a non-empty time span",
    path: ["endMs"],
  });

export const MusicSchema = z.object({
  /** A source name the job knows (the uploaded `music` part), or null for the shipped bed. */
  source: z.string().max(500).nullable().default(null),
  volume: z.number().min(0).max(2).default(0.35),
  /** Lower the music under speech (sidechain compression). */
  duck: z.boolean().default(true),
  fadeOutMs: ms.default(1000),
});

export const AudioSchema = z.object({
  mute: z.boolean().default(false),
  /** Loudness normalisation to −14 LUFS. */
  normalize: z.boolean().default(false),
  volume: z.number().min(0).max(4).default(1),
  music: MusicSchema.nullable().default(null),
});

export const FadeSchema = z.object({
  inMs: z.number().int().min(0).max(30_000).default(0),
  outMs: z.number().int().min(0).max(30_000).default(0),
});

export const EditPlanSchema = z.object({
  version: z.literal(1).default(1),
  intent: IntentSchema.default("edit"),
  output: OutputSchema.prefault({}),
  cut: CutSchema.prefault({}),
  speed: z.number().min(0.25).max(4).default(1),
  texts: z.array(TextSchema).max(20).default([]),
  audio: AudioSchema.prefault({}),
  fade: FadeSchema.prefault({}),
  notes: z.array(z.string().max(1000)).max(50).default([]),
  unrecognized: z.array(z.string().max(2000)).max(50).default([]),
});

export type EditPlan = z.output<typeof EditPlanSchema>;
/** What a caller may send: any subset, defaults fill the rest. */
export type EditPlanInput = z.input<typeof EditPlanSchema>;
export type OutputSpec = EditPlan["output"];
export type TextOverlay = EditPlan["texts"][number];
export type Preset = z.infer<typeof PresetSchema>;
export type OutputFormat = z.infer<typeof FormatSchema>;
export type Intent = z.infer<typeof IntentSchema>;

/** Frame size each preset implies (PRODUCT.md §2). */
export const PRESET_FRAMES: Record<Preset, { aspect: "9:16" | "16:9" | "1:1"; width: number; height: number }> = {
  tiktok: { aspect: "9:16", width: 1080, height: 1920 },
  reels: { aspect: "9:16", width: 1080, height: 1920 },
  shorts: { aspect: "9:16", width: 1080, height: 1920 },
  story: { aspect: "9:16", width: 1080, height: 1920 },
  youtube: { aspect: "16:9", width: 1920, height: 1080 },
  square: { aspect: "1:1", width: 1080, height: 1080 },
};

export const AUDIO_FORMATS: ReadonlySet<OutputFormat> = new Set(["mp3", "wav", "m4a", "aac"]);
export const IMAGE_FORMATS: ReadonlySet<OutputFormat> = new Set(["jpg", "png"]);

export function defaultPlan(): EditPlan {
  return EditPlanSchema.parse({});
}
