import type { Clause } from "./clause.js";
import { CARRIERS, FILLERS, ZH_FILLER } from "./lexicon.js";
import { USED } from "./clause.js";
import { restoreQuotes } from "./quotes.js";

/**
 * What no rule claimed and is more than filler goes back to the user, as they typed it, in
 * `unrecognized` ("add a vintage filter" → "vintage filter"). Filler ("please", "the video",
 * "帮我把") alone is not worth reporting.
 */
const COURTESY = new Set(["please", "and", "then", "so", "ok", "okay", "hey", "also", "but", "plus", "n", "&", "or", "thanks", "lol", "pls", "yo", "just"]);
const MAX_FRAGMENT = 200;
/** Words that end a reported phrase with it: a verb's particle ("setting up"), a head noun ("the best bits"). */
const PARTICLE = /^(?:up|out|down|off|away|back|over|bits?|parts?|things?|stuff|ones?)$/;

function isSignificant(word: string): boolean {
  // A possessive of a filler word is filler too ("video's", "it's").
  if (/^[a-z][a-z'-]*$/.test(word)) return word.length > 1 && !FILLERS.has(word) && !FILLERS.has(word.replace(/'s$/, ""));
  // Letters and digits together are a word too ("3d", "4th", "h265"), not a quantity.
  if (/^[a-z0-9][a-z0-9'-]*$/.test(word) && /[a-z]/.test(word)) return true;
  const zh = word.replace(/[^\u4e00-\u9fff]/g, "");
  if (zh) return zh.replace(ZH_FILLER, "").length >= 2;
  return false;
}

/**
 * A form-style label at the start of a clause ("Edit request: …", "platform: Instagram Reels",
 * "Quality: draft"): one to three words and a colon. The value after it is the request.
 */
const LABEL = /^\s*(?:[a-z]+\s+){0,2}[a-z]+\s*:(?!\d)/;

export function residue(cl: Clause, quotes: readonly string[]): string[] {
  const out: string[] = [];
  const c = cl.c;
  const touched = c.includes(USED);
  // Only when the rest of the clause asked for something: a label alone is still reported.
  const labelEnd = touched ? (LABEL.exec(c)?.[0].length ?? 0) : 0;
  const significant = (w: string, at: number) => at >= labelEnd && isSignificant(w) && !(touched && CARRIERS.has(w));
  const chunk = /[^\u0001]+/g;
  for (let m = chunk.exec(c); m; m = chunk.exec(c)) {
    const words: Array<{ w: string; start: number; end: number }> = [];
    const word = /[^\s,.;:!?()\[\]"]+/g;
    for (let w = word.exec(m[0]); w; w = word.exec(m[0])) {
      words.push({ w: w[0].replace(/^['-]+|['-]+$/g, ""), start: m.index + w.index, end: m.index + w.index + w[0].length });
    }
    let first = -1;
    let last = -1;
    words.forEach((w, i) => {
      if (significant(w.w, w.start)) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    // A verb's particle or a head noun belongs to the phrase ("us setting up", "the best bits").
    while (last + 1 < words.length && PARTICLE.test(words[last + 1]!.w)) last++;
    // A quote the rules left over belongs to the fragment ("zoom in on \"the cake\"").
    for (let i = last + 1; i < words.length; i++) if (words[i]!.w.includes("\uE000q")) last = i;
    // Extend left over filler that belongs to the phrase ("make it purple"), not over courtesy.
    while (first > 0 && !COURTESY.has(words[first - 1]!.w) && !isSignificant(words[first - 1]!.w) && /^[a-z']+$/.test(words[first - 1]!.w)) first--;
    const raw = cl.rawOf(words[first]!.start, words[last]!.end);
    const text = restoreQuotes(raw, quotes).replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, "").slice(0, MAX_FRAGMENT);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}


/**
 * Runs `read` on a clause and keeps what it claimed only if it found something and left nothing
 * worth reporting (no words, no quantities): for fragments that only make sense as a whole ("very
 * quiet" after "add music", "last three seconds" after an overlay). Otherwise the clause is restored.
 */
export function wholly(cl: Clause, quotes: readonly string[], read: () => boolean): boolean {
  const before = cl.c;
  if (read() && !cl.c.includes("\uE000") && residue(cl, quotes).length === 0) return true;
  cl.c = before;
  return false;
}
