import { VERB_ALT } from "./lexicon.js";
import { NONE_VALUE } from "./negation.js";
import { token } from "./tokens.js";

/**
 * Quoted overlay text, in any of the quote styles people type: straight, curly, single, «»,
 * Chinese “” 「」 『』《》【】 and backticks. Quotes are taken out first and replaced by a
 * placeholder token, so the words inside ("cut the crap!") never trigger a rule.
 */

/** Opening character → the characters that may close it (people mix “ with "). */
const CLOSERS: Record<string, string> = {
  '"': '"”“',
  "“": "”“\"",
  "”": "”\"",
  "„": "“”\"",
  "«": "»",
  "»": "«»",
  "‹": "›",
  "「": "」",
  "『": "』",
  "《": "》",
  "【": "】",
  "〈": "〉",
  "﹁": "﹂",
  "＂": "＂",
  "`": "`",
  "'": "'’",
  "‘": "’'",
};

/** Single quotes double as apostrophes ("don't", "creators'"), so they only count at word edges. */
const APOSTROPHE_LIKE = new Set(["'", "‘", "’"]);
/**
 * A letter or digit that can take an apostrophe ("don't", "creators'"). CJK characters never do,
 * so a straight quote next to one is a quote: 加上文字'好耶'放在顶部.
 */
const WORDISH = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}]/u;
const SPACE = /\s/;
const MAX_QUOTE_SCAN = 600;
/** Where an unclosed double quote stops: the end of its sentence. */
const SENTENCE_END = /[\n.!?。！？;；]/;
export const MAX_TEXT_CHARS = 500;

export interface Quoted {
  /** The text with each quote replaced by a ` ⟨qN⟩ ` token. */
  masked: string;
  quotes: string[];
}

function isWordish(ch: string | undefined): boolean {
  return ch !== undefined && WORDISH.test(ch);
}

function findCloser(text: string, open: string, from: number): number {
  const closers = CLOSERS[open]!;
  const limit = Math.min(text.length, from + MAX_QUOTE_SCAN);
  for (let j = from; j < limit; j++) {
    const ch = text[j]!;
    if (ch === "\n") return -1;
    if (!closers.includes(ch)) continue;
    if (APOSTROPHE_LIKE.has(ch)) {
      // "it's 'fun' time": a closing single quote sits after a non-space and before a non-letter.
      if (SPACE.test(text[j - 1] ?? " ") || isWordish(text[j + 1])) continue;
    }
    return j;
  }
  return -1;
}

export function extractQuotes(text: string, quotes: string[] = []): Quoted {
  let masked = "";
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!(ch in CLOSERS)) {
      i++;
      continue;
    }
    if (APOSTROPHE_LIKE.has(ch) && (isWordish(text[i - 1]) || SPACE.test(text[i + 1] ?? " "))) {
      i++;
      continue;
    }
    let close = findCloser(text, ch, i + 1);
    let end: number;
    if (close >= 0) {
      end = close + 1;
    } else if (APOSTROPHE_LIKE.has(ch)) {
      i++;
      continue;
    } else {
      // Unclosed: the quote runs to the end of its sentence.
      const rest = text.slice(i + 1, i + 1 + MAX_QUOTE_SCAN);
      const stop = rest.search(SENTENCE_END);
      close = i + 1 + (stop < 0 ? rest.length : stop);
      end = close;
    }
    const inner = text.slice(i + 1, close).trim().slice(0, MAX_TEXT_CHARS).trim();
    masked += text.slice(last, i);
    if (inner) {
      masked += ` ${token("q", quotes.length)} `;
      quotes.push(inner);
    } else {
      masked += " ";
    }
    last = end;
    i = end;
  }
  masked += text.slice(last);
  return { masked, quotes };
}

/**
 * An audio file named without quotes ("music: lofi.mp3 at 30%", "add beat_2.wav"): a name, not a
 * format ask, so it is taken like a quote (the music rules read it as the music's source).
 */
const AUDIO_FILE_NAME = /(?<![\w.\-\uE000])[\p{L}\p{N}][\p{L}\p{N}_\-]*(?:\.[\p{L}\p{N}_\-]+)*\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b/giu;

export function quoteFileNames(masked: string, quotes: string[]): string {
  if (!/\.(?:mp3|wav|m4a|aac|ogg|flac|opus)\b/i.test(masked)) return masked;
  return masked.replace(AUDIO_FILE_NAME, (name) => {
    const placeholder = ` ${token("q", quotes.length)} `;
    quotes.push(name);
    return placeholder;
  });
}

