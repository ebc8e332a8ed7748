import { AppError, zodIssues } from "../shared/errors.js";
import { EditPlanSchema, OutputSchema, PresetSchema, type EditPlan } from "../plan/schema.js";
import { normalizePlan } from "../plan/normalize.js";
import { z } from "zod";

export const MAX_INSTRUCTION_CHARS = 2000;

export const PlanRequestSchema = z.object({
  instruction: z.string().optional(),
  plan: z.unknown().optional(),
  preset: PresetSchema.optional(),
  output: OutputSchema.partial().optional(),
});
export type PlanRequest = z.infer<typeof PlanRequestSchema>;

/**
 * The plan a job runs: the instruction interpreted, then explicit plan/preset/output on top.
 * Throws `invalid_instruction` / `invalid_plan` with field paths a caller can act on.
 */
export function planForJob(req: PlanRequest, _facts: { sourceName?: string; sourceDurationMs?: number | null } = {}): EditPlan {
  const instruction = req.instruction?.trim() ?? "";
  if (req.instruction !== undefined && req.instruction.length > MAX_INSTRUCTION_CHARS) {
    throw new AppError("invalid_instruction", `The instruction has ${req.instruction.length} characters; the limit is ${MAX_INSTRUCTION_CHARS}.`);
  }
  if (!instruction && req.plan === undefined && !req.preset && !req.output) {
    throw new AppError("invalid_instruction", "Say what to do: send an instruction (or a plan).");
  }
  const explicit = req.plan === undefined ? {} : req.plan;
  const parsed = EditPlanSchema.safeParse(explicit);
  if (!parsed.success) throw new AppError("invalid_plan", "The plan does not match the EditPlan schema.", { issues: zodIssues(parsed.error.issues, "plan") });
  const plan = parsed.data;
  const output = { ...plan.output, ...(req.output ?? {}), ...(req.preset ? { preset: req.preset } : {}) };
  return normalizePlan({ ...plan, output });
}
