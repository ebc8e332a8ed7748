import { defaultPlan } from "../../src/plan/schema.js";
import { newId } from "../../src/shared/ids.js";
import type { JobRecord } from "../../src/shared/job-record.js";

/** A valid job record for tests that need one in the store without going through the API. */
export function jobRecord(over: Partial<JobRecord> = {}): JobRecord {
  const now = new Date().toISOString();
  return {
    id: newId("job"),
    tenant: "t",
    status: "queued",
    step: "queued",
    progress: 0,
    engine: "local",
    instruction: null,
    plan: defaultPlan(),
    source: { type: "url", url: "https://example.com/a.mp4" },
    music: null,
    webhook: null,
    metadata: null,
    origin: null,
    summary: null,
    timeline: null,
    notes: [],
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
    ...over,
  };
}
