import { defaultPlan } from "../../src/plan/schema.js";
import { newId } from "../../src/shared/ids.js";
import type { JobRecord } from "../../src/jobs/record.js";
import { newJobRecord } from "../../src/jobs/submit.js";

/** A valid job record for tests that need one in the store without going through the API. */
export function jobRecord(over: Partial<JobRecord> = {}): JobRecord {
  const base = newJobRecord({
    id: newId("job"),
    tenant: "t",
    engine: "local",
    instruction: null,
    plan: defaultPlan(),
    source: { type: "url", url: "https://example.com/a.mp4" },
  });
  return { ...base, ...over };
}
