import { normalizePlan } from "./normalize.js";
import type { EditPlan } from "./schema.js";

/** Previews are quick looks: fast encoder settings at 480p, whatever the final output will be. */
export function previewPlan(plan: EditPlan): EditPlan {
  const o = plan.output;
  const video = !["mp3", "wav", "m4a", "aac", "jpg", "png"].includes(o.format);
  return normalizePlan({
    ...plan,
    output: { ...o, quality: "draft", resolution: 480, width: null, height: null, format: video ? "mp4" : o.format },
  });
}
