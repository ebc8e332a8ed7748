/**
 * Which clips of a session a message is about: "the second clip", "clip 2", "the first one", "the
 * last video", "第二个视频", a source by name ("banana.mp4", "the banana clip"), or all of them
 * ("all clips", "every clip", "each one", 所有视频). The reference is cut out of the message, so the
 * rest reads as an instruction for those clips ("make the second clip faster" → "make it faster").
 */

export interface Source {
  id: string;
  name: string;
}

export interface ClipRefs {
  /** The message without the reference. */
  text: string;
  /** Source ids in ctx order; null = every clip (none named, or "all clips"). */
  sourceIds: string[] | null;
  /** Set when the message names a clip the session does not have. */
  missing: string | null;
}

const ORDINALS: Record<string, number> = {
  first: 1, "1st": 1, one: 1, second: 2, "2nd": 2, two: 2, third: 3, "3rd": 3, three: 3, fourth: 4, "4th": 4, four: 4,
  fifth: 5, "5th": 5, five: 5, sixth: 6, "6th": 6, seventh: 7, "7th": 7, eighth: 8, "8th": 8, ninth: 9, "9th": 9,
  tenth: 10, "10th": 10,
};
const ORD = String.raw`(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|eighth|8th|ninth|9th|tenth|10th|last|final)`;
const NOUN = String.raw`(?:clips?|videos?|vids?|files?|sources?|uploads?|ones?|takes?|shots?|footage)`;
const LEAD = String.raw`(?:\b(?:for|to|on|in|of|with|from)\s+)?`;
const TAIL = String.raw`(?:\s*[:：,，]\s*)?`;
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, n: number) => number[] | "all" }> = [
  {
    // "all clips", "every video", "each one", "both clips", "all of them"
    re: new RegExp(String.raw`${LEAD}\b(?:(?:all|every|each|both)\s+(?:of\s+)?(?:the\s+|my\s+|these\s+)?${NOUN}|all\s+of\s+them|each\s+of\s+them|both\s+of\s+them|both(?!\s+(?:the\s+)?(?:texts?|captions?|fades?|ends?|sides?|ways?)))\b${TAIL}|${LEAD}(?:所有|全部|每个|每一个|每段|两个)(?:的)?(?:视频|片段|素材)?${TAIL}`, "gi"),
    read: () => "all",
  },
  {
    // "the first and third clips", "the second clip", "the last one"
    re: new RegExp(String.raw`${LEAD}\b(?:the\s+)?(${ORD}(?:\s*(?:,|and|&)\s*(?:the\s+)?${ORD})*)\s+${NOUN}\b${TAIL}`, "gi"),
    read: (m, n) => m[1]!.toLowerCase().split(/\s*(?:,|and|&)\s*(?:the\s+)?/).map((w) => ordinal(w, n)),
  },
  {
    // "clip 2", "video #3", "clips 1 and 3"
    re: new RegExp(String.raw`${LEAD}\b(?:the\s+)?(?:clip|video|vid|file|source|take)s?\s*#?\s*(\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*)\b(?!\s*(?:s|secs?|seconds?|m|mins?|minutes?|ms|%|x|p|fps)\b|[.:]\d)${TAIL}`, "gi"),
    read: (m) => m[1]!.split(/\s*(?:,|and|&)\s*#?/).map(Number),
  },
  {
    // 第二个视频, 最后一个视频, 第3段
    re: new RegExp(String.raw`(?:给|把|对|在)?\s*(?:第\s*([一二两三四五六七八九十\d]{1,2})|(最后一))\s*(?:个|段|条)?\s*(?:视频|片段|素材|clip)(?:里|中)?${TAIL}`, "g"),
    read: (m, n) => [m[2] ? n : m[1]! in ZH_NUM ? ZH_NUM[m[1]!]! : Number(m[1])],
  },
];

function ordinal(word: string, count: number): number {
  const w = word.trim();
  return w === "last" || w === "final" ? count : (ORDINALS[w] ?? 0);
}

const GENERIC_STEM_WORDS = new Set(["img", "vid", "video", "clip", "final", "copy", "mov", "mp4", "the", "and", "my", "new", "edit", "export"]);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Name references: the file name as typed, or a word of its stem before a clip noun. */
function byName(text: string, sources: readonly Source[]): { ids: Set<string>; spans: Array<[number, number]> } {
  const ids = new Set<string>();
  const spans: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const s of sources) {
    const name = s.name.toLowerCase().split(/[\\/]/).pop() ?? "";
    if (!name) continue;
    const full = new RegExp(String.raw`${LEAD}(?:the\s+)?${escape(name)}${TAIL}`, "g");
    for (let m = full.exec(lower); m; m = full.exec(lower)) {
      ids.add(s.id);
      spans.push([m.index, m.index + m[0].length]);
    }
    const stem = name.replace(/\.[a-z0-9]{1,5}$/, "");
    // The name without its extension ("img_0042", "img 0042").
    if (stem.length >= 3) {
      const bare = new RegExp(String.raw`${LEAD}\b(?:the\s+)?${stem.split(/[\s_\-.+]+/).map(escape).join("[\\s_\\-.+]*")}\b(?:\s+${NOUN}\b)?${TAIL}`, "g");
      for (let m = bare.exec(lower); m; m = bare.exec(lower)) {
        ids.add(s.id);
        spans.push([m.index, m.index + m[0].length]);
      }
    }
    const words = stem.split(/[\s_\-.+]+/).filter((w) => w.length >= 3 && !GENERIC_STEM_WORDS.has(w) && !/^\d+$/.test(w));
    if (words.length === 0) continue;
    // "the banana clip", "the banana bread one", "the outro video"
    const phrase = new RegExp(String.raw`${LEAD}\b(?:the\s+)?(?:${words.map(escape).join("|")})(?:[\s_-]+(?:${words.map(escape).join("|")}))*\s+${NOUN}\b${TAIL}`, "g");
    for (let m = phrase.exec(lower); m; m = phrase.exec(lower)) {
      ids.add(s.id);
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return { ids, spans };
}

/** Cuts [start, end) out, leaving "it" where the reference was the object ("make the second clip faster"). */
function cut(text: string, spans: Array<[number, number]>): string {
  let out = text;
  for (const [a, b] of [...spans].sort((x, y) => y[0] - x[0])) {
    const piece = out.slice(a, b);
    // "clip 2: add music" keeps its break, so "apply to both clips: add …" stays two requests.
    const pause = /[:：,，]\s*$/.test(piece);
    const object = !/^\s*(?:for|to|on|in|of|with|from|给|把|对|在)\b/i.test(piece) && !pause && /[a-z]\s*$/i.test(out.slice(0, a));
    out = `${out.slice(0, a)}${object ? " it " : pause ? ", " : " "}${out.slice(b)}`;
  }
  return out;
}

export function clipRefs(text: string, sources: readonly Source[] | undefined): ClipRefs {
  const list = sources ?? [];
  const spans: Array<[number, number]> = [];
  const picked: number[] = [];
  let all = false;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      // A phrase is one reference: "the second clip 5 seconds" is not also "clip 5".
      if (spans.some(([a, b]) => at < b && end > a)) continue;
      const r = read(m, list.length);
      if (r === "all") all = true;
      else picked.push(...r);
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  const named = byName(text, list);
  spans.push(...named.spans);
  // Without a clip list there is one clip: an order word names it, whichever it is.
  if (sources === undefined) return { text: cut(text, merge(spans)), sourceIds: null, missing: null };
  const stripped = cut(text, merge(spans));
  if (all || (picked.length === 0 && named.ids.size === 0)) return { text: stripped, sourceIds: null, missing: null };
  const bad = picked.filter((n) => !(n >= 1 && n <= list.length));
  if (bad.length > 0) {
    const have = list.length === 0 ? "no clip list" : `${list.length} clip${list.length === 1 ? "" : "s"}`;
    return { text: stripped, sourceIds: null, missing: `There is no clip ${bad[0]} (the session has ${have}); nothing was changed.` };
  }
  const ids = new Set([...picked.map((n) => list[n - 1]!.id), ...named.ids]);
  return { text: stripped, sourceIds: list.filter((s) => ids.has(s.id)).map((s) => s.id), missing: null };
}

/** Overlapping spans merged, so a phrase is cut once. */
function merge(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
