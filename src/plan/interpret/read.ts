import { assemble } from "./assemble.js";
import { splitSegments, toClauses } from "./clauses.js";
import { newDraft, note, type Draft, type InterpretContext } from "./draft.js";
import { audio } from "./features/audio.js";
import { fades } from "./features/fade.js";
import { frame } from "./features/frame.js";
import { intents } from "./features/intents.js";
import { pauses } from "./features/pauses.js";
import { speed } from "./features/speed.js";
import { textFollowUps, texts } from "./features/texts.js";
import { bareTarget, timing } from "./features/timing.js";
import { topics } from "./features/topic.js";
import { vague } from "./features/vague.js";
import { captureUnquoted, extractQuotes, quoteFileNames } from "./quotes.js";
import { residue } from "./residue.js";
import { MAX_INSTRUCTION_CHARS, sanitize } from "./sanitize.js";
import type { EditPlan } from "../schema.js";

/**
 * The pipeline (README "How it reads an instruction"). Rules run in an order that settles who owns
 * a phrase: texts claim their own timing ("for the first 3 seconds") before the cut rules see it,
 * music claims "fade the music out" before the video fades do.
 */
/** The plan and the draft it came from: what each rule found (follow-ups read the draft). */
export function read(text: string, ctx: InterpretContext): { plan: EditPlan; draft: Draft } {
  const { text: clean, truncated } = sanitize(text);
  const { masked: quoted, quotes } = extractQuotes(clean);
  const masked = quoteFileNames(quoted, quotes);
  const segments = splitSegments(masked).map((seg) => ({ ...seg, text: captureUnquoted(seg.text, quotes) }));
  const clauses = toClauses(segments);
  const d = newDraft(ctx, quotes, clauses);
  if (truncated) note(d, `Only the first ${MAX_INSTRUCTION_CHARS} characters were read.`);
  if (!clean.trim()) note(d, "The instruction is empty; nothing was changed.");

  intents(d);
  pauses(d);
  texts(d);
  audio(d);
  fades(d);
  speed(d);
  frame(d);
  timing(d);
  textFollowUps(d);
  bareTarget(d);
  vague(d);
  topics(d);

  const unrecognized: string[] = [];
  for (const cl of clauses) {
    for (const frag of residue(cl, quotes)) if (!unrecognized.includes(frag)) unrecognized.push(frag);
  }
  return { plan: assemble(d, unrecognized), draft: d };
}
