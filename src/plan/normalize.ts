import { EditPlanSchema, PRESET_FRAMES, type EditPlan, type EditPlanInput } from "./schema.js";

const ASPECT_RATIOS: Record<"9:16" | "16:9" | "1:1" | "4:5", [number, number]> = {
  "9:16": [9, 16],
  "16:9": [16, 9],
  "1:1": [1, 1],
  "4:5": [4, 5],
};

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/**
 * Makes the output block self-consistent: a preset implies its aspect, an aspect plus a resolution
 * implies width/height. Explicit width/height win over both. Pure; returns a new plan.
 */
export function normalizePlan(plan: EditPlan): EditPlan {
  const output = { ...plan.output };
  if (output.preset) {
    const frame = PRESET_FRAMES[output.preset];
    if (output.aspect === "source" || output.aspect === frame.aspect) output.aspect = frame.aspect;
  }
  if (output.aspect !== "source" && (output.width === null || output.height === null)) {
    const [aw, ah] = ASPECT_RATIOS[output.aspect];
    const short = output.resolution ?? 1080;
    if (aw <= ah) {
      output.width = even(short);
      output.height = even((short * ah) / aw);
    } else {
      output.height = even(short);
      output.width = even((short * aw) / ah);
    }
  }
  return { ...plan, output };
}

/** Plan fields as a caller or a test writes them → the complete, normalized plan. Throws on a bad field. */
export function parsePlan(input: EditPlanInput): EditPlan {
  return normalizePlan(EditPlanSchema.parse(input));
}
