import { correctWord, SLANG } from "./lexicon.js";
import { fromRaw, mapChars, replaceMapped, type Mapped } from "./mapped.js";
import { chineseNumbersToDigits, englishNumbersToDigits } from "./numbers.js";
import { tokenizeQuantities } from "./quantities.js";

/**
 * The canonical form of a clause, which every rule matches against: lower case, full-width folded
 * to ASCII (NFKC), curly apostrophes straightened, slang and typos folded to keywords, numbers in
 * digits and quantities as tokens. It keeps a map back to the raw text.
 */

const CHAR_FOLD: Record<string, string> = {
  "’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "−": "-", "×": "x", "～": "~",
  "：": ":", "，": ",", "。": ".", "！": "!", "？": "?", "、": ",",
};

function foldChar(ch: string, code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code === 0xe000 || code === 0xe001) return ch;
  const folded = CHAR_FOLD[ch];
  if (folded !== undefined) return folded;
  // CJK ideographs and emoji are the common non-ASCII input and NFKC leaves them alone.
  if ((code >= 0x4e00 && code <= 0x9fff) || code >= 0x1f000) return ch;
  return ch.normalize("NFKC").toLowerCase();
}

const MULTI_SLANG: Array<[RegExp, string]> = [
  // Keys an app writes ("trim_start", "min_pause", "fade-out_ms"): words. "min"/"max" as a key's
  // prefix are minimum/maximum, not minutes.
  [/\bmin_(?=[a-z])/g, "minimum "],
  [/\bmax_(?=[a-z])/g, "maximum "],
  [/(?<=[a-z])_+(?=[a-z])/g, " "],
  [/\btik[\s-]+tok\b/g, "tiktok"],
  [/\bun-(?=mute|do\b|done\b)/g, "un"],
  [/\bslo(?:w)?[\s-]*mo(?:tion)?\b/g, "slow motion"],
  [/\blo[\s-]?fi\b/g, "lofi"],
  [/\bw\/o\b/g, "without"],
  [/\bw\/(?=\s|$)/g, "with"],
  [/\byou\s*tube\b/g, "youtube"],
  [/\bdo\s+not\b/g, "don't"],
  [/\bdead\s*air\b/g, "dead air"],
  [/\bfade-in\b/g, "fade in"],
  [/\bfade-out\b/g, "fade out"],
  // "don't cut the pauses after all": a change of mind, not a time.
  [/\bafter\s+all\b(?!\s+(?:the|of|my|this|that|these|those|your|\d))/g, "anyway"],
];

const WORD = /[a-z][a-z']*/g;

export function canonicalize(raw: string, offset = 0): Mapped {
  let m = mapChars(fromRaw(raw, offset), foldChar);
  for (const [re, rep] of MULTI_SLANG) {
    re.lastIndex = 0;
    if (re.test(m.text)) m = replaceMapped(m, re, () => rep);
  }
  m = replaceMapped(m, WORD, (match) => {
    const w = match[0];
    const rep = SLANG[w] ?? correctWord(w);
    return rep === w ? null : rep;
  });
  // "12ish seconds", "twentyish": about that many.
  if (ISH_HINT.test(m.text)) m = replaceMapped(m, ISH, (x) => x[1]!);
  m = englishNumbersToDigits(m);
  m = chineseNumbersToDigits(m);
  m = tokenizeQuantities(m);
  // "like 20 secs", "about 0:30", "~15s": an approximate quantity is read as the quantity.
  return APPROX_HINT.test(m.text) ? replaceMapped(m, APPROX, () => "") : m;
}

const ISH = /\b(\d+(?:\.\d+)?|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)-?ish\b/g;
const ISH_HINT = /ish\b/;
/** "around" stays: it also places a text in time ("around 0:05"). */
const APPROX = /(?:\b(?:(?:something|somewhere)\s+(?:like|around)|about|like|roughly|approx(?:imately)?|approx\.|circa|more\s+or\s+less)\s+|~\s*|约\s*|大约\s*|大概\s*)(?=\uE000[dn])/g;
const APPROX_HINT = /about|like|rough|approx|circa|more\s+or|~|约|大概/;
