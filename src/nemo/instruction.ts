import type { EditPlan } from "../plan/schema.js";
import { interpret } from "../plan/interpret/index.js";

/** The plan as the short requests a user would type, one per feature. Pure. */
export function planPhrases(plan: EditPlan): string[] {
  const asks: string[] = [];
  const o = plan.output;
  if (o.preset) asks.push(`make it for ${o.preset}`);
  else if (o.width && o.height) asks.push(`make it ${o.width}x${o.height}`);
  if (o.format !== "mp4") asks.push(`export it as ${o.format}`);
  if (plan.cut.removePauses) asks.push("trim the pauses");
  if (plan.cut.trimStartMs) asks.push(`cut the first ${plan.cut.trimStartMs / 1000} seconds`);
  if (plan.cut.trimEndMs) asks.push(`cut the last ${plan.cut.trimEndMs / 1000} seconds`);
  if (plan.cut.targetDurationMs)
    asks.push(
      `${plan.cut.durationMode === "max" ? "keep it under" : "cut it to"} ${plan.cut.targetDurationMs / 1000} seconds`,
    );
  if (plan.speed !== 1) asks.push(`play it at ${plan.speed}x speed`);
  for (const t of plan.texts) asks.push(`add the text "${t.text}" at the ${t.position}`);
  if (plan.audio.mute) asks.push("mute it");
  if (plan.audio.music) asks.push("add background music");
  if (plan.fade.inMs) asks.push("fade in");
  if (plan.fade.outMs) asks.push("fade out");
  return asks;
}

/**
 * What the agent is told for a job: the user's own words, plus — in words — whatever the job's
 * explicit options (preset, plan fields) added that the words did not say. A job with no
 * instruction is described entirely from its plan. Pure.
 */
export function nemoInstruction(instruction: string | null, plan: EditPlan): string {
  const text = instruction?.trim() ?? "";
  if (!text) {
    const asks = planPhrases(plan);
    return asks.length ? `${asks.join(", ")}.` : "Keep the clip as it is and prepare it for export.";
  }
  const said = new Set(planPhrases(interpret(text)));
  const extra = planPhrases(plan).filter((p) => !said.has(p));
  return extra.length ? `${text.replace(/[.\s]+$/, "")}. Also ${extra.join(", ")}.` : text;
}
