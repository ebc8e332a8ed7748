import { Clause } from "./clause.js";
import { RUNON_VERB_ALT, VERB_ALT, ZH_CONNECTORS } from "./lexicon.js";

/**
 * Splits an instruction into clauses, one request each. First on punctuation (segments), then
 * inside a segment where a new command starts: after "and"/"then"/"n"/"+" before a verb, or at a
 * bare verb in a run-on sentence ("trim the pauses add text cut it to 10"), unless the word before
 * binds the verb to what precedes it ("don't crop", "to show", "can you make").
 */

/**
 * A spaced dash or bar separates requests ("text overlay - 'new!' - bottom"), except a dash with
 * a number on both sides, which is a range ("00:05 - 00:15").
 */
const STRONG = /[\n;；。!！?？,，、]+|\.{2,}|…+|\.(?=\s|$)|\s[+|]+\s|(?<!\d)\s[-–—]+\s|\s[-–—]+\s(?!\d)|\s*(?:[→⟶⇒➔➜➡]\uFE0F?|-+>|=+>)\s*/g;

const GLUE =
  "don't|dont|do|not|no|never|to|i|you|u|please|pls|plz|can|could|would|will|just|it|and|n|then|also|" +
  "let|lets|let's|gonna|wanna|want|need|should|must|me|we|only|even|really|kindly|or|but|plus|i'll|you'll|" +
  "we'll|did|does|didn't|doesn't|won't|can't|shouldn't|gotta|pls|to|was|is|are|" +
  // Determiners, prepositions and modifiers: "a cut", "the fade", "half speed", "2 second fade".
  "a|an|the|this|that|my|your|some|any|of|at|in|on|for|with|off|into|jump|quick|fast|rough|final|first|" +
  "last|half|double|normal|regular|real|super|very|too|so|bit|little|slightly|seconds?|secs?|minutes?|mins?|" +
  "quarter|full|whole|same|slow-?mo|draft|test|preview|playback|" +
  // Multipliers: "2 times speed", "3x speed", "50 percent speed".
  "times|x|percent|" +
  // Determiners that make the next word a noun: "around each cut", "every edit".
  "each|every|per|around|" +
  // Verbs whose object is a quantity that reads like a verb: "increase speed", "change speed".
  "increase|decrease|reduce|raise|boost|change|adjust|up";

const FADE_MODIFIERS = "music|audio|song|bgm|sound|video|slow|quick|smooth|soft|gentle|long|short|hard|nice|little|subtle|ending|end|start|beginning|intro|outro";

const WEAK = new RegExp(
  // "fade in and fade out" is one request (a length before it is both fades').
  // Lookbehinds come after a cheap first step, so most positions fail fast.
  String.raw`\s+(?:(?:and\s+then|and\s+also|after\s+that|and|then|also|plus|but|n|&)\s+)(?<!\bfade\s+(?:it\s+|the\s+(?:video|clip)\s+)?in\s+[a-z&]+\s+)(?=(?:please\s+|pls\s+|plz\s+)?(?:${VERB_ALT})\b)` +
    String.raw`|\s+(?:and\s+then|then|after\s+that|afterwards)\s+` +
    // A bare verb, unless the word before binds it or is a number ("2x speed", "10s cut").
    // After a colon the verb is the label's value ("Instruction: trim silences").
    // "a 3 second music fade-out", "a slow fade", "a 2 secnd fade", "a half-second fade": after a
    // modifier or a length (its unit however typed) "fade" is a noun.
    String.raw`|(?=\s)(?<!(?:^|\s)(?:${GLUE}))(?<!\d[a-z%]*)(?<![:：])(?!(?<=(?:^|\s)(?:${FADE_MODIFIERS})|\uE001\s*|(?:^|\b(?:a|an|with|${FADE_MODIFIERS}))\s*(?:[\d.]+\s*-?\s*[a-z]{1,8}|half[\s-]+(?:an?[\s-]+)?[a-z]{1,8}))\s+fade)\s+(?=(?:${RUNON_VERB_ALT})\b(?!'))` +
    String.raw`|(?=(?:${ZH_CONNECTORS}))` +
    // Chinese run-ons: a new additive command starts at 加/配上/剪到/导出/静音 after a content word.
    // Not before 静音 after what it mutes ("把原声静音").
    String.raw`|(?<=[\u4e00-\u9fff])(?<![把要再先也还不别帮给想来就都请并和与在了我后着掉除的])(?=加(?![速快大长粗黑一点])|配上|剪到|剪成|导出|(?<!原声|原音|声音|音频|视频)静音)`,
  "gi",
);

export interface Piece {
  text: string;
  start: number;
}

export function splitBy(text: string, start: number, re: RegExp, scan = text): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m = re.exec(scan);
  while (m) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), start: start + last });
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    m = re.exec(scan);
  }
  if (last < text.length) out.push({ text: text.slice(last), start: start + last });
  return out.filter((p) => p.text.trim().length > 0);
}

/**
 * A parenthesis describes what stands before it ("text: 'Link in bio' (bottom, last 3s)"), so its
 * commas do not end the request: they are blanked in the copy the separators are looked for in.
 */
const PARENS = /[(（][^()（）\n]{0,200}[)）]/g;

export function splitSegments(masked: string): Piece[] {
  const scan = masked.includes("(") || masked.includes("（") ? masked.replace(PARENS, (p) => p.replace(/[;；,，、.。!！?？|]/g, " ")) : masked;
  return splitBy(masked, 0, STRONG, scan);
}

/**
 * "在最后三秒加文字…", "底部加字幕…": a phrase opened by 在/从/于/当, or a bare place or time word,
 * says where or when the verb after it acts.
 */
const ZH_ADVERBIAL = /^\s*(?:然后|接着|再|并且|同时|另外)?\s*(?:在|从|于|当|(?:画面|屏幕|视频)?(?:的)?(?:顶部|底部|中间|上方|下方|上面|下面|正中|开头|结尾|片头|片尾|末尾|最后)\s*$|(?:视频)?(?:的)?(?:前|最后|后)\s*[\d一二两三四五六七八九十.]+\s*(?:秒钟?|分钟)(?:内|里|中)?\s*$)/;

export function splitSegment(seg: Piece): Piece[] {
  const pieces = splitBy(seg.text, seg.start, WEAK);
  for (let i = pieces.length - 2; i >= 0; i--) {
    const p = pieces[i]!;
    if (!ZH_ADVERBIAL.test(p.text)) continue;
    const next = pieces[i + 1]!;
    pieces.splice(i, 2, { text: seg.text.slice(p.start - seg.start, next.start - seg.start + next.text.length), start: p.start });
  }
  return pieces;
}

/** Past this many clauses the rest of the text joins the last one: keeps adversarial input linear. */
const MAX_CLAUSES = 120;

export function toClauses(segments: Piece[]): Clause[] {
  const out: Clause[] = [];
  segments.forEach((seg, i) => {
    for (const p of splitSegment(seg)) out.push(new Clause(p.text, p.start, i));
  });
  if (out.length <= MAX_CLAUSES) return out;
  const keep = out.slice(0, MAX_CLAUSES - 1);
  const rest = out.slice(MAX_CLAUSES - 1);
  const first = rest[0]!;
  const lastPiece = rest[rest.length - 1]!;
  // Rebuild one clause spanning the tail: the raw text between the two offsets is unchanged.
  const tailRaw = rest.map((c) => c.raw).join(" ");
  keep.push(new Clause(tailRaw, first.rawStart, lastPiece.segment));
  return keep;
}
