import fs from "node:fs/promises";
import { z } from "zod";
import { execFile } from "../shared/exec.js";
import { UnsupportedMediaError } from "../shared/errors.js";
import { ACCEPTED_CONTAINERS, FORMAT_WHITELIST } from "./formats.js";

/** What the rest of the system knows about a media file, from ffprobe. */
export const MediaInfoSchema = z.object({
  kind: z.enum(["video", "audio", "image"]),
  container: z.string(),
  /** null when neither the container nor the streams say (browser MediaRecorder webm) and it could not be measured. */
  durationMs: z.number().int().min(0).nullable(),
  sizeBytes: z.number().int().min(0),
  video: z
    .object({
      index: z.number().int(),
      codec: z.string(),
      profile: z.string().nullable(),
      /** Coded size, before rotation. */
      codedWidth: z.number().int(),
      codedHeight: z.number().int(),
      /** Size as shown: rotation and sample aspect ratio applied. */
      width: z.number().int(),
      height: z.number().int(),
      rotation: z.number().int(),
      /** Average frame rate (what a constant-rate output should use). */
      fps: z.number().nullable(),
      /** Nominal rate from the container (can be a timebase for VFR files). */
      rFrameRate: z.number().nullable(),
      vfr: z.boolean(),
      pixFmt: z.string().nullable(),
      bitDepth: z.number().int(),
      colorTransfer: z.string().nullable(),
      colorPrimaries: z.string().nullable(),
      colorRange: z.string().nullable(),
      /** YUV matrix (bt709, bt470bg, smpte170m…); optional so MediaInfo written by hand stays valid. */
      colorSpace: z.string().nullable().optional(),
      hdr: z.boolean(),
      frames: z.number().int().nullable(),
    })
    .nullable(),
  audio: z
    .object({
      index: z.number().int(),
      codec: z.string(),
      sampleRate: z.number().int(),
      channels: z.number().int(),
    })
    .nullable(),
  /** Streams that are neither the chosen video nor audio (timecode, telemetry, subtitles). */
  otherStreams: z.number().int(),
});
export type MediaInfo = z.infer<typeof MediaInfoSchema>;

const IMAGE_CODECS = new Set(["png", "mjpeg", "webp", "gif", "bmp"]);

const ratio = (s: string | undefined): number | null => {
  if (!s) return null;
  const [n, d] = s.split("/").map(Number);
  if (!n || !d || !Number.isFinite(n / d)) return null;
  return n / d;
};

interface RawStream {
  index: number;
  codec_type?: string;
  codec_name?: string;
  profile?: string;
  width?: number;
  height?: number;
  sample_aspect_ratio?: string;
  pix_fmt?: string;
  bits_per_raw_sample?: string;
  color_transfer?: string;
  color_primaries?: string;
  color_range?: string;
  color_space?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  duration?: string;
  nb_frames?: string;
  sample_rate?: string;
  channels?: number;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: Array<{ rotation?: number }>;
}

interface RawProbe {
  streams?: RawStream[];
  format?: { format_name?: string; duration?: string; size?: string };
}

function bitDepthOf(s: RawStream): number {
  if (s.bits_per_raw_sample && Number(s.bits_per_raw_sample) > 0) return Number(s.bits_per_raw_sample);
  const m = /p(9|10|12|14|16)(le|be)?$/.exec(s.pix_fmt ?? "");
  return m ? Number(m[1]) : 8;
}

function rotationOf(s: RawStream): number {
  const fromSide = s.side_data_list?.find((d) => typeof d.rotation === "number")?.rotation;
  const raw = fromSide ?? (s.tags?.rotate !== undefined ? -Number(s.tags.rotate) : 0);
  // ffprobe's display-matrix rotation is counter-clockwise; normalise to 0/90/180/270 clockwise.
  const cw = ((-raw % 360) + 360) % 360;
  return (Math.round(cw / 90) * 90) % 360;
}

