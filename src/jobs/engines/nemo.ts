import { randomUUID } from "node:crypto";
import { DelayedError } from "bullmq";
import { advance, cancelUpstream } from "../../nemo/lifecycle.js";
import { NemoCheckpointSchema, progressOf, type NemoCheckpoint, type NemoStep } from "../../nemo/checkpoint.js";
import type { NemoClient } from "../../nemo/client.js";
import { nemoInstruction } from "../../nemo/instruction.js";
import { sourceName, type JobStep } from "../record.js";
import type { EngineOutcome, EngineRun } from "./outcome.js";

const STEP: Record<NemoStep, JobStep> = {
  token: "session",
  session: "session",
  upload: "upload",
  baseline: "message",
  message: "message",
  confirm: "message",
  export: "export",
  poll: "poll",
  download: "download",
  done: "store",
};

/** Waits shorter than this are slept through; longer ones park the job so it holds no worker slot. */
const PARK_AFTER_MS = 1500;

/**
 * The nemo engine as a resumable BullMQ job: every `advance` is followed by saving the checkpoint on
 * the queue job (so a worker that dies resumes where it was, never resending a message or starting a
 * second render), and a wait (polling, 429, backoff) moves the job to delayed instead of sleeping.
 */
export async function runNemo(run: EngineRun, client: NemoClient): Promise<EngineOutcome> {
  const { ctx, job, rec, progress, signal, log } = run;
  // A fresh id per invocation fences the non-idempotent calls (see docs/nemo.md).
  const runId = randomUUID();
  let cp: NemoCheckpoint = NemoCheckpointSchema.parse(job.data.nemo ?? {});
  const source =
    rec.source.type === "url"
      ? { kind: "url" as const, url: rec.source.url, name: sourceName(rec.source) }
      : {
          kind: "file" as const,
          path:
            rec.source.type === "session"
              ? ctx.storage.sessionSourcePath(rec.source.sessionId, rec.source.sourceId)
              : ctx.storage.sourcePath(rec.id),
          name: rec.source.filename,
        };
  const instruction = nemoInstruction(rec.instruction, rec.plan);
  await ctx.storage.ensureJobDir(rec.id);
  const outputPath = ctx.storage.outputPath(rec.id, "mp4");
  for (;;) {
    if (signal.aborted) {
      await cancelUpstream(cp, client).catch((err) =>
        log.warn({ err: String(err) }, "could not cancel the upstream render"),
      );
      throw signal.reason instanceof Error ? signal.reason : new Error("canceled");
    }
    const step = await advance(cp, {
      client,
      source,
      instruction,
      outputPath,
      runId,
      log,
      now: Date.now,
      signal,
      ffprobePath: ctx.cfg.FFPROBE_PATH,
      timings: {
        pollIntervalMs: ctx.cfg.NEMO_POLL_INTERVAL_MS,
        confirmDelaysMs: ctx.cfg.NEMO_CONFIRM_DELAYS_MS,
        retryDelaysMs: ctx.cfg.NEMO_RETRY_DELAYS_MS,
      },
    });
    cp = step.checkpoint;
    await job.updateData({ ...job.data, nemo: cp });
    progress.step(STEP[cp.step], progressOf(cp));
    await ctx.store.patch(rec.id, ["processing"], {
      details: {
        ...rec.details,
        nemo: { sessionId: cp.sessionId, taskId: cp.taskId, renderId: cp.renderId, step: cp.step },
      },
    });
    if (step.done) {
      const done = step.done;
      return {
        outputPath: done.outputPath,
        result: {
          url: "",
          format: done.format,
          width: done.width,
          height: done.height,
          durationMs: done.durationMs,
          sizeBytes: done.sizeBytes,
        },
        summary: done.summary,
        timeline: done.timeline,
        notes: done.text ? [`NemoVideo: ${done.text}`] : [],
        details: {
          nemo: {
            sessionId: done.sessionId,
            taskId: cp.taskId,
            renderId: done.renderId,
            creditsUsed: done.creditsUsed,
            agentText: done.text,
          },
        },
      };
    }
    if (step.waitMs !== undefined && step.waitMs > 0) {
      if (step.waitMs < PARK_AFTER_MS) {
        await new Promise((r) => setTimeout(r, step.waitMs));
        continue;
      }
      log.info({ waitMs: step.waitMs, nemoStep: cp.step }, "nemo: parking the job until its next step");
      await job.moveToDelayed(Date.now() + step.waitMs, run.token);
      throw new DelayedError();
    }
  }
}

/** For a job canceled while parked: stop the render it started upstream. */
export async function cancelParkedNemo(saved: unknown, client: NemoClient): Promise<void> {
  await cancelUpstream(saved, client);
}
