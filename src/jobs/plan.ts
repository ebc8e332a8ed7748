import type { EditPlan } from "../plan/schema.js";
import { buildPlan, checkPlanRequest, type Interpreter, type PlanRequest } from "../plan/merge.js";
import { interpret } from "../plan/interpret/index.js";

export interface JobPlanRequest {
  instruction?: string | undefined;
  plan?: unknown;
  preset?: unknown;
  output?: unknown;
}

export interface SourceFacts {
  sourceName?: string | undefined;
  sourceDurationMs?: number | null | undefined;
}

/** A preset or output alone is a complete request too ("make this a TikTok"), so it counts as a plan. */
function asPlanRequest(req: JobPlanRequest, facts: SourceFacts = {}): PlanRequest {
  const shorthandOnly = req.plan === undefined && (req.preset !== undefined || req.output !== undefined);
  return {
    instruction: req.instruction,
    plan: shorthandOnly && !req.instruction?.trim() ? {} : req.plan,
    preset: req.preset,
    output: req.output,
    sourceName: facts.sourceName,
    sourceDurationMs: facts.sourceDurationMs ?? undefined,
  };
}

/** Refuses a request whose plan can never be made, before anything is stored or probed. */
export function checkJobPlan(req: JobPlanRequest): void {
  checkPlanRequest(asPlanRequest(req));
}

/**
 * The plan a job runs: the instruction interpreted (once), then explicit plan/preset/output on top.
 * Throws `invalid_instruction` / `invalid_plan` with field paths a caller can act on.
 */
export function planForJob(req: JobPlanRequest, facts: SourceFacts = {}, read: Interpreter = interpret): EditPlan {
  return buildPlan(asPlanRequest(req, facts), read);
}
