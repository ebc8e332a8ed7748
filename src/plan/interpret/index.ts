import { normalizePlan } from "../normalize.js";
import { EditPlanSchema, type EditPlan } from "../schema.js";
import { assemble } from "./assemble.js";
import { splitSegments, toClauses } from "./clauses.js";
import { newDraft, note, type InterpretContext } from "./draft.js";
import { audio } from "./features/audio.js";
import { fades } from "./features/fade.js";
import { frame } from "./features/frame.js";
import { intents } from "./features/intents.js";
import { pauses } from "./features/pauses.js";
import { speed } from "./features/speed.js";
import { textFollowUps, texts } from "./features/texts.js";
import { bareTarget, timing } from "./features/timing.js";
import { vague } from "./features/vague.js";
import { captureUnquoted, extractQuotes } from "./quotes.js";
import { residue } from "./residue.js";
import { MAX_INSTRUCTION_CHARS, sanitize } from "./sanitize.js";

export { MAX_INSTRUCTION_CHARS };
export type { InterpretContext };

/**
 * Instruction text (English, Chinese or both) → EditPlan. Pure and deterministic: no I/O, no
 * clock, no environment. Never throws: what it cannot map goes to `unrecognized`, what it assumed
 * goes to `notes`, and the result always passes EditPlanSchema, normalized.
 *
 * Rules run in an order that settles who owns a phrase: texts claim their own timing ("for the
 * first 3 seconds") before the cut rules see it, music claims "fade the music out" before the
 * video fades do.
 */
export function interpret(text: string, ctx: InterpretContext = {}): EditPlan {
  try {
    return run(text, ctx ?? {});
  } catch {
    // A bug in a rule must not cost the user the request: fall back to "change nothing".
    return normalizePlan(EditPlanSchema.parse({ notes: ["The instruction could not be read; nothing was changed."] }));
  }
}

function run(text: string, ctx: InterpretContext): EditPlan {
  const { text: clean, truncated } = sanitize(text);
  const { masked, quotes } = extractQuotes(clean);
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

  const unrecognized: string[] = [];
  for (const cl of clauses) {
    for (const frag of residue(cl, quotes)) if (!unrecognized.includes(frag)) unrecognized.push(frag);
  }
  return assemble(d, unrecognized);
}
