import type { Job } from "bullmq";
import type { Context } from "../context.js";
import type { JobStep } from "./record.js";
import type { EditJobData } from "./queues.js";

export interface ProgressReporter {
  step(step: JobStep, percent: number): void;
  stop(): void;
}

/**
 * Writes step and progress to the job at most every 250 ms, and into the queue's event stream for
 * SSE clients. When a write finds the job no longer processing (canceled through the API while this
 * worker missed the pub/sub message), it calls `onGone` so the work stops.
 */
export function progressReporter(ctx: Context, job: Job<EditJobData>, onGone: () => void): ProgressReporter {
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
