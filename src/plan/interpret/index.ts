import { normalizePlan } from "../normalize.js";
import { EditPlanSchema, type EditPlan } from "../schema.js";
import type { InterpretContext } from "./draft.js";
import { read } from "./read.js";
import { MAX_INSTRUCTION_CHARS } from "./sanitize.js";

export { MAX_INSTRUCTION_CHARS };
export type { InterpretContext };
export { interpretFollowUp, type FollowUp, type FollowUpContext } from "./followup.js";

/**
 * Instruction text (English, Chinese or both) → EditPlan. Pure and deterministic: no I/O, no
 * clock, no environment. Never throws: what it cannot map goes to `unrecognized`, what it assumed
 * goes to `notes`, and the result always passes EditPlanSchema, normalized.
 */
export function interpret(text: string, ctx: InterpretContext = {}): EditPlan {
  try {
    return read(text, ctx ?? {}).plan;
  } catch {
    // A bug in a rule must not cost the user the request: fall back to "change nothing".
    return normalizePlan(EditPlanSchema.parse({ notes: ["The instruction could not be read; nothing was changed."] }));
  }
}
