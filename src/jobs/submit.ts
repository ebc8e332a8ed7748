import type { Queue } from "bullmq";
import { AppError } from "../shared/errors.js";
import type { JobStore } from "./store.js";
import type { JobRecord } from "./record.js";
import type { EditJobData } from "./queues.js";

type NewJob = Pick<JobRecord, "id" | "tenant" | "engine" | "instruction" | "plan" | "source"> &
  Partial<Pick<JobRecord, "music" | "webhook" | "metadata" | "origin" | "sourceInfo">>;

/** A fresh record for a job about to be queued; everything not given starts empty. */
export function newJobRecord(job: NewJob, now = new Date().toISOString()): JobRecord {
  return {
    status: "queued",
    step: "queued",
    progress: 0,
    music: null,
    sourceInfo: null,
    webhook: null,
    metadata: null,
    origin: null,
    ...job,
    summary: null,
    timeline: null,
    notes: job.plan.notes,
    result: null,
    error: null,
    details: {},
    deliveries: [],
    webhookStatus: null,
    lastEvent: null,
    createdAt: now,
    updatedAt: now,
    startedAt: null,
    finishedAt: null,
  };
}

/** Stores the record and queues it; a queue failure leaves no record behind. */
export async function submitJob(
  store: JobStore,
  queue: Queue<EditJobData>,
  record: JobRecord,
  data: Partial<EditJobData> = {},
): Promise<void> {
  await store.create(record);
  try {
    await queue.add("edit", { ...data, jobId: record.id, tenant: record.tenant }, { jobId: record.id });
  } catch (err) {
    await store.remove(record);
    throw new AppError("service_unavailable", "The job queue is unavailable; try again shortly.", { cause: err });
  }
}