const PLACEHOLDER = /\uE000q(\d+)\uE001/g;

/** Puts quoted text back into a fragment, for notes and `unrecognized`. */
export function restoreQuotes(fragment: string, quotes: readonly string[]): string {
  return fragment.replace(PLACEHOLDER, (_, i: string) => `"${quotes[Number(i)] ?? ""}"`).replace(/\s+/g, " ").trim();
}


/**
 * Overlay text typed without quotes after an introducer: "add text saying follow for more at
 * the end", "title: My Morning Routine", "写着周末快乐". The text runs to the end of the segment
 * or the next command, minus trailing placement words ("at the end"), and becomes a quote.
 */
const INTRODUCER = /(?:\b(?:that|which)\s+(?:says|reads)|\bsaying|\bsays|\breading|\bwith\s+the\s+(?:words?|text)|\bwith\s+text|\b(?:text|title|caption|headline|label|subtitle)s?(?:\s+(?:at|on|in)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|center|centre|start|beginning|end))?\s*[:：])\s*[:：]?\s*|(?:写着|写上|内容是|标题是|文字是|字幕是|(?:标题|文字|字幕|文案)\s*(?:(?:在|放在|放到)?\s*(?:顶部|底部|中间|上方|下方|开头|结尾|最后))?\s*[:：])[:：]?\s*/i;
const NEXT_COMMAND = new RegExp(String.raw`\s+(?:and|then|also|plus|&|n)\s+(?=(?:${VERB_ALT})\b)|[,，]`, "i");
const TRAILING = [
  /\s+(?:at|on|in|to|near)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|center|centre|start|beginning|end|ending)(?:\s+(?:of\s+)?(?:the\s+)?(?:screen|video|clip|frame))?\s*$/i,
  /\s+(?:on\s+)?top\s*$/i,
  /\s+(?:for|during)\s+(?:the\s+)?(?:first|last|final)?\s*[\w.]+\s*(?:seconds?|secs?|s)\s*$/i,
  /\s+(?:in\s+(?:a\s+)?)?(?:fun|bold|clean|big|small|simple|minimal|cute)\s+(?:font|style|letters|text)\s*$/i,
  /\s+(?:at|after|from)\s+\d+(?::\d+)?\s*(?:seconds?|secs?|s)?\s*$/i,
  /(?:在)?(?:顶部|底部|中间|上方|下方|开头|结尾)\s*$/,
];

/** Words that only describe an overlay (its place, size, style, animation), not words to show. */
const ATTRIBUTES_ONLY = /^(?:(?:bigger|smaller|larger|big|small|large|huge|tiny|top|bottom|middle|center|centre|bold|fun|clean|simple|minimal|pop|fade(?:\s+(?:in|out))?|static|up|down|higher|lower|left|right|at|on|in|to|the|a|very|bit|little|please|pls|instead|too|more|less|顶部|底部|中间|大一点|小一点|放大|缩小|加粗)[\s,.!]*)+$/i;

export function captureUnquoted(segment: string, quotes: string[]): string {
  const m = INTRODUCER.exec(segment);
  if (!m) return segment;
  const start = m.index + m[0].length;
  let rest = segment.slice(start);
  if (/^\s*\uE000q/.test(rest) || !rest.trim()) return segment;
  const stop = NEXT_COMMAND.exec(rest);
  const tail = stop ? rest.slice(stop.index) : "";
  if (stop) rest = rest.slice(0, stop.index);
  let text = rest;
  for (let i = 0; i < 4; i++) {
    const before = text;
    for (const re of TRAILING) text = text.replace(re, "");
    if (text === before) break;
  }
  const trailing = rest.slice(text.length);
  text = text.trim().slice(0, MAX_TEXT_CHARS).trim();
  // "Text: none" answers the field, "caption: bigger" describes the overlay; neither is the words to show.
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text) || text.includes("\uE000") || NONE_VALUE.test(text) || ATTRIBUTES_ONLY.test(text)) return segment;
  const placeholder = ` ${token("q", quotes.length)} `;
  quotes.push(text);
  return segment.slice(0, m.index) + m[0].replace(/[:：]\s*$/, " ") + placeholder + trailing + tail;
}
