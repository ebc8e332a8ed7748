import fs from "node:fs/promises";
import type { Job } from "bullmq";
import { WaitingError } from "bullmq";
import type { Context } from "../../shared/context.js";
import { AppError, CanceledError, isAppError, type ErrorCode } from "../../shared/errors.js";
import { FINAL_STATUSES, type JobRecord, type JobStep } from "../../shared/job-record.js";
import { EditJobDataSchema, type EditJobData } from "../../shared/queues.js";
import { probeMedia, type MediaInfo } from "../../shared/probe.js";
import { renderEdit } from "../../engine/render.js";
import type { RenderRequest, RenderResult } from "../../engine/types.js";
import { downloadSource } from "../download.js";
import { filenameFromUrl } from "../../shared/names.js";
import type { JobNotifier } from "../../shared/job-notifier.js";

/** Errors worth another attempt: the network, the disk, Redis — not the input or the plan. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["source_unreachable", "upstream_error", "internal"]);

export function isTransient(err: unknown): boolean {
  return isAppError(err) ? TRANSIENT.has(err.code) : true;
}

export interface EditProcessorDeps {
  render?: (req: RenderRequest) => Promise<RenderResult>;
  notifier: JobNotifier;
  /** Set by the runtime when a shutdown asks running jobs to be handed back. */
  isHandingBack: (jobId: string) => boolean;
}

const OUTPUT_EXT: Record<string, string> = { mp4: "mp4", mov: "mov", webm: "webm", gif: "gif", mp3: "mp3", wav: "wav", m4a: "m4a", aac: "aac", jpg: "jpg", png: "png" };

/**
 * Runs one edit job: fetch (URL sources), probe, render to a temp name, rename, record the result,
 * tell the webhook. Every step is written to the job so status shows where it is. The job record
 * decides what happens: a canceled job is never resurrected, a finished one never re-run.
 */
