import type { Clause } from "./clause.js";
import type { EditPlan, Intent, Preset } from "../schema.js";

export interface InterpretContext {
  /** The uploaded file's name, used for a default overlay text ("banana_bread.mp4" → "Banana Bread"). */
  sourceName?: string | undefined;
  /** Source length, when known: resolves "only the last 5 seconds" and clamps ranges. */
  sourceDurationMs?: number | undefined;
  /** The preset the caller chose; words in the text override it. */
  preset?: Preset | undefined;
  /**
   * Set by `interpretFollowUp` only: the message is read against a session's current plan, which
   * has this many overlays. Words about an overlay then refer to the existing ones.
   */
  followUp?: { texts: number } | undefined;
}

/**
 * Comparatives ("faster", "louder music", "2 seconds shorter"): steps from a current value. A plain
 * instruction resolves them against defaults or the source length; a session against its plan.
 */
export interface Relative {
  /** Speed multiplier ("faster" 1.5). */
  speed?: number;
  /** Clip volume multiplier ("louder" 1.5). */
  volume?: number;
  /** Music volume multiplier ("louder music" 1.5). */
  music?: number;
  /** Length multiplier ("shorter" 0.8). */
  lengthFactor?: number;
  /** Length change in ms ("2 seconds shorter" −2000). */
  lengthDeltaMs?: number;
}

export type TextDraft = EditPlan["texts"][number];

/** Overlay attributes read from words (features/texts.ts). */
export interface TextAttrs {
  position?: TextDraft["position"];
  style?: TextDraft["style"];
  animation?: TextDraft["animation"];
  span?: { anchor: TextDraft["anchor"]; startMs: number; endMs: number | null };
  size?: TextDraft["size"];
  /** The size came from a comparative ("bigger"): in a session it is a step from the current size. */
  sizeStep?: 1 | -1;
}
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
    /** A mode said on its own ("mode: max"): it applies to the target, wherever that was said. */
    modeSaid?: "exact" | "max";
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
  relative: Relative;
  /** Features the instruction turned off ("remove the text", "keep the pauses"). */
  refused: { texts?: boolean; pauses?: boolean; length?: boolean };
  /** Per overlay in `texts`: was its text quoted (false: a default title, or a reference in a session)? */
  textQuoted: boolean[];
  /** Session only: clauses that only describe an overlay ("bigger", "at the top instead"). */
  textRefs: Array<{ attrs: TextAttrs; clause: number }>;
  /** "audio only" was asked: an audio format unless one is named. */
  audioOnly?: boolean;
  /** Instagram was named without a frame of its own: a reel unless another frame is named. */
  instagram?: boolean;
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
    relative: {},
    refused: {},
    textQuoted: [],
    textRefs: [],
  };
}

export function note(d: Draft, text: string): void {
  if (!d.notes.includes(text) && d.notes.length < 40) d.notes.push(text);
}
