import { execFileSync } from "node:child_process";

export interface ProbedStream {
  codec_type: string;
  codec_name: string;
  profile?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  sample_rate?: string;
  channels?: number;
  start_time?: string;
  duration?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  nb_frames?: string;
  side_data_list?: Array<{ rotation?: number }>;
  tags?: Record<string, string>;
}

/** ffprobe as tests see it: the raw streams and format, for asserting on outputs. */
export function ffprobe(file: string): {
  streams: ProbedStream[];
  format: { duration?: string; format_name: string; tags?: Record<string, string> };
} {
  const out = execFileSync("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", file], {
    encoding: "utf8",
  });
  return JSON.parse(out);
}

/** True when the moov atom comes before mdat (`+faststart`), read from the file's top-level boxes. */
export function moovBeforeMdat(buf: Buffer): boolean {
  let off = 0;
  while (off + 8 <= buf.length) {
    const size = buf.readUInt32BE(off);
    const type = buf.toString("latin1", off + 4, off + 8);
    if (type === "moov") return true;
    if (type === "mdat") return false;
    if (size < 8) return false;
    off += size;
  }
  return false;
}

/** One decoded frame as raw RGB24, for pixel assertions. */
export function frameRgb(file: string, atSeconds: number, width: number, height: number): Buffer {
  return execFileSync(
    "ffmpeg",
    [
      "-v",
      "error",
      "-ss",
      String(atSeconds),
      "-i",
      file,
      "-frames:v",
      "1",
      "-f",
      "rawvideo",
      "-pix_fmt",
      "rgb24",
      "-s",
      `${width}x${height}`,
      "pipe:1",
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
}
