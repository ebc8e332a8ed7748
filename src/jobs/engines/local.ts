import fs from "node:fs/promises";
import type { Context } from "../../context.js";
import { probeStoredFile, type MediaInfo } from "../../media/probe.js";
import { sourceName } from "../record.js";
import type { RenderRequest, RenderResult } from "../../engine/index.js";
import { downloadSource } from "../../media/download.js";
import { AppError } from "../../shared/errors.js";
import type { EngineOutcome, EngineRun } from "./outcome.js";

/** The local engine: fetch a URL source if needed, probe, render with ffmpeg. */
export async function runLocal(
  run: EngineRun,
  render: (req: RenderRequest) => Promise<RenderResult>,
): Promise<EngineOutcome> {
  const { ctx, rec, progress, signal, log } = run;
  let sourcePath = ctx.storage.sourcePath(rec.id);
  if (rec.source.type === "session") {
    sourcePath = ctx.storage.sessionSourcePath(rec.source.sessionId, rec.source.sourceId);
    if (!(await exists(sourcePath)))
      throw new AppError("session_expired", "The session this job renders from has expired and its files are gone.");
  } else if (rec.source.type === "url" && !(await exists(sourcePath))) {
    progress.step("download", 1);
    await ctx.storage.ensureJobDir(rec.id);
    const bytes = await downloadSource(ctx, rec.source.url, sourcePath, signal);
    log.info({ bytes }, "source downloaded");
  }
  progress.step("probe", 4);
  // Uploads were probed where they arrived; only a downloaded source is new to us.
  const info = rec.sourceInfo ?? (await probeStored(ctx, sourcePath, signal));
  let music: RenderRequest["music"];
  if (rec.music) {
    const musicPath = ctx.storage.sourcePath(rec.id, "music");
    music = {
      path: musicPath,
      name: rec.music.filename,
      info: rec.music.info ?? (await probeStored(ctx, musicPath, signal)),
    };
  }
  await ctx.storage.ensureJobDir(rec.id);
  const outputPath = ctx.storage.outputPath(rec.id, rec.plan.output.format);
  progress.step("analyse", 5);
  const res = await render({
    source: { path: sourcePath, name: sourceName(rec.source), info },
    music,
    plan: rec.plan,
    outputPath,
    ffmpegPath: ctx.cfg.FFMPEG_PATH,
    ffprobePath: ctx.cfg.FFPROBE_PATH,
    timeoutMs: ctx.cfg.RENDER_TIMEOUT_MS,
    signal,
    log,
    onProgress: (fraction, step) =>
      step === "analyse" ? progress.step("analyse", 5 + fraction * 5) : progress.step("render", 10 + fraction * 89),
  });
  return {
    outputPath,
    result: {
      url: "",
      format: res.output.format,
      width: res.output.width,
      height: res.output.height,
      durationMs: res.output.durationMs,
      sizeBytes: res.output.sizeBytes,
    },
    summary: res.summary,
    timeline: res.timeline,
    notes: res.notes,
    // Shown to the caller: the command as run, without our storage layout.
    details: {
      ffmpegArgs: res.ffmpegArgs.map((arg) => arg.split(ctx.storage.root).join("$STORAGE_DIR")),
      ...(res.pauses ? { pauses: res.pauses } : {}),
    },
  };
}

const probeStored = (ctx: Context, file: string, signal: AbortSignal): Promise<MediaInfo> =>
  probeStoredFile(file, { ffprobePath: ctx.cfg.FFPROBE_PATH, signal });

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
