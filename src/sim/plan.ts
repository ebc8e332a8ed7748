import type { EditPlan } from "../plan/schema.js";
import { interpret, interpretFollowUp } from "../plan/interpret/index.js";

/**
 * The simulated agent's understanding of a message: text → EditPlan with our own interpreter, so
 * a nemo job edits the clip the way a local job would; later messages of a session apply to its
 * current plan. Pure.
 */
export function planFor(
  text: string,
  current: EditPlan | null = null,
  ctx: { sourceName?: string; sourceDurationMs?: number } = {},
): EditPlan {
  if (!current) return interpret(text, ctx);
  const next = interpretFollowUp(text, current, ctx);
  return next.kind === "edit" ? next.plan : current;
}

/** The agent's one-line account of a plan, for the reply text. */
export function describePlan(plan: EditPlan): string {
  const did: string[] = [];
  if (plan.output.preset)
    did.push(`reframed it for ${plan.output.preset} (${plan.output.width}×${plan.output.height})`);
  else if (plan.output.width && plan.output.height)
    did.push(`reframed it to ${plan.output.width}×${plan.output.height}`);
  if (plan.cut.targetDurationMs)
    did.push(
      `${plan.cut.durationMode === "max" ? "kept it under" : "cut it to"} ${plan.cut.targetDurationMs / 1000} s`,
    );
  if (plan.cut.removePauses) did.push("removed the pauses");
  for (const t of plan.texts) did.push(`added the text "${t.text}"`);
  if (plan.audio.mute) did.push("muted the sound");
  if (plan.audio.music) did.push("added background music");
  const last = did.pop() ?? "prepared your clip";
  return did.length === 0 ? last : `${did.join(", ")} and ${last}`;
}
