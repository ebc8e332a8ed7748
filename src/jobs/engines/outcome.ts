import type { Timeline } from "../../timeline/schema.js";
import type { Job } from "bullmq";
import type { Context } from "../../context.js";
import type { JobRecord, JobResult } from "../record.js";
import type { EditJobData } from "../queues.js";
import type { ProgressReporter } from "../progress.js";

/** What an engine run leaves for the job record, whichever engine ran. */
export interface EngineOutcome {
  outputPath: string;
  result: JobResult;
  summary: string;
  timeline: Timeline;
  notes: string[];
  details: Record<string, unknown>;
}

export interface EngineRun {
  ctx: Context;
  job: Job<EditJobData>;
  /** BullMQ's lock token, needed to park the job (moveToDelayed). */
  token: string | undefined;
  rec: JobRecord;
  progress: ProgressReporter;
  signal: AbortSignal;
  log: Context["log"];
}
