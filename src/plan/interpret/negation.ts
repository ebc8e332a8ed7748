import { USED, type Clause } from "./clause.js";

/**
 * "don't add music", "no text", "不要背景音乐": is the feature named at `index` negated? A cue
 * counts when it stands at most four words before the feature word, with no barrier ("just",
 * "but", "instead", a claimed phrase) in between: in "no text just music" the "no" is not about
 * music. "and"/"or" join objects of the same verb ("remove the caption and the music", "i don't
 * want text or music"), so they are no barrier: clauses are already split where "and" starts a
 * new command.
 */

const CUE_EN = new Set([
  "don't", "dont", "not", "no", "never", "without", "skip", "avoid", "stop", "none", "zero", "nothing",
  "doesn't", "didn't", "won't", "shouldn't", "isn't", "aren't", "remove", "delete", "lose", "drop", "kill", "ditch", "disable", "off", "minus", "mute", "rid",
]);
const BARRIER_EN = new Set(["just", "but", "only", "instead", "then", "also", "rather", "except", "plus", "with", "keep"]);
const CUE_ZH = /(不要|别|不用|不需要|无需|不加|不想要|去掉|去除|取消|没有|删掉|删除|关掉)[^，,。\u0001]{0,4}$/;

export type Negation = "not" | "no" | "remove" | null;

/**
 * A form field answered with a refusal: "Music: none", "text: no", "captions = off", "字幕：无".
 * Sticky; match it right after the feature word.
 */
export const VALUE_NONE = /\s*[:：=]\s*(?:none|no|nope|off|false|n\/a|nothing|0|无|不要|没有|关)(?![\w.%])/y;
/** The same value alone, as captured after a "text:" label. */
export const NONE_VALUE = /^(?:none|no|nope|off|false|n\/a|nothing|-|无|不要|没有|关)$/i;

/**
 * The kind of cue, because features read them differently: "no pauses" asks to remove pauses while
 * "don't remove pauses" does not; "remove the music" is a negation of music.
 */
export function negationBefore(c: string, index: number, orig?: string): Negation {
  return findNegation(c, index, orig)?.kind ?? null;
}

/**
 * Claims the cue that refuses the feature at `index` ("remove" in "remove the music", "get rid
 * of"): it is part of that request, not something left over.
 */
export function claimNegation(cl: Clause, index: number): void {
  const cue = findNegation(cl.c, index, cl.orig);
  if (!cue) return;
  let { start, end } = cue;
  // The rest of a phrasal cue: "get rid of", "turn off", "take out".
  if (cue.word === "rid" || cue.word === "off") {
    const from = Math.max(0, start - 12);
    const verb = /\b(?:get|got|turn|switch|take)\s+$/.exec(cl.c.slice(from, start));
    if (verb) start = from + verb.index;
    const of = cl.at(/\s+of\b/y, end);
    if (of) end += of[0].length;
  }
  cl.claim(start, end);
}

interface Cue {
  kind: Exclude<Negation, null>;
  word: string;
  start: number;
  end: number;
}

const WORD = /[^\s,;:.!?]+/g;
const DETERMINERS = new Set(["the", "a", "an", "my", "all", "any", "of", "this", "that", "those", "these", "our"]);

/** At most this many words (determiners not counted) between a cue and the feature word. */
const MAX_WORDS = 4;

function findNegation(c: string, index: number, orig?: string): Cue | null {
  const from = Math.max(0, index - 60);
  const before = c.slice(from, index);
  const zh = CUE_ZH.exec(before);
  if (zh) {
    const kind = zh[0].startsWith("去") || zh[0].startsWith("删") || zh[0].startsWith("关") ? "remove" : "not";
    return { kind, word: zh[1]!, start: from + zh.index, end: from + zh.index + zh[1]!.length };
  }
  const words: Array<{ w: string; start: number }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(before); m; m = WORD.exec(before)) words.push({ w: m[0], start: from + m.index });
  // Walk back from the feature word. A "not" cue further back overrides a nearer "remove"/"no"
  // one: "don't remove the pauses" keeps them.
  let found: Cue | null = null;
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < MAX_WORDS; i--) {
    let { w } = words[i]!;
    const { start } = words[i]!;
    // A claimed phrase ends the reach of a cue, except as the first of two joined objects
    // ("remove the caption and the music").
    if (w.includes(USED)) {
      // A cue another rule claimed still refuses: "remove the caption and the music".
      const was = orig?.slice(start, start + w.length);
      if (was !== undefined && CUE_EN.has(was)) w = was;
      else if (JOINERS.has(words[i + 1]?.w ?? "")) continue;
      else break;
    }
    if (!DETERMINERS.has(w)) seen++;
    if (BARRIER_EN.has(w)) break;
    // "no fade-out on the music": the cue is about the thing before the preposition.
    if (PREPOSITIONS.has(w) && OTHER_FEATURES.has(words[i - 1]?.w ?? "")) break;
    // "mute the audio, add music": a positive verb ends the reach of an earlier "mute"/"remove";
    // only "don't add music" carries over.
    if (POSITIVE_VERBS.has(w)) {
      const prev = words[i - 1];
      // The "don't" of "i don't want music or text" governs both objects, even once the rule for
      // the other one has claimed it.
      const was = prev && (prev.w.includes(USED) ? orig?.slice(prev.start, prev.start + prev.w.length) : prev.w);
      // "no need for music", "no want" read as "don't need".
      return prev && was && (NOT_CUES.has(was) || was === "no") ? { kind: "not", word: was, start: prev.start, end: prev.start + prev.w.length } : found;
    }
    if (!CUE_EN.has(w)) continue;
    const kind: Negation = NO_CUES.has(w) ? "no" : REMOVE_CUES.has(w) ? "remove" : "not";
    const cue = { kind, word: w, start, end: start + w.length };
    if (kind === "not") return cue;
    found ??= cue;
  }
  return found;
}

const PREPOSITIONS = new Set(["on", "in", "for", "of", "over", "under", "during", "from", "to"]);
/** Features a cue may be about before a preposition that names another one ("no fade-out on the music"). */
const OTHER_FEATURES = new Set(["fade", "fades", "out", "in", "text", "texts", "caption", "captions", "title", "titles", "effect", "effects", "filter", "filters", "transition", "transitions", "zoom", "ducking", "change", "changes"]);
const POSITIVE_VERBS = new Set(["add", "put", "use", "include", "throw", "give", "play", "want", "need", "slap", "insert", "apply", "make"]);
/** Words joining two objects of one verb: "remove the caption and the music", "no text or music". */
const JOINERS = new Set(["and", "or", "nor", "&", "n"]);
const NOT_CUES = new Set(["don't", "dont", "not", "never", "doesn't", "didn't", "won't", "shouldn't", "isn't", "aren't"]);
const NO_CUES = new Set(["no", "without", "zero", "none"]);
const REMOVE_CUES = new Set(["remove", "delete", "lose", "drop", "kill", "ditch", "disable", "off", "minus", "mute", "rid"]);
