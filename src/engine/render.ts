import fs from "node:fs/promises";
import path from "node:path";
import { AppError, UnsupportedMediaError } from "../shared/errors.js";
import { probeMedia } from "../shared/probe.js";
import { normalizePlan } from "../plan/normalize.js";
import type { Timeline } from "../timeline/schema.js";
import { summarizeTimeline } from "../timeline/summary.js";
import { runFfmpeg } from "./run.js";
import type { RenderRequest, RenderResult } from "./types.js";

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/** Output frame: the plan's size, else the source's aspect with the requested short side. */
export function outputFrame(plan: RenderRequest["plan"], src: { width: number; height: number }): { width: number; height: number } {
  if (plan.output.width && plan.output.height) return { width: plan.output.width, height: plan.output.height };
  const short = plan.output.resolution ?? 1080;
  return src.width <= src.height
    ? { width: even(short), height: even((short * src.height) / src.width) }
    : { width: even((short * src.width) / src.height), height: even(short) };
}

/**
 * First local engine: the whole source, reframed to the requested output, as H.264 High + AAC with
 * a constant frame rate. Issue #4 replaces this with the full EditPlan compiler.
 */
export async function renderEdit(req: RenderRequest): Promise<RenderResult> {
  const plan = normalizePlan(req.plan);
  const info = req.source.info;
  if (!info.video || info.durationMs === null) throw new UnsupportedMediaError("this engine renders video sources only");
  const frame = outputFrame(plan, info.video);
  const fps = Math.min(60, Math.round((info.video.fps ?? 30) * 1000) / 1000);
  const durationMs = info.durationMs;

  const timeline: Timeline = {
    version: 1,
    durationMs,
    width: frame.width,
    height: frame.height,
    fps,
    sources: [{ id: "main", name: req.source.name, kind: "video", durationMs }],
    tracks: [
      {
        type: 0,
        name: "Video",
        segments: [{ source: "main", sourceInMs: 0, sourceOutMs: durationMs, startMs: 0, durationMs, speed: 1, volume: 1, loop: false, fadeInMs: 0, fadeOutMs: 0 }],
      },
    ],
  };

  const { width: W, height: H } = frame;
  const vf = `[0:v:0]scale=${W}:${H}:force_original_aspect_ratio=increase,crop=${W}:${H},setsar=1,fps=${fps},format=yuv420p[v]`;
  const audioIn = info.audio ? ["-map", "0:a:0"] : ["-map", "1:a:0"];
  const silence = info.audio ? [] : ["-f", "lavfi", "-t", (durationMs / 1000).toFixed(3), "-i", "anullsrc=r=48000:cl=stereo"];
  const tmp = path.join(path.dirname(req.outputPath), `.${path.basename(req.outputPath)}.${process.pid}.${Date.now()}.part.mp4`);
  const args = [
    "-y",
    "-protocol_whitelist", "file,pipe",
    "-i", `file:${req.source.path}`,
    ...silence,
    "-filter_complex", vf,
    "-map", "[v]",
    ...audioIn,
    "-map_metadata", "-1",
    "-map_chapters", "-1",
    "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-crf", "21",
    "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
    "-t", (durationMs / 1000).toFixed(3),
    "-movflags", "+faststart",
    "-f", "mp4",
    `file:${tmp}`,
  ];

  try {
    await runFfmpeg({
      ffmpegPath: req.ffmpegPath,
      args,
      expectedDurationMs: durationMs,
      timeoutMs: req.timeoutMs,
      signal: req.signal,
      onProgress: (f) => req.onProgress?.(f, "render"),
    });
    await fs.rename(tmp, req.outputPath);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  const stat = await fs.stat(req.outputPath);
  const out = await probeMedia(req.outputPath, stat.size, { ffprobePath: req.ffprobePath });
  if (!out.video) throw new AppError("render_failed", "The render produced no video stream.");
  return {
    timeline,
    summary: summarizeTimeline(timeline),
    ffmpegArgs: args,
    notes: [],
    output: { format: "mp4", width: out.video.width, height: out.video.height, durationMs: out.durationMs, sizeBytes: stat.size },
  };
}
