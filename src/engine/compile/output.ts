import type { OutputFormat } from "../../plan/schema.js";

export type Quality = "draft" | "standard" | "high";

export interface MachineFacts {
  /** Logical CPUs the encoder may use. */
  cpus: number;
  /** This ffmpeg has zscale and tonemap for HDR sources (default true: Debian's and most builds do). */
  toneMapping?: boolean | undefined;
}

export interface FrameFacts {
  width: number;
  height: number;
  fps: number;
}

const X264_PRESETS = ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium"] as const;

/**
 * The slowest x264 preset that still renders a 1080×1920 clip faster than real time on this
 * machine: on 2 cores that is veryfast (medium would take ~4× as long for ~10% less size).
 * Draft goes two steps faster.
 */
export function x264Preset(quality: Quality, machine: MachineFacts): string {
  const base = machine.cpus <= 2 ? 2 : machine.cpus <= 4 ? 3 : machine.cpus <= 8 ? 4 : 5;
  const i = quality === "draft" ? Math.max(0, base - 2) : base;
  return X264_PRESETS[i] ?? "veryfast";
}

/** Constant quality per level; the cap below keeps busy footage within what platforms accept. */
const X264_CRF: Record<Quality, number> = { draft: 28, standard: 23, high: 21 };
const VP9_CRF: Record<Quality, number> = { draft: 40, standard: 34, high: 31 };
/**
 * Peak video bitrate in kbit/s at 1080×1920 30 fps, scaled by pixel rate for other frames.
 * Social platforms re-encode anything above ~10 Mbit/s, so more only costs upload time.
 */
const CAP_KBPS_1080P30: Record<Quality, number> = { draft: 3000, standard: 6000, high: 10000 };
/**
 * AAC bit rate. TikTok, Reels and Shorts re-encode sound to ~128 kbit/s, so "high" gains nothing
 * audible from more; for speech clips the sound is most of the file.
 */
const AAC_KBPS: Record<Quality, number> = { draft: 96, standard: 128, high: 128 };
const MP3_KBPS: Record<Quality, number> = { draft: 128, standard: 192, high: 256 };

export function bitrateCapKbps(quality: Quality, frame: FrameFacts): number {
  const scale = (frame.width * frame.height * Math.min(frame.fps, 60)) / (1080 * 1920 * 30);
  return Math.max(800, Math.round((CAP_KBPS_1080P30[quality] * scale) / 100) * 100);
}

export const isStill = (f: OutputFormat) => f === "jpg" || f === "png";
export const isAudioOnly = (f: OutputFormat) => f === "mp3" || f === "wav" || f === "m4a" || f === "aac";

/** Encoder and muxer arguments for one output format and quality level. Pure. */
export function encoderArgs(
  format: OutputFormat,
  quality: Quality,
  frame: FrameFacts,
  machine: MachineFacts,
): string[] {
  const cap = bitrateCapKbps(quality, frame);
  const x264 = [
    "-c:v",
    "libx264",
    "-preset",
    x264Preset(quality, machine),
    "-crf",
    String(X264_CRF[quality]),
    "-maxrate",
    `${cap}k`,
    "-bufsize",
    `${cap * 2}k`,
    "-profile:v",
    "high",
    "-pix_fmt",
    "yuv420p",
  ];
  const aac = ["-c:a", "aac", "-b:a", `${AAC_KBPS[quality]}k`, "-ar", "48000", "-ac", "2"];
  // What players assume for HD anyway, written down so none has to guess.
  const bt709 = ["-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709", "-color_range", "tv"];
  switch (format) {
    case "mp4":
      return [...x264, ...bt709, ...aac, "-movflags", "+faststart", "-f", "mp4"];
    case "mov":
      return [...x264, ...bt709, ...aac, "-movflags", "+faststart", "-f", "mov"];
    case "webm":
      return [
        "-c:v",
        "libvpx-vp9",
        "-pix_fmt",
        "yuv420p",
        "-crf",
        String(VP9_CRF[quality]),
        "-b:v",
        `${cap}k`,
        // good/cpu-used 4–5 with row threading is the usual speed/quality point for VP9 uploads.
        "-deadline",
        quality === "draft" ? "realtime" : "good",
        "-cpu-used",
        quality === "draft" ? "8" : quality === "standard" ? "5" : "4",
        "-row-mt",
        "1",
        "-tile-columns",
        "2",
        ...bt709,
        "-c:a",
        "libopus",
        "-b:a",
        `${AAC_KBPS[quality]}k`,
        "-ar",
        "48000",
        "-ac",
        "2",
        "-f",
        "webm",
      ];
    case "gif":
      return ["-c:v", "gif", "-loop", "0", "-f", "gif"];
    case "jpg":
      return [
        "-frames:v",
        "1",
        "-update",
        "1",
        "-c:v",
        "mjpeg",
        "-q:v",
        quality === "draft" ? "5" : "2",
        "-pix_fmt",
        "yuvj420p",
        "-f",
        "image2",
      ];
    case "png":
      return ["-frames:v", "1", "-update", "1", "-c:v", "png", "-pix_fmt", "rgb24", "-f", "image2"];
    case "mp3":
      return ["-c:a", "libmp3lame", "-b:a", `${MP3_KBPS[quality]}k`, "-ar", "48000", "-ac", "2", "-f", "mp3"];
    case "wav":
      return ["-c:a", "pcm_s16le", "-ar", "48000", "-ac", "2", "-f", "wav"];
    case "m4a":
      return [
        "-c:a",
        "aac",
        "-b:a",
        `${Math.max(160, AAC_KBPS[quality])}k`,
        "-ar",
        "48000",
        "-ac",
        "2",
        "-movflags",
        "+faststart",
        "-f",
        "ipod",
      ];
    case "aac":
      return ["-c:a", "aac", "-b:a", `${Math.max(160, AAC_KBPS[quality])}k`, "-ar", "48000", "-ac", "2", "-f", "adts"];
  }
}