/** Pure: turns ffprobe's JSON into MediaInfo, or explains why the file is not acceptable media. */
export function parseProbe(raw: RawProbe, sizeBytes: number): MediaInfo {
  const formatName = raw.format?.format_name ?? "";
  const accepted = ACCEPTED_CONTAINERS[formatName];
  if (!accepted) throw new UnsupportedMediaError(formatName ? `container "${formatName}"` : "unknown format");
  const streams = raw.streams ?? [];
  const v = streams.find((s) => s.codec_type === "video" && !s.disposition?.attached_pic && s.codec_name);
  const a = streams.find((s) => s.codec_type === "audio" && s.codec_name && (s.channels ?? 0) > 0);
  if (!v && !a) throw new UnsupportedMediaError("no audio or video stream");

  let kind: MediaInfo["kind"];
  if (accepted === "detect") kind = v ? "video" : "audio";
  else if (accepted === "image") kind = v && IMAGE_CODECS.has(v.codec_name ?? "") ? "image" : "video";
  else kind = "audio";
  // An animated GIF is a video; a one-frame one is a still.
  if (kind === "image" && v?.codec_name === "gif" && Number(v.nb_frames ?? "1") > 1) kind = "video";
  if (kind === "audio" && !a) throw new UnsupportedMediaError("no audio stream");

  let video: MediaInfo["video"] = null;
  if (v && kind !== "audio") {
    const codedW = v.width ?? 0;
    const codedH = v.height ?? 0;
    if (codedW <= 0 || codedH <= 0) throw new UnsupportedMediaError("video stream without a frame size");
    const rotation = rotationOf(v);
    const sar = ratio(v.sample_aspect_ratio) ?? 1;
    const w = Math.round(codedW * (sar > 0 ? sar : 1));
    const swap = rotation === 90 || rotation === 270;
    const avg = ratio(v.avg_frame_rate);
    const rfr = ratio(v.r_frame_rate);
    const transfer = v.color_transfer ?? null;
    video = {
      index: v.index,
      codec: v.codec_name ?? "unknown",
      profile: v.profile ?? null,
      codedWidth: codedW,
      codedHeight: codedH,
      width: swap ? codedH : w,
      height: swap ? w : codedH,
      rotation,
      fps: avg ?? rfr,
      rFrameRate: rfr,
      // A nominal rate far from the average means timestamps are irregular (phones, MediaRecorder).
      vfr: avg !== null && rfr !== null && Math.abs(rfr - avg) / avg > 0.02,
      pixFmt: v.pix_fmt ?? null,
      bitDepth: bitDepthOf(v),
      colorTransfer: transfer,
      colorPrimaries: v.color_primaries ?? null,
      colorRange: v.color_range ?? null,
      colorSpace: v.color_space ?? null,
      hdr: transfer === "smpte2084" || transfer === "arib-std-b67",
      frames: v.nb_frames ? Number(v.nb_frames) : null,
    };
  }
  const audio: MediaInfo["audio"] = a
    ? {
        index: a.index,
        codec: a.codec_name ?? "unknown",
        sampleRate: Number(a.sample_rate ?? 0),
        channels: a.channels ?? 0,
      }
    : null;

  const durations = [raw.format?.duration, v?.duration, a?.duration]
    .map((d) => Number(d))
    .filter((d) => Number.isFinite(d) && d > 0);
  // The container's duration comes first: it is what players show.
  const durationS = kind === "image" ? null : (durations[0] ?? null);
  return {
    kind,
    container: formatName,
    durationMs: durationS === null ? null : Math.round(durationS * 1000),
    sizeBytes,
    video,
    audio,
    otherStreams: streams.length - (video ? 1 : 0) - (audio ? 1 : 0),
  };
}

export interface ProbeOptions {
  ffprobePath?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Probes a local file we wrote ourselves. Content decides, not the name: the file is read through
 * the `file` protocol only, so a crafted playlist cannot make ffprobe open anything else.
 */
export async function probeMedia(file: string, sizeBytes: number, opts: ProbeOptions = {}): Promise<MediaInfo> {
  if (sizeBytes === 0) throw new UnsupportedMediaError("the file is empty");
  const bin = opts.ffprobePath ?? "ffprobe";
  const res = await execFile(
    bin,
    [
      "-v",
      "error",
      "-protocol_whitelist",
      "file",
      "-format_whitelist",
      FORMAT_WHITELIST,
      "-print_format",
      "json",
      "-show_format",
      "-show_streams",
      `file:${file}`,
    ],
    { timeoutMs: opts.timeoutMs ?? 30_000, signal: opts.signal },
  );
  if (res.code !== 0) throw new UnsupportedMediaError(firstLine(res.stderr) || "unreadable");
  let raw: RawProbe;
  try {
    raw = JSON.parse(res.stdout) as RawProbe;
  } catch {
    throw new UnsupportedMediaError("unreadable");
  }
  const info = parseProbe(raw, sizeBytes);
  if (info.durationMs === null && info.kind !== "image") {
    info.durationMs = await measureDuration(bin, file, info, opts);
  }
  return info;
}

/** Probes a file we stored, reading its size first. */
export async function probeStoredFile(file: string, opts: ProbeOptions = {}): Promise<MediaInfo> {
  const { size } = await fs.stat(file);
  return probeMedia(file, size, opts);
}

/** For files without a duration in the header: the end of the last packet. */
async function measureDuration(bin: string, file: string, info: MediaInfo, opts: ProbeOptions): Promise<number | null> {
  const stream = info.video ? info.video.index : info.audio?.index;
  if (stream === undefined) return null;
  const res = await execFile(
    bin,
    [
      "-v",
      "error",
      "-protocol_whitelist",
      "file",
      "-format_whitelist",
      FORMAT_WHITELIST,
      "-select_streams",
      String(stream),
      "-show_entries",
      "packet=pts_time,duration_time",
      "-of",
      "csv=p=0",
      `file:${file}`,
    ],
    { timeoutMs: opts.timeoutMs ?? 30_000, signal: opts.signal },
  );
  let end = 0;
  for (const line of res.stdout.split("\n")) {
    const [pts, dur] = line.split(",").map(Number);
    if (pts !== undefined && Number.isFinite(pts)) end = Math.max(end, pts + (Number.isFinite(dur) ? (dur ?? 0) : 0));
  }
  return end > 0 ? Math.round(end * 1000) : null;
}

function firstLine(s: string): string {
  const line =
    s
      .split("\n")
      .map((l) => l.trim())
      .find(Boolean) ?? "";
  // ffprobe prefixes a demuxer tag or our path; the caller needs neither, and never our storage layout.
  return line
    .replace(/^\[[^\]]*\]\s*/, "")
    .replace(/^\S*file:\S+:\s*/, "")
    .replace(/'?file:[^\s']+'?/g, "the file")
    .replace(/(^|\s)\/[^\s]+/g, "$1the file")
    .slice(0, 200);
}
