import { USED } from "./clause.js";

/**
 * "don't add music", "no text", "不要背景音乐": is the feature named at `index` negated? A cue
 * counts when it stands at most four words before the feature word, with no barrier ("just",
 * "but", "instead", a claimed phrase) in between: in "no text just music" the "no" is not about
 * music.
 */

const CUE_EN = new Set([
  "don't", "dont", "not", "no", "never", "without", "skip", "avoid", "stop", "none", "zero", "nothing",
  "remove", "delete", "lose", "drop", "kill", "ditch", "disable", "off", "minus", "mute",
]);
const BARRIER_EN = new Set(["just", "but", "only", "instead", "then", "and", "also", "rather", "except", "plus", "with", "keep"]);
const CUE_ZH = /(?:不要|别|不用|不需要|无需|不加|不想要|去掉|去除|取消|没有|删掉|删除|关掉)[^，,。\u0001]{0,4}$/;

export type Negation = "not" | "no" | "remove" | null;

/**
 * The kind of cue, because features read them differently: "no pauses" asks to remove pauses while
 * "don't remove pauses" does not; "remove the music" is a negation of music.
 */
export function negationBefore(c: string, index: number, maxWords = 4): Negation {
  const before = c.slice(Math.max(0, index - 60), index);
  const zh = CUE_ZH.exec(before);
  if (zh) return zh[0].startsWith("去") || zh[0].startsWith("删") || zh[0].startsWith("关") ? "remove" : "not";
  const cut = before.lastIndexOf(USED);
  const words = (cut >= 0 ? before.slice(cut + 1) : before).split(/[\s,;:.!?]+/).filter(Boolean);
  // Walk back from the feature word. A "not" cue further back overrides a nearer "remove"/"no"
  // one: "don't remove the pauses" keeps them.
  let found: Negation = null;
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < maxWords; i--, seen++) {
    const w = words[i]!;
    if (BARRIER_EN.has(w)) break;
    // "mute the audio, add music": a positive verb ends the reach of an earlier "mute"/"remove";
    // only "don't add music" carries over.
    if (POSITIVE_VERBS.has(w)) return i > 0 && NOT_CUES.has(words[i - 1]!) ? "not" : found;
    if (!CUE_EN.has(w)) continue;
    const kind: Negation = NO_CUES.has(w) ? "no" : REMOVE_CUES.has(w) ? "remove" : "not";
    if (kind === "not") return "not";
    found ??= kind;
  }
  return found;
}

const POSITIVE_VERBS = new Set(["add", "put", "use", "include", "throw", "give", "play", "want", "need", "slap", "insert", "apply", "make"]);
const NOT_CUES = new Set(["don't", "dont", "not", "never"]);
const NO_CUES = new Set(["no", "without", "zero", "none"]);
const REMOVE_CUES = new Set(["remove", "delete", "lose", "drop", "kill", "ditch", "disable", "off", "minus", "mute"]);
