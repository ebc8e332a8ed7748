import type { Clause } from "./clause.js";
import type { EditPlan, Intent, Preset } from "../schema.js";

export interface InterpretContext {
  /** The uploaded file's name, used for a default overlay text ("banana_bread.mp4" → "Banana Bread"). */
  sourceName?: string | undefined;
  /** Source length, when known: resolves "only the last 5 seconds" and clamps ranges. */
  sourceDurationMs?: number | undefined;
  /** The preset the caller chose; words in the text override it. */
  preset?: Preset | undefined;
}

export type TextDraft = EditPlan["texts"][number];
export interface Span {
  startMs: number;
  endMs: number;
}

/**
 * What the rules have found so far, for one call of `interpret`. Rules fill it in clause order;
 * `assemble` turns it into an EditPlan. Only fields a rule set are present.
 */
export interface Draft {
  ctx: InterpretContext;
  quotes: string[];
  clauses: Clause[];
  /** Non-edit intents in the order they were asked. */
  intents: Intent[];
  /** Set when any edit (cut, speed, text, audio, fade) was asked; then the intent is `edit`. */
  edited: boolean;
  output: Partial<EditPlan["output"]>;
  cut: {
    removePauses?: { minPauseMs?: number; paddingMs?: number };
    keep: Span[];
    remove: Span[];
    keepLastMs?: number;
    trimStartMs?: number;
    trimEndMs?: number;
    endAtMs?: number;
    targetDurationMs?: number;
    durationMode?: "exact" | "max";
  };
  speed?: number;
  texts: TextDraft[];
  /** Clause index each text came from, for follow-up clauses ("make it bold"). */
  textClauses?: number[];
  audio: {
    mute?: boolean;
    normalize?: boolean;
    volume?: number;
    /** null = explicitly no music ("no music"). */
    music?: { volume?: number; duck?: boolean; fadeOutMs?: number; source?: string | null } | null;
    duck?: boolean;
  };
  fade: { inMs?: number; outMs?: number };
  notes: string[];
  vague: boolean;
  /** "audio only" was asked: an audio format unless one is named. */
  audioOnly?: boolean;
}

export function newDraft(ctx: InterpretContext, quotes: string[], clauses: Clause[]): Draft {
  return {
    ctx,
    quotes,
    clauses,
    intents: [],
    edited: false,
    output: {},
    cut: { keep: [], remove: [] },
    texts: [],
    audio: {},
    fade: {},
    notes: [],
    vague: false,
  };
}

export function note(d: Draft, text: string): void {
  if (!d.notes.includes(text) && d.notes.length < 40) d.notes.push(text);
}
