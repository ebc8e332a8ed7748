import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AppError, UnsupportedMediaError } from "../shared/errors.js";
import { summarizeTimeline } from "../timeline/summary.js";
import { analyseSource } from "./analyse/index.js";
import { compileRender, type SourceMedia } from "./compile/index.js";
import { runFfmpeg } from "./run.js";
import { buildTimeline } from "./timeline/build.js";
import type { RenderRequest, RenderResult } from "./types.js";

/** Share of the progress bar the analysis takes; the render is the rest. */
const ANALYSE_SHARE = 0.05;

/**
 * The local engine: plan + source → analyse (I/O) → Timeline (pure) → ffmpeg arguments (pure) →
 * one ffmpeg run → the output file. Everything temporary lives in one directory beside the output
 * and is removed however the render ends (done, failed, canceled, timed out).
 */
export async function renderEdit(req: RenderRequest): Promise<RenderResult> {
  // Plans are normalized where they are made (src/plan); the engine renders what it is given.
  const plan = req.plan;
  const info = req.source.info;
  if (info.kind !== "image" && !info.durationMs) throw new UnsupportedMediaError("its length could not be determined");

  // One budget for the whole job: the render gets what the analysis left of it.
  const deadline = Date.now() + req.timeoutMs;
  req.onProgress?.(0, "analyse");
  const analysis = await analyseSource({
    source: { path: req.source.path, info },
    plan,
    ffmpegPath: req.ffmpegPath,
    timeoutMs: req.timeoutMs,
    signal: req.signal,
  });
  const music = req.music ? { name: req.music.name, info: req.music.info } : null;
  const built = buildTimeline({
    plan,
    source: { name: req.source.name, info },
    music,
    speech: analysis.speech,
    glyphs: analysis.glyphs,
  });
  const { timeline } = built;
  if (timeline.durationMs <= 0)
    throw new AppError("invalid_plan", "The edit leaves nothing to render: the cuts remove the whole clip.");
  req.onProgress?.(ANALYSE_SHARE, "analyse");

  // Absolute paths: ffmpeg runs inside the work directory.
  const media: Record<string, SourceMedia> = { main: { path: path.resolve(req.source.path), info } };
  if (req.music && timeline.sources.some((s) => s.id === "music" && s.generator === null)) {
    media.music = { path: path.resolve(req.music.path), info: req.music.info };
  }

  const workDir = await fs.mkdtemp(path.join(path.dirname(path.resolve(req.outputPath)), ".promptcut-"));
  let args: string[] = [];
  let notes: string[] = [];
  try {
    const partPath = path.join(workDir, "output.part");
    const compiled = compileRender({
      timeline,
      format: plan.output.format,
      quality: plan.output.quality,
      media,
      machine: { cpus: os.availableParallelism(), toneMapping: analysis.toneMapping },
      outputPath: partPath,
    });
    args = compiled.args;
    notes = compiled.notes;
    for (const f of compiled.files) await fs.writeFile(path.join(workDir, f.name), f.content, "utf8");
    req.log?.debug({ args }, "ffmpeg render");
    await runFfmpeg({
      ffmpegPath: req.ffmpegPath,
      args,
      cwd: workDir,
      expectedDurationMs: compiled.expectedDurationMs,
      timeoutMs: Math.max(1000, deadline - Date.now()),
      signal: req.signal,
      onProgress: (f) => req.onProgress?.(ANALYSE_SHARE + (1 - ANALYSE_SHARE) * f, "render"),
    });
    await fs.rename(partPath, req.outputPath);
  } finally {
    await fs.rm(workDir, { recursive: true, force: true });
  }

  // The graph forces the frame size and the exact length, so the Timeline describes the file;
  // probing it again would cost a process start (~0.1 s) to learn nothing new.
  const stat = await fs.stat(req.outputPath);
  const picture = timeline.width > 0 && timeline.height > 0;
  const still = plan.output.format === "jpg" || plan.output.format === "png";
  return {
    timeline,
    summary: summarizeTimeline(timeline),
    ffmpegArgs: args,
    notes: [...plan.notes, ...built.notes, ...notes],
    output: {
      format: plan.output.format,
      width: picture ? timeline.width : null,
      height: picture ? timeline.height : null,
      durationMs: still ? null : timeline.durationMs,
      sizeBytes: stat.size,
    },
    pauses: built.pauses ?? undefined,
  };
}
