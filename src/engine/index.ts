/**
 * The engine's public face for code outside the render path (sessions, the simulator): render a
 * plan, analyse a source once, and turn a plan plus that analysis into a Timeline without I/O.
 * Everything else under src/engine is internal.
 */
import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../media/probe.js";
import type { Timeline } from "../timeline/schema.js";
import { summarizeTimeline } from "../timeline/summary.js";
import { glyphCoverage } from "./analyse/fonts.js";
import type { SpeechActivity } from "./analyse/speech.js";
import { buildTimeline } from "./timeline/build.js";

export { renderEdit } from "./render.js";
export { analyseForAnyPlan, type SourceAnalysis } from "./analyse/index.js";
export type { SpeechActivity } from "./analyse/speech.js";
export type { RenderRequest, RenderResult, RenderStep } from "./types.js";
export { buildTimeline } from "./timeline/build.js";

export interface PlannedEdit {
  timeline: Timeline;
  summary: string;
  notes: string[];
}

/**
 * What a plan would render to, from facts measured earlier (the source's speech map): the Timeline,
 * its summary line and the notes — as the render would produce them, without rendering.
 */
export async function planEdit(
  plan: EditPlan,
  source: { name: string; info: MediaInfo; speech: SpeechActivity | null },
): Promise<PlannedEdit> {
  const glyphs = plan.texts.length > 0 ? await glyphCoverage() : null;
  const built = buildTimeline({
    plan,
    source: { name: source.name, info: source.info },
    music: null,
    speech: source.speech,
    glyphs,
  });
  return { timeline: built.timeline, summary: summarizeTimeline(built.timeline), notes: built.notes };
}
