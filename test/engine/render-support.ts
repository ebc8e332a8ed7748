import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureLevels } from "../../src/engine/analyse/levels.js";
import { renderEdit } from "../../src/engine/render.js";
import type { RenderRequest, RenderResult } from "../../src/engine/types.js";
import type { EditPlanInput } from "../../src/plan/schema.js";
import { parsePlan } from "../../src/plan/normalize.js";
import { probeMedia } from "../../src/media/probe.js";
import type { Timeline } from "../../src/timeline/schema.js";
import { ffprobe, type ProbedStream } from "../support/media.js";

/** A fresh temp dir per render: each test owns its files. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-engine-"));
}

export interface Rendered {
  res: RenderResult;
  out: string;
  dir: string;
  video: ProbedStream | undefined;
  audio: ProbedStream | undefined;
  formatDurationMs: number;
  tags: Record<string, string>;
}

export async function renderFile(
  source: string,
  plan: EditPlanInput,
  opts: { music?: string; ext?: string; dir?: string } & Partial<
    Pick<RenderRequest, "signal" | "timeoutMs" | "onProgress">
  > = {},
): Promise<Rendered> {
  const dir = opts.dir ?? tempDir();
  const out = path.join(dir, `out.${opts.ext ?? parsePlan(plan).output.format}`);
  const info = await probeMedia(source, fs.statSync(source).size);
  const music = opts.music
    ? {
        path: opts.music,
        name: path.basename(opts.music),
        info: await probeMedia(opts.music, fs.statSync(opts.music).size),
      }
    : undefined;
  const res = await renderEdit({
    source: { path: source, name: path.basename(source), info },
    music,
    plan: parsePlan(plan),
    outputPath: out,
    ffmpegPath: "ffmpeg",
    ffprobePath: "ffprobe",
    timeoutMs: opts.timeoutMs ?? 120_000,
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  const p = ffprobe(out);
  return {
    res,
    out,
    dir,
    video: p.streams.find((s) => s.codec_type === "video"),
    audio: p.streams.find((s) => s.codec_type === "audio"),
    formatDurationMs: Number(p.format.duration ?? 0) * 1000,
    tags: p.format.tags ?? {},
  };
}

/** Start times and durations of picture and sound agree within `ms`. */
export function syncErrorMs(r: Rendered): number {
  const v = r.video;
  const a = r.audio;
  if (!v || !a) return Infinity;
  const d = (x: string | undefined) => Number(x ?? 0) * 1000;
  return Math.max(Math.abs(d(v.start_time) - d(a.start_time)), Math.abs(d(v.duration) - d(a.duration)));
}

/** One frame as 8-bit grey, scaled to w×h. */
export function grayFrame(file: string, atSeconds: number, w: number, h: number): Buffer {
  return execFileSync("ffmpeg", [
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
    "gray",
    "-s",
    `${w}x${h}`,
    "pipe:1",
  ]);
}

/** Mean absolute difference of two grey frames inside rows [y0, y1) and columns [x0, x1). */
export function meanDiff(
  a: Buffer,
  b: Buffer,
  w: number,
  box: { x0: number; x1: number; y0: number; y1: number },
): number {
  let sum = 0;
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      sum += Math.abs((a[y * w + x] ?? 0) - (b[y * w + x] ?? 0));
      n++;
    }
  }
  return sum / Math.max(1, n);
}

/** Brightness of every frame (mean luma), in frame order. */
export function frameBrightness(file: string): number[] {
  const raw = execFileSync(
    "ffmpeg",
    ["-v", "error", "-i", file, "-map", "0:v:0", "-f", "rawvideo", "-pix_fmt", "gray", "-s", "16x16", "pipe:1"],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const out: number[] = [];
  for (let i = 0; i + 256 <= raw.length; i += 256) out.push(raw.subarray(i, i + 256).reduce((s, v) => s + v, 0) / 256);
  return out;
}

/** The output's sound at 10 ms hops, measured the way the engine measures a source. */
export function levelsOf(file: string): Promise<{ hopMs: number; db: Float32Array }> {
  const streams = ffprobe(file).streams as Array<ProbedStream & { index?: number }>;
  const index = streams.findIndex((s) => s.codec_type === "audio");
  return measureLevels(file, index, { ffmpegPath: "ffmpeg", timeoutMs: 60_000 });
}

/** Runs of levels at or below `thresholdDb`, in ms. */
export function quietRuns(
  levels: { hopMs: number; db: Float32Array },
  thresholdDb: number,
): Array<{ startMs: number; endMs: number }> {
  const runs: Array<{ startMs: number; endMs: number }> = [];
  let start = -1;
  for (let i = 0; i <= levels.db.length; i++) {
    const quiet = i < levels.db.length && (levels.db[i] ?? 0) <= thresholdDb;
    if (quiet && start < 0) start = i;
    if (!quiet && start >= 0) {
      runs.push({ startMs: start * levels.hopMs, endMs: i * levels.hopMs });
      start = -1;
    }
  }
  return runs;
}

export const frameMs = (t: Timeline) => 1000 / t.fps;

/** Files the engine left beside an output other than the output itself. */
export function leftovers(dir: string, keep: string[] = []): string[] {
  return fs.readdirSync(dir).filter((f) => !keep.includes(f));
}
