import type { EditPlan } from "../plan/schema.js";
import { buildPlan } from "../plan/merge.js";

export interface JobPlanRequest {
  instruction?: string | undefined;
  plan?: unknown;
  preset?: unknown;
  output?: unknown;
}

/**
 * The plan a job runs: the instruction interpreted, then explicit plan/preset/output on top.
 * A preset or output alone is a complete request too ("make this a TikTok"), so it counts as a plan.
 * Throws `invalid_instruction` / `invalid_plan` with field paths a caller can act on.
 */
export function planForJob(
  req: JobPlanRequest,
  facts: { sourceName?: string; sourceDurationMs?: number | null } = {},
): EditPlan {
  const shorthandOnly = req.plan === undefined && (req.preset !== undefined || req.output !== undefined);
  return buildPlan({
    instruction: req.instruction,
    plan: shorthandOnly && !req.instruction?.trim() ? {} : req.plan,
    preset: req.preset,
    output: req.output,
    sourceName: facts.sourceName,
    sourceDurationMs: facts.sourceDurationMs ?? undefined,
  });
}
