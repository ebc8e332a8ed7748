import fs from "node:fs/promises";
import type { Job } from "bullmq";
import { DelayedError, WaitingError } from "bullmq";
import type { Context } from "../context.js";
import { AppError, CanceledError, isAppError, type ErrorCode } from "../shared/errors.js";
import { FINAL_STATUSES } from "./record.js";
import { EditJobDataSchema, type EditJobData } from "./queues.js";
import type { JobNotifier } from "./notifier.js";
import { renderEdit, type RenderRequest, type RenderResult } from "../engine/index.js";
import type { NemoClient } from "../nemo/client.js";
import { progressReporter } from "./progress.js";
import { runLocal } from "./engines/local.js";
import { cancelParkedNemo, runNemo } from "./engines/nemo.js";
import type { EngineOutcome, EngineRun } from "./engines/outcome.js";
import { jobsFinished, renderSeconds } from "../shared/metrics.js";

/** Errors worth another attempt: the network, the disk, Redis — not the input or the plan. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["source_unreachable", "upstream_error", "internal"]);

export function isTransient(err: unknown): boolean {
  return isAppError(err) ? TRANSIENT.has(err.code) : true;
}

export interface EditProcessorDeps {
  render?: (req: RenderRequest) => Promise<RenderResult>;
  notifier: JobNotifier;
  /** The nemo engine's client; jobs with engine "nemo" fail with not_configured without one. */
  nemo?: NemoClient | undefined;
  /** Set by the runtime when a shutdown asks running jobs to be handed back. */
  isHandingBack: (jobId: string) => boolean;
}

/**
 * Runs one edit job with its engine, records each step, writes the output under a temp name and
 * renames it, records the result and tells the webhook. The job record decides what happens: a
 * canceled job is never resurrected, a finished one never re-run.
 */
