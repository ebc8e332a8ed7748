import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../media/probe.js";
import type { Timeline } from "../timeline/schema.js";
import { buildTimeline, type SourceAnalysis } from "../engine/index.js";

/**
 * The simulated agent's draft, as a Timeline: the plan applied to the uploaded clip by the local
 * engine's own (pure) timeline builder, so a nemo job and a local job summarise alike.
 */
export function timelineForPlan(
  plan: EditPlan,
  source: { name: string; info: MediaInfo; analysis: SourceAnalysis },
): Timeline {
  return buildTimeline({
    plan,
    source: { name: source.name, info: source.info },
    music: null,
    speech: source.analysis.speech,
    glyphs: source.analysis.glyphs,
  }).timeline;
}
