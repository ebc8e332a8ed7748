import type { EditPlan } from "../../plan/schema.js";
import type { MediaInfo } from "../../media/probe.js";
import { canToneMap } from "./capabilities.js";
import { glyphCoverage, type GlyphCoverage } from "./fonts.js";
import { measureLevels } from "./levels.js";
import { detectSpeech, type SpeechActivity } from "./speech.js";

export interface SourceAnalysis {
  /** Where the source speaks; null when it has no sound or the plan cuts nothing by time. */
  speech: SpeechActivity | null;
  /** What the fonts can draw; null when the plan has no text or fontconfig could not be asked. */
  glyphs: GlyphCoverage | null;
  /** Whether this ffmpeg can tone-map HDR; asked only for HDR sources, true otherwise. */
  toneMapping: boolean;
}

export interface AnalyseOptions {
  source: { path: string; info: MediaInfo };
  plan: EditPlan;
  ffmpegPath: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * The I/O half of planning an edit. Loudness is measured only when something is cut by time
 * (pauses, or a duration target whose gaps are shortened first), and glyphs only when there is text.
 */
export async function analyseSource(opts: AnalyseOptions): Promise<SourceAnalysis> {
  const { cut } = opts.plan;
  return analyse(opts, {
    speech: cut.removePauses !== null || cut.targetDurationMs !== null,
    glyphs: opts.plan.texts.length > 0,
  });
}

/**
 * Everything any plan could need about a source, measured once: for a session or an agent that
 * edits the same clip over many turns and rebuilds its Timeline each time without new I/O.
 */
export function analyseForAnyPlan(opts: Omit<AnalyseOptions, "plan">): Promise<SourceAnalysis> {
  return analyse(opts, { speech: true, glyphs: true });
}

async function analyse(
  opts: Omit<AnalyseOptions, "plan">,
  needs: { speech: boolean; glyphs: boolean },
): Promise<SourceAnalysis> {
  const { info } = opts.source;
  const measure = needs.speech && info.kind !== "image" && info.audio !== null && info.durationMs !== null;
  const [speech, glyphs, toneMapping] = await Promise.all([
    measure && info.audio && info.durationMs !== null
      ? measureLevels(opts.source.path, info.audio.index, opts).then((levels) =>
          detectSpeech(levels, info.durationMs ?? 0),
        )
      : Promise.resolve(null),
    needs.glyphs ? glyphCoverage() : Promise.resolve(null),
    info.video?.hdr ? canToneMap(opts.ffmpegPath) : Promise.resolve(true),
  ]);
  return { speech, glyphs, toneMapping };
}