export function createEditProcessor(ctx: Context, deps: EditProcessorDeps) {
  const render = deps.render ?? renderEdit;

  const runEngine = (run: EngineRun): Promise<EngineOutcome> => {
    switch (run.rec.engine) {
      case "local":
        return runLocal(run, render);
      case "nemo":
        if (!deps.nemo) throw new AppError("not_configured", "This worker has no nemo engine configured.");
        return runNemo(run, deps.nemo);
    }
  };

  return async function processEdit(job: Job<EditJobData>, token?: string, signal?: AbortSignal): Promise<void> {
    const { jobId } = EditJobDataSchema.parse(job.data);
    const log = ctx.log.child({ jobId, attempt: job.attemptsMade + 1 });
    const rec = await ctx.store.get(jobId);
    // A worker that died between recording the end and announcing it: announce it now.
    if (rec && FINAL_STATUSES.has(rec.status) && rec.status !== "canceled" && !rec.lastEvent) {
      await deps.notifier.final(rec, rec.status as "completed" | "failed");
      return;
    }
    if (!rec || FINAL_STATUSES.has(rec.status)) {
      // A nemo job canceled while parked between polls still has a render running upstream.
      if (rec?.status === "canceled" && rec.engine === "nemo" && job.data.nemo && deps.nemo) {
        await cancelParkedNemo(job.data.nemo, deps.nemo).catch((err) =>
          log.warn({ err: String(err) }, "could not cancel the upstream render"),
        );
      }
      log.info({ status: rec?.status ?? "missing" }, "job already finished or gone; skipping");
      return;
    }
    const startedAt = Date.now();
    const start = await ctx.store.patch(jobId, ["queued", "processing"], {
      status: "processing",
      startedAt: rec.startedAt ?? new Date().toISOString(),
    });
    if (!start.applied) return;
    log.info({ engine: rec.engine, resumed: rec.status === "processing" }, "job started");
    await ctx.storage.removePartials(jobId);

    const local = new AbortController();
    const onAbort = () => local.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const progress = progressReporter(ctx, job, () => local.abort("canceled"));
    let finalStatus: "completed" | "failed" | null = null;

    try {
      const out = await runEngine({ ctx, job, token, rec, progress, signal: local.signal, log });
      progress.step("store", 99);
      const done = await ctx.store.patch(jobId, ["processing"], {
        status: "completed",
        step: "done",
        progress: 100,
        result: out.result,
        summary: out.summary,
        timeline: out.timeline,
        notes: [...rec.notes, ...out.notes.filter((n) => !rec.notes.includes(n))],
        details: { ...rec.details, ...out.details },
        finishedAt: new Date().toISOString(),
      });
      if (!done.applied) {
        // Canceled while the last frames were written: the caller asked for no output.
        await fs.rm(out.outputPath, { force: true });
        log.info("job was canceled as it finished; output discarded");
      } else {
        finalStatus = "completed";
        log.info({ sizeBytes: out.result.sizeBytes, durationMs: out.result.durationMs }, "job completed");
      }
    } catch (err) {
      // Parked until its next step (nemo polling, 429): not a failure, no attempt spent.
      if (err instanceof DelayedError) throw err;
      if (deps.isHandingBack(jobId)) {
        // A canceled job stays canceled; only a running one goes back to the queue.
        const back = await ctx.store.patch(jobId, ["processing"], { status: "queued", step: "queued", progress: 0 });
        if (back.applied) {
          await job.moveToWait(token);
          log.info("shutting down: job handed back to the queue");
          throw new WaitingError();
        }
      }
      if (local.signal.aborted) {
        // The API already marked the job canceled and sent its event; this only stops the work.
        log.info("job canceled; work stopped");
      } else if (err instanceof CanceledError) {
        // Canceled by someone else (NemoVideo canceled the render): the job cannot finish.
        const failed = await ctx.store.patch(jobId, ["processing"], {
          status: "failed",
          error: { code: "upstream_error", message: "The render was canceled upstream; send the job again." },
          finishedAt: new Date().toISOString(),
        });
        if (failed.applied) finalStatus = "failed";
      } else {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        if (isTransient(err) && !lastAttempt) {
          log.warn({ err: String(err) }, "transient failure; will retry");
          throw err;
        }
        const appErr = isAppError(err)
          ? err
          : new AppError("internal", "The job failed because of an internal error; it has been logged.");
        if (!isAppError(err)) log.error({ err }, "job failed with an unexpected error");
        else log.warn({ code: appErr.code, message: appErr.message }, "job failed");
        const failed = await ctx.store.patch(jobId, ["processing"], {
          status: "failed",
          error: { code: appErr.code, message: appErr.message },
          finishedAt: new Date().toISOString(),
        });
        if (failed.applied) finalStatus = "failed";
      }
    } finally {
      signal?.removeEventListener("abort", onAbort);
      progress.stop();
      // An ffmpeg orphaned by an earlier, killed worker may have written a temp file since we started.
      await ctx.storage.removePartials(jobId).catch(() => {});
    }
    if (finalStatus) {
      jobsFinished.inc({ engine: rec.engine, outcome: finalStatus });
      if (finalStatus === "completed") {
        const started = Date.parse(rec.startedAt ?? "") || startedAt;
        renderSeconds.observe({ engine: rec.engine }, (Date.now() - started) / 1000);
      }
      await deps.notifier.final(rec, finalStatus);
    }
  };
}

/**
 * Records the end of a job BullMQ gave up on without our processor (a worker that kept dying
 * mid-job), so it does not stay "processing" forever and its webhook still hears about it.
 */
export async function failAbandoned(ctx: Context, notifier: JobNotifier, jobId: string, reason: string): Promise<void> {
  const res = await ctx.store.patch(jobId, ["queued", "processing"], {
    status: "failed",
    error: {
      code: "internal",
      message: "The worker running this job stopped repeatedly, so it was given up; send the job again.",
    },
    finishedAt: new Date().toISOString(),
  });
  if (!res.applied) return;
  ctx.log.warn({ jobId, reason }, "job abandoned by its workers; recorded as failed");
  await ctx.storage.removePartials(jobId);
  const rec = await ctx.store.get(jobId);
  jobsFinished.inc({ engine: rec?.engine ?? "local", outcome: "failed" });
  if (rec) await notifier.final(rec, "failed");
}