export function createEditProcessor(ctx: Context, deps: EditProcessorDeps) {
  const render = deps.render ?? renderEdit;

  return async function processEdit(job: Job<EditJobData>, token?: string, signal?: AbortSignal): Promise<void> {
    const { jobId } = EditJobDataSchema.parse(job.data);
    const log = ctx.log.child({ jobId, attempt: job.attemptsMade + 1 });
    const rec = await ctx.store.get(jobId);
    if (!rec || FINAL_STATUSES.has(rec.status)) {
      log.info({ status: rec?.status ?? "missing" }, "job already finished or gone; skipping");
      return;
    }
    const now = new Date().toISOString();
    const start = await ctx.store.patch(jobId, ["queued", "processing"], { status: "processing", step: "probe", startedAt: rec.startedAt ?? now });
    if (!start.applied) return;
    log.info("job started");
    await ctx.storage.removePartials(jobId);

    const local = new AbortController();
    const onAbort = () => local.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const progress = progressReporter(ctx, job, () => local.abort("canceled"));
    let finalStatus: "completed" | "failed" | null = null;

    try {
      const result = await runSteps(ctx, rec, render, progress, local.signal, log);
      const done = await ctx.store.patch(jobId, ["processing"], {
        status: "completed",
        step: "done",
        progress: 100,
        result: result.record,
        summary: result.render.summary,
        timeline: result.render.timeline,
        notes: [...rec.notes, ...result.render.notes.filter((n) => !rec.notes.includes(n))],
        details: { ...rec.details, ffmpegArgs: result.render.ffmpegArgs, ...(result.render.pauses ? { pauses: result.render.pauses } : {}) },
        finishedAt: new Date().toISOString(),
      });
      if (!done.applied) {
        // Canceled while the last frames were written: the caller asked for no output.
        await fs.rm(result.outputPath, { force: true });
        log.info("job was canceled as it finished; output discarded");
      } else {
        finalStatus = "completed";
        log.info({ sizeBytes: result.record.sizeBytes, durationMs: result.record.durationMs }, "job completed");
      }
    } catch (err) {
      if (deps.isHandingBack(jobId)) {
        // A canceled job stays canceled; only a running one goes back to the queue.
        const back = await ctx.store.patch(jobId, ["processing"], { status: "queued", step: "queued", progress: 0 });
        if (back.applied) {
          await job.moveToWait(token);
          log.info("shutting down: job handed back to the queue");
          throw new WaitingError();
        }
      }
      if (err instanceof CanceledError || local.signal.aborted) {
        // The API already marked the job canceled and sent its event; this only stops the work.
        log.info("job canceled; render stopped");
      } else {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (isTransient(err) && !lastAttempt) {
          log.warn({ err: String(err) }, "transient failure; will retry");
          throw err;
        }
        const appErr = isAppError(err) ? err : new AppError("internal", "The job failed because of an internal error; it has been logged.");
        if (!isAppError(err)) log.error({ err }, "job failed with an unexpected error");
        else log.warn({ code: appErr.code, message: appErr.message }, "job failed");
        const failed = await ctx.store.patch(jobId, ["processing"], { status: "failed", error: { code: appErr.code, message: appErr.message }, finishedAt: new Date().toISOString() });
        if (failed.applied) finalStatus = "failed";
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
      progress.stop();
      // An ffmpeg orphaned by an earlier, killed worker may have written a temp file since we started.
      await ctx.storage.removePartials(jobId).catch(() => {});
    }
    if (finalStatus) await deps.notifier.final(rec, finalStatus);
  };
}

async function runSteps(
  ctx: Context,
  rec: JobRecord,
  render: (req: RenderRequest) => Promise<RenderResult>,
  progress: ProgressReporter,
  signal: AbortSignal,
  log: Context["log"],
) {
  const jobId = rec.id;
  const sourcePath = ctx.storage.sourcePath(jobId);
  let sourceName: string;
  if (rec.source.type === "url") {
    sourceName = filenameFromUrl(rec.source.url);
    if (!(await exists(sourcePath))) {
      progress.step("download", 1);
      await ctx.storage.ensureJobDir(jobId);
      const bytes = await downloadSource(ctx, rec.source.url, sourcePath, signal);
      log.info({ bytes }, "source downloaded");
    }
  } else {
    sourceName = rec.source.filename;
  }
  progress.step("probe", 4);
  const info = await probeStored(ctx, sourcePath, signal);
  let music: RenderRequest["music"];
  if (rec.music) {
    const musicPath = ctx.storage.sourcePath(jobId, "music");
    music = { path: musicPath, name: rec.music.filename, info: await probeStored(ctx, musicPath, signal) };
  }
  const ext = OUTPUT_EXT[rec.plan.output.format] ?? "mp4";
  const outputPath = ctx.storage.outputPath(jobId, ext);
  progress.step("analyse", 5);
  const res = await render({
    source: { path: sourcePath, name: sourceName, info },
    music,
    plan: rec.plan,
    outputPath,
    ffmpegPath: ctx.cfg.FFMPEG_PATH,
    ffprobePath: ctx.cfg.FFPROBE_PATH,
    timeoutMs: ctx.cfg.RENDER_TIMEOUT_MS,
    signal,
    log,
    onProgress: (fraction, step) => (step === "analyse" ? progress.step("analyse", 5 + fraction * 5) : progress.step("render", 10 + fraction * 89)),
  });
  progress.step("store", 99);
  return {
    outputPath,
    render: res,
    record: {
      url: "",
      format: res.output.format,
      width: res.output.width,
      height: res.output.height,
      durationMs: res.output.durationMs,
      sizeBytes: res.output.sizeBytes,
    },
  };
}

async function probeStored(ctx: Context, file: string, signal: AbortSignal): Promise<MediaInfo> {
  const stat = await fs.stat(file);
  return probeMedia(file, stat.size, { ffprobePath: ctx.cfg.FFPROBE_PATH, signal });
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

interface ProgressReporter {
  step(step: JobStep, percent: number): void;
  stop(): void;
}

/**
 * Writes step and progress to the job at most every 250 ms. When a write finds the job no longer
 * processing (canceled through the API while this worker missed the pub/sub message), it aborts.
 */
function progressReporter(ctx: Context, job: Job<EditJobData>, onGone: () => void): ProgressReporter {
  const jobId = job.data.jobId;
  let pending: { step: JobStep; progress: number } | null = null;
  let last = { step: "" as string, progress: -1 };
  let writing = false;
  const flush = async () => {
    if (writing || !pending) return;
    const next = pending;
    pending = null;
    if (next.step === last.step && next.progress === last.progress) return;
    writing = true;
    try {
      const r = await ctx.store.patch(jobId, ["processing"], { step: next.step, progress: next.progress });
      last = next;
      if (!r.applied) onGone();
      // Into the queue's event stream, where SSE clients on any API process pick it up.
      else await job.updateProgress(next);
    } catch {
      // A lost progress write is harmless; the next one carries the newer value.
    } finally {
      writing = false;
    }
  };
  const timer = setInterval(() => void flush(), 250);
  return {
    step(step, percent) {
      const p = Math.max(0, Math.min(100, Math.floor(percent)));
      pending = { step, progress: p };
      if (step !== last.step) void flush();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
