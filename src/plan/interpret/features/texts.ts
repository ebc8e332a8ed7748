import type { Clause } from "../clause.js";
import { note, type Draft, type TextAttrs, type TextDraft } from "../draft.js";
import { claimNegation, negationBefore, VALUE_NONE } from "../negation.js";
import { wholly } from "../residue.js";
import { T } from "../tokens.js";
import { isMusicQuote } from "./music-quote.js";

/**
 * Text overlays: quoted text in any quote style, or a trigger word ("text", "caption", "title",
 * 文字, 标题…) with no text given (then a title from the file name, else a generic line). Each
 * overlay reads its position, style, animation and timing from its own part of the sentence:
 * in "add 'Hi' at the start and 'Bye' at the end" each quote owns the words up to the next "and".
 */

const QUOTE = /\uE000q(\d+)\uE001/g;
const TRIGGER = /\b(?:title\s+cards?|text(?:s)?(?:\s+overlays?)?|overlays?|captions?(?:\s+style)?|titles?|headlines?|heading|labels?|stickers?|subtitles?(?:\s+style)?|words?|lettering|title\s+card|name\s+of\s+the\s+[a-z]+)\b|文字|字幕(?:样式|风格)?|标题|文案|大字|加字(?!幕)/g;
/** Triggers that only mean an overlay when text is quoted with them (a sticker is a picture). */
const NEEDS_QUOTE = /^(?:words?|name\s+of|subtitles?|stickers?|字幕)/;
const SUBTITLES = /^(?:subtitles?|字幕)/;
const CAPTION = /^(?:captions?|subtitles?|字幕)/;
/** "auto captions", "automatic subtitles", "自动字幕": generated from speech, which the engine does not do. */
const AUTO = /(?:\b(?:auto(?:matic(?:ally)?)?|auto-?generated|generated)[\s-]*|自动(?:生成)?(?:的)?)$/;
/** "加上“关注我”三个字": how many characters the quoted text has. */
const CHAR_COUNT = /\s*(?:这|那)?\s*(?:[一二两三四五六七八九十]+|\uE000n\d+\uE001)?\s*个?(?:字|词)(?![幕])/y;

const COUNT_START = /[这那一二两三四五六七八九十个字词\uE000]/;

function claimLength(cl: Clause, at: number): void {
  let i = at;
  while (cl.c[i] === " ") i++;
  // Most quotes are not followed by a count: skip the regex for them.
  if (!COUNT_START.test(cl.c[i] ?? "")) return;
  const m = cl.at(CHAR_COUNT, at);
  if (m) cl.claim(at, at + m[0].length);
}

/** After a move verb, up/down say where: "move the caption up", "move it down", "shift it higher". */
const moved = (words: string) => new RegExp(String.raw`\b(?:${words})\b(?<=\b(?:move|moved|shift|push|drag|nudge|put)\b[^.,;\uE000]{0,40}?(?:${words}))`);
const POS: Array<[TextDraft["position"], RegExp]> = [
  // "move it down to the bottom": the direction and the place are one placement.
  ["top", moved(String.raw`(?:up(?:wards?)?(?!\s+top)|higher)(?:\s+(?:to|towards?)\s+(?:the\s+)?(?:very\s+)?top(?:\s+of\s+(?:the\s+)?(?:screen|frame|video))?)?`)],
  ["bottom", moved(String.raw`(?:down(?:wards?)?|lower)(?:\s+(?:to|towards?)\s+(?:the\s+)?(?:very\s+)?bottom(?:\s+of\s+(?:the\s+)?(?:screen|frame|video))?)?`)],
  ["top", /(?:\b(?:at|on|in|to|near|along|across)\s+)?(?:the\s+)?(?:very\s+)?\b(?:top|upper(?:\s+part)?|up\s+top|header)\b(?:\s+(?:left|right|corner|center|middle|part|edge|side|third|half))?(?:\s+(?:corner|edge|side))?(?:\s+of\s+(?:the\s+)?(?:screen|frame|video|clip))?|(?:放在|放到|在)?\s*(?:顶部|上方|上面|顶端|最上面|上边)/],
  ["bottom", /(?:\b(?:at|on|in|to|near|along|across)\s+)?(?:the\s+)?(?:very\s+)?\b(?:bottom|lower|footer|base)\b(?:\s+(?:left|right|corner|center|middle|part|edge|side|third|half))?(?:\s+(?:corner|edge|side))?(?:\s+of\s+(?:the\s+)?(?:screen|frame|video|clip))?|(?:放在|放到|在)?\s*(?:底部|下方|下面|底下|最下面|下边|底端)/],
  ["center", /(?:\b(?:at|on|in|to|near)\s+)?(?:the\s+)?(?:very\s+)?\b(?:center|middle|centered)\b(?:\s+of\s+(?:the\s+)?(?:screen|frame|video|clip))?|(?:放在|放到|在)?\s*(?:中间|居中|中央|正中)/],
];
const STYLE: Array<[TextDraft["style"], RegExp]> = [
  ["fun", /(?:\b(?:in|with)\s+(?:a\s+)?)?\b(?:fun|funny|playful|cute|silly|bubbly|cartoon(?:y|ish)?|quirky|goofy|whimsical)\b(?:\s+(?:font|style|look|letters))?|好玩的?|可爱的?|有趣的?|搞笑的?|俏皮的?/],
  ["bold", /(?:\b(?:in|with)\s+(?:a\s+)?)?\b(?:bold|big|huge|large|giant|strong|impact|thick|chunky|massive)\b(?:\s+(?:and\s+)?(?:bold|big|white|black|yellow|red))?(?:\s+(?:letters|font|text|style|type|caps))?|粗体|加粗|大字|醒目|大号/],
  ["clean", /(?:\b(?:in|with)\s+(?:a\s+)?)?\b(?:clean|simple|minimal(?:ist)?|elegant|subtle|sleek|modern|plain|classy)\b(?:\s+(?:font|style|look|text|letters))?|简洁|简单|简约/],
];
const ANIM: Array<[TextDraft["animation"], RegExp]> = [
  ["none", /\b(?:no\s+animation|static|not\s+animated)\b/],
  ["pop", /(?:\bwith\s+(?:a\s+)?)?\b(?:pop(?:s|ping)?(?:\s+(?:in|up|out))?|bounc(?:e|es|y|ing)(?:\s+in)?|punchy|zoom(?:s|ing)?\s+in)\b(?:\s+animation)?|弹出|弹跳|跳出/],
  // "fade the title out at the end": the overlay named between, and when it fades, belong to the fade.
  ["fade", /(?:\bwith\s+(?:a\s+)?)?\bfad(?:e|es|ed|ing)(?:\s+(?:it|them|(?:the\s+)?\u0001+)(?=\s+(?:in|out)\b))?(?:\s+(?:in|out))?\b(?:\s+(?:at|by|towards?)\s+the\s+(?:very\s+)?(?:end|start|beginning|ending)\b)?(?:\s+animation)?|淡入|渐显|渐入/],
];
/**
 * Size words. "big"/"large"/"huge" stay style words (bold, as the corpora read them); a size is set
 * by comparatives ("bigger", "smaller", 放大, 小一点), by "small/tiny text" and by "large font size".
 */
const SIZE: Array<[TextDraft["size"], 1 | -1 | null, RegExp]> = [
  ["large", 1, /\b(?:bigger|larger)\b(?:\s+(?:text|font|letters|type|size))?|(?:字体?|文字|字幕|标题)?(?:放大|加大|大一点|大一些|大点)/],
  ["small", -1, /\bsmaller\b(?:\s+(?:text|font|letters|type|size))?|(?:字体?|文字|字幕|标题)?(?:缩小|小一点|小一些|小点)/],
  ["small", null, /(?:\bin\s+(?:a\s+)?)?\b(?:small|tiny)\b(?!\s+(?:file|video|clip))(?:\s+(?:font|letters|type|print|size)\b)?|小字|小号(?:字)?/],
  // "large" is the size's own name: "in large font", "large text" (a "big" text stays a bold one).
  // "size: large", "font size = small" (an app's key).
  ["large", null, /\b(?:font\s+|text\s+)?size\s*[:=]\s*(?:large|big|l)\b/],
  ["small", null, /\b(?:font\s+|text\s+)?size\s*[:=]\s*(?:small|tiny|s)\b/],
  ["medium", null, /\b(?:font\s+|text\s+)?size\s*[:=]\s*(?:medium|normal|regular|default|m)\b/],
  ["large", null, /\b(?:large|big)\s+(?:font\s+|text\s+)?size\b|\bfont\s+size\s+(?:large|big)\b|(?:\bin\s+(?:a\s+)?)?\blarge\s+(?:font|text|letters|type|print)\b|大号字/],
  ["medium", null, /\b(?:normal|medium|regular|default)\s+(?:text\s+|font\s+)?size\b|正常大小|中号/],
];
const ANIMATION_WORD = /\banimat(?:ion|ed)\b/;
const SHOW = /\b(?:to\s+)?(?:show(?:s|ing)?(?:\s+up)?|appear(?:s|ing)?|display(?:ed|s)?|come\s+up|on\s+screen|on\s+it)\b/;

const DN = T.dn;
const D = T.d;
const TIMING = {
  range: new RegExp(String.raw`(?:\b(?:from|between)\s+|从\s*)?(?:第\s*)?${DN}\s*(?:to|until|till|through|thru|and|-|~|到|至)\s*(?:第\s*)?${DN}`),
  first: new RegExp(String.raw`(?:\b(?:for|during|in|over|within)\s+)?(?:the\s+)?(?:very\s+)?first\s+${DN}|(?:在\s*)?前\s*${D}(?:\s*(?:里|内|中|的时候))?`),
  last: new RegExp(String.raw`(?:\b(?:for|during|in|over|within)\s+)?(?:the\s+)?(?:very\s+)?(?:last|final)\s+${DN}|(?:在\s*)?(?:最后|后)\s*${D}(?:\s*(?:里|内|中|的时候))?`),
  end: /(?:\b(?:at|in|near|towards?|by|on)\s+)?(?:the\s+)?(?:very\s+)?\bend(?:ing)?\b(?:\s+of\s+(?:the\s+)?(?:video|clip))?|\boutro\b|(?:在\s*)?(?:结尾|最后|末尾|片尾)(?:处|的时候)?/,
  start: /(?:\b(?:at|in|on)\s+)?(?:the\s+)?(?:very\s+)?\b(?:start|beginning|begining|opening)\b(?:\s+of\s+(?:the\s+)?(?:video|clip))?|\bat\s+first\b|\bintro\b|(?:在\s*)?(?:开头|开始|片头)(?:处|的时候)?/,
  after: new RegExp(String.raw`\b(?:after|from|starting(?:\s+(?:at|from))?|beginning\s+at)\s+${DN}(?:\s+(?:on|onwards?|in))?|${D}\s*(?:之后|以后|后)`),
  at: new RegExp(String.raw`\b(?:at|around)\s+(?:the\s+)?${D}(?:\s+mark)?|在\s*第?\s*${D}|${D}\s+in(?:to\s+(?:the\s+)?(?:video|clip))?\b(?!\s+[a-z\d\uE000])`),
  /** "until 4s", "till 0:05": from the start to there. */
  until: new RegExp(String.raw`\b(?:until|till|til|up\s+until)\s+(?:the\s+)?${DN}(?:\s+mark)?|(?:一直)?到\s*第?\s*${D}\s*(?:为止|结束)`),
  for: new RegExp(String.raw`\b(?:for|lasting|lasts|during|over)\s+(?:about\s+|around\s+|like\s+)?${DN}|\b(?:duration|length|time)\s*[:=]\s*${DN}|持续\s*${D}|${D}\s*long\b`),
  whole: /\b(?:the\s+)?(?:whole|entire)\s+(?:time|video|clip|thing)\b|\bthroughout\b|\ball\s+the\s+way\s+through\b|全程|一直/,
};
const DEFAULT_SPAN_MS = 3000;
const TEXT_VERB = /\b(?:add|put|show|write|overlay|stick|slap|throw|place|include|type|display|insert|drop|pop|make|change|rename|update|edit|swap|replace|switch|fix|correct|set)\b/;
/** "the caption should read 'X'", "the price should say 'X'": what stands before is the overlay named. */
const SAY_VERB = /\b(?:say|says|read|reads|saying|reading|said)\b/;
/** A quote right after one of these verbs names a thing in the picture, not text to show ("zoom in on 'the cake'"). */
const ACTS_ON = /\b(?:zoom(?:\s+in)?(?:\s+on)?|blur|censor|hide|track|follow|focus\s+on|highlight|replace|translate|remove|delete|cut\s+out|mute)\s*(?:the\s+)?$/;
const CONNECTOR = /\s(?:and|then|plus|&|n)\s|[,和]/g;

const QUOTE_FIRST = /^[\s\u0001]*\uE000q/;
/**
 * An attribute named after a trigger, as an app's key: "title_position: top", "caption style = bold",
 * "text duration: 4s". The timing words stay for readAttrs (group 1 is the rest, claimed here).
 */
const ATTR_KEY = /\s*(?:(position|pos|placement|location|place|style|font|animation|anim|effect|size|colou?r)|duration|length|time|timing)\s*(?=[:=])/y;
const GATE = /\uE000q|text|overlay|caption|title|headline|heading|label|sticker|subtitle|words|lettering|name of the|文字|字幕|标题|文案|大字|加字/;

type Attrs = TextAttrs;

function ms(m: RegExpExecArray, i: number): number | null {
  if (m[i] !== undefined) return Number(m[i]);
  if (m[i + 1] !== undefined) return Math.round(Number(m[i + 1]) * 1000);
  return null;
}

/** Reads (and claims) overlay attributes inside [from, to) of a clause. */
export function readAttrs(cl: Clause, from: number, to: number): Attrs {
  const a: Attrs = {};
  for (const [v, re] of ANIM) if (!a.animation && cl.takeIn(re, from, to)) a.animation = v;
  cl.takeIn(ANIMATION_WORD, from, to);
  for (const [v, re] of POS) if (!a.position && cl.takeIn(re, from, to)) a.position = v;
  for (const [v, step, re] of SIZE) {
    if (a.size || !cl.takeIn(re, from, to)) continue;
    a.size = v;
    if (step) a.sizeStep = step;
  }
  // "clean minimal text": every style word is claimed, the first one decides.
  for (const [v, re] of STYLE) while (cl.takeIn(re, from, to)) a.style ??= v;
  cl.takeIn(SHOW, from, to);

  let len: number | null = null;
  const f = cl.takeIn(TIMING.for, from, to);
  if (f) len = f[1] !== undefined || f[2] !== undefined ? ms(f, 1) : f[3] !== undefined || f[4] !== undefined ? ms(f, 3) : Number(f[5] ?? f[6]);
  let m: RegExpExecArray | null;
  if ((m = cl.takeIn(TIMING.range, from, to))) {
    const s = ms(m, 1);
    const e = ms(m, 3);
    if (s !== null && e !== null) a.span = { anchor: "start", startMs: s, endMs: e };
  } else if ((m = cl.takeIn(TIMING.first, from, to))) {
    a.span = { anchor: "start", startMs: 0, endMs: m[3] !== undefined ? Number(m[3]) : ms(m, 1) };
  } else if ((m = cl.takeIn(TIMING.last, from, to))) {
    a.span = { anchor: "end", startMs: 0, endMs: m[3] !== undefined ? Number(m[3]) : ms(m, 1) };
  } else if (cl.takeIn(TIMING.end, from, to)) {
    a.span = { anchor: "end", startMs: 0, endMs: len ?? DEFAULT_SPAN_MS };
  } else if (cl.takeIn(TIMING.start, from, to)) {
    a.span = { anchor: "start", startMs: 0, endMs: len ?? DEFAULT_SPAN_MS };
  } else if ((m = cl.takeIn(TIMING.after, from, to))) {
    const s = m[3] !== undefined ? Number(m[3]) : ms(m, 1);
    if (s !== null) a.span = { anchor: "start", startMs: s, endMs: len === null ? null : s + len };
  } else if ((m = cl.takeIn(TIMING.at, from, to))) {
    const s = Number(m[1] ?? m[2] ?? m[3]);
    a.span = { anchor: "start", startMs: s, endMs: s + (len ?? DEFAULT_SPAN_MS) };
  } else if ((m = cl.takeIn(TIMING.until, from, to))) {
    const e = m[3] !== undefined ? Number(m[3]) : ms(m, 1);
    if (e !== null) a.span = { anchor: "start", startMs: 0, endMs: e };
  } else if (cl.takeIn(TIMING.whole, from, to)) {
    a.span = { anchor: "start", startMs: 0, endMs: null };
  } else if (len !== null) {
    a.span = { anchor: "start", startMs: 0, endMs: len };
  }
  if (a.span && a.span.endMs !== null && !(a.span.endMs > a.span.startMs)) a.span.endMs = null;
  return a;
}

/** "banana_bread.mp4" → "Banana Bread"; camera names ("IMG_4032.MOV") and long names say nothing, so null. */
export function titleFromName(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[_\-.+]+/g, " ").replace(/\s+/g, " ").trim();
  // A title is a few words; a long file name reads as a file name on screen.
  if (!stem || stem.length > 40 || stem.split(" ").length > 4) return null;
  const camera = /^(?:img|vid|dsc[nf]?|mvi|pxl|gopr|gx|dji|mov|video|clip|screen ?recording|rpreplay|trim|capture|untitled|export|final|output|recording|movie|whatsapp video|signal)?[\s\d]*(?:copy|final|v\d+)?[\s\d]*$/i;
  if (camera.test(stem) || /^[0-9a-f\s]{16,}$/i.test(stem)) return null;
  const digits = stem.replace(/\D/g, "").length;
  if (digits > stem.length / 2) return null;
  return stem.replace(/(^|\s)([a-z])/g, (_, sp: string, ch: string) => sp + ch.toUpperCase());
}

export const GENERIC_TEXT = "Watch this!";

interface TextSource {
  clause: number;
  quote: number | null;
  from: number;
  to: number;
  caption: boolean;
}

export function texts(d: Draft): void {
  const sources: TextSource[] = [];
  /** Session triggers naming overlays: the words before them are claimed once the attributes are read. */
  const naming: Array<{ cl: Clause; at: number }> = [];
  let pendingTrigger: { clause: number; caption: boolean } | null = null;
  d.clauses.forEach((cl, ci) => {
    if (!cl.has(GATE)) {
      if (pendingTrigger) flushDefault();
      return;
    }
    const quotes: Array<{ q: number; index: number; end: number }> = [];
    QUOTE.lastIndex = 0;
    for (let m = QUOTE.exec(cl.c); m; m = QUOTE.exec(cl.c)) {
      const q = Number(m[1]);
      if (isMusicQuote(cl.c, m.index, d.quotes[q] ?? "") || ACTS_ON.test(cl.c.slice(Math.max(0, m.index - 30), m.index))) continue;
      quotes.push({ q, index: m.index, end: m.index + m[0].length });
    }
    let caption = false;
    let trigger = false;
    let refused = false;
    /** "title_position: top", "caption style: bold": an attribute of the overlay just named. */
    let attrKey = false;
    const found: Array<{ index: number; caption: boolean }> = [];
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(cl.c); m; m = TRIGGER.exec(cl.c)) {
      const word = m[0];
      const none = quotes.length === 0 ? cl.at(VALUE_NONE, m.index + word.length) : null;
      if ((negationBefore(cl.c, m.index, cl.orig) !== null || none) && quotes.length === 0) {
        refused = true;
        claimNegation(cl, m.index);
        if (d.ctx.followUp?.texts) naming.push({ cl, at: m.index });
        cl.claim(m.index, m.index + word.length + (none?.[0].length ?? 0));
        continue;
      }
      const auto = CAPTION.test(word) && quotes.length === 0 ? AUTO.exec(cl.c.slice(Math.max(0, m.index - 20), m.index)) : null;
      // In a session with overlays, "the subtitles" / 字幕 name them.
      // "the words" too ("make the words bigger"), but not a bare "words".
      const names =
        Boolean(d.ctx.followUp?.texts) &&
        !/^(?:stickers?|name\s+of)/.test(word) &&
        (!/^words?/.test(word) || /\b(?:the|those|these|my|all)\s+$/.test(cl.c.slice(Math.max(0, m.index - 8), m.index)));
      if ((NEEDS_QUOTE.test(word) && quotes.length === 0 && !names) || auto) {
        if (SUBTITLES.test(word) || auto) {
          note(d, "Automatic subtitles need speech recognition, which this engine does not do; put the words in quotes to show them as text.");
        }
        continue;
      }
      const key = quotes.length === 0 && sources.length > 0 && !pendingTrigger ? cl.at(ATTR_KEY, m.index + word.length) : null;
      if (key) {
        attrKey = true;
        cl.claim(m.index, m.index + word.length + (key[1] !== undefined ? key[0].length : 0));
        continue;
      }
      trigger = true;
      if (names && quotes.length === 0) naming.push({ cl, at: m.index });
      if (CAPTION.test(word)) caption = true;
      found.push({ index: m.index, caption: CAPTION.test(word) });
      cl.claim(m.index, m.index + word.length);
    }
    if (attrKey && !trigger) {
      cl.tags.add("text");
      sources.push({ clause: ci, quote: -1, from: 0, to: cl.c.length, caption: false });
      return;
    }
    if (refused && !trigger && quotes.length === 0) {
      cl.tags.add("text");
      d.refused.texts = true;
      return;
    }
    if (quotes.length === 0) {
      if (trigger) {
        if (pendingTrigger) flushDefault();
        pendingTrigger = { clause: ci, caption };
        cl.tags.add("text");
      }
      return;
    }
    cl.tags.add("text");
    // A trigger in the clause before ("make the text bold and put it at the top: 'X'") is the same overlay.
    let lead: { clause: number; caption: boolean } | null = null;
    // So is a trigger in the clause just before a clause that opens with the quote ("text overlay
    // - 'new recipe!!' - bottom", "add a title: 'Hello'"): the quote is its value.
    const valueOf = pendingTrigger?.clause === ci - 1 && QUOTE_FIRST.test(cl.c);
    if (pendingTrigger && (d.clauses[pendingTrigger.clause]!.segment === cl.segment || valueOf)) lead = pendingTrigger;
    else if (pendingTrigger) flushDefault();
    pendingTrigger = null;
    const bounds = splitAtConnectors(cl.c, quotes);
    quotes.forEach((q, i) => {
      // Each quote's own trigger decides ("title 'A' and subtitle 'B'"); else the clause's.
      const own = found.filter((t) => t.index >= bounds[i]! && t.index < bounds[i + 1]!);
      const isCaption = own.length > 0 ? own.some((t) => t.caption) : caption;
      sources.push({ clause: ci, quote: q.q, from: bounds[i]!, to: bounds[i + 1]!, caption: isCaption || (lead?.caption ?? false) });
      claimLength(cl, q.end);
    });
    if (lead) sources.push({ clause: lead.clause, quote: -1, from: 0, to: d.clauses[lead.clause]!.c.length, caption: lead.caption });
  });
  if (pendingTrigger) flushDefault();

  function flushDefault() {
    const p = pendingTrigger!;
    sources.push({ clause: p.clause, quote: null, from: 0, to: d.clauses[p.clause]!.c.length, caption: p.caption });
    pendingTrigger = null;
  }

  // Lead clauses (quote -1) lend their attributes to the overlay just before them in `sources`.
  const built: Array<{ text: TextDraft; clause: number; quoted: boolean }> = [];
  for (const s of sources) {
    const cl = d.clauses[s.clause]!;
    const attrs = readAttrs(cl, s.from, s.to);
    if (s.quote === -1) {
      const prev = built[built.length - 1];
      if (prev) applyAttrs(prev.text, attrs, s.caption);
      continue;
    }
    let text: string;
    if (s.quote === null) {
      const title = titleFromName(d.ctx.sourceName);
      text = title ?? GENERIC_TEXT;
      // In a session with overlays, "the text" names them: no new title, no note.
      if (!d.ctx.followUp?.texts) {
        note(d, title ? `No overlay text was given; used "${title}" from the file name.` : `No overlay text was given; used "${GENERIC_TEXT}".`);
      }
    } else {
      text = d.quotes[s.quote]!;
      claimDescriptor(cl, s.from, s.quote);
      // The quote is this overlay's words: claimed, so the verbs that carry it ("replace 'A'
      // with 'B'", "swap 'Day 1' for 'Day 2'") are read as part of the request.
      const token = `\uE000q${s.quote}\uE001`;
      const at = cl.c.indexOf(token);
      if (at >= 0) cl.claim(at, at + token.length);
    }
    const t: TextDraft = { text, startMs: 0, endMs: null, anchor: "start", position: "center", style: "bold", animation: "none", size: "medium" };
    applyAttrs(t, attrs, s.caption);
    built.push({ text: t, clause: s.clause, quoted: s.quote !== null });
  }
  built.forEach((b, i) => {
    const siblings = built.filter((x) => x.clause === b.clause).map((x) => x.text);
    describedAfter(d, b.text, b.clause, built[i + 1]?.clause ?? d.clauses.length, siblings);
  });
  for (const b of built) {
    if (d.texts.length >= 20) {
      note(d, "Only the first 20 text overlays are kept.");
      break;
    }
    d.texts.push(b.text);
    d.textQuoted.push(b.quoted);
    d.edited = true;
  }
  d.textClauses = built.map((b) => b.clause);
  for (const n of naming) claimNaming(n.cl, n.at);
  if (d.ctx.followUp?.texts) overlayRefs(d, new Set(built.map((b) => b.clause)));
}

/**
 * Session only: a clause made of overlay words alone ("bigger", "at the top instead", "make it
 * bold") describes the overlays the plan already has. Fades stay the video's, as in describedAfter.
 */
function overlayRefs(d: Draft, textClauses: ReadonlySet<number>): void {
  d.clauses.forEach((cl, i) => {
    if (textClauses.has(i) || !cl.untouched || (/fad|淡|渐/.test(cl.c) && !/^\s*fades\b/.test(cl.c))) return;
    let attrs: Attrs = {};
    const found = wholly(cl, d.quotes, () => {
      attrs = readAttrs(cl, 0, cl.c.length);
      // "make the price bigger": in a session, a thing named by what it shows is an overlay.
      cl.take(NAMED_OVERLAY);
      return Boolean(attrs.position || attrs.style || attrs.animation || attrs.span || attrs.size);
    });
    if (!found) return;
    d.textRefs.push({ attrs, clause: i });
    cl.tags.add("text");
    d.edited = true;
  });
}

const NAMED_OVERLAY = /\b(?:the|my|that|this)\s+(?!(?:music|song|bgm|video|clip|audio|sound|voice|volume|pauses?|silences?|speed|length|fades?|end|ending|start|beginning|whole|entire|thing|frame|screen)\b)[a-z]+\b/;
/** Session only: a word or two right before a trigger that names an overlay ("remove the price text"). */
const NAMING_WORDS = /(?:^|[\s\u0001])((?:(?!(?:no|not|don't|add|put|make|remove|delete|the|a|an|my|and|then|also|new|another|second|first|last)\b)[a-z]+\s+){1,2})$/;
function claimNaming(cl: Clause, trigger: number): void {
  const before = cl.c.slice(Math.max(0, trigger - 30), trigger);
  const m = NAMING_WORDS.exec(before);
  if (m) cl.claim(trigger - m[1]!.length, trigger);
}

const explicit = new WeakMap<TextDraft, Set<string>>();

function applyAttrs(t: TextDraft, a: Attrs, caption: boolean): void {
  const set = explicit.get(t) ?? new Set<string>();
  explicit.set(t, set);
  if (a.position) {
    t.position = a.position;
    set.add("position");
  }
  if (a.style) {
    t.style = a.style;
    set.add("style");
  } else if (caption && !set.has("style")) {
    t.style = "caption";
  }
  if (a.animation) {
    t.animation = a.animation;
    set.add("animation");
  } else if (t.style === "fun" && !set.has("animation")) {
    t.animation = "pop";
  }
  if (caption && !set.has("position")) t.position = "bottom";
  if (a.span) {
    Object.assign(t, a.span);
    set.add("span");
  }
  if (a.size) {
    t.size = a.size;
    set.add(a.sizeStep ? `size${a.sizeStep > 0 ? "+" : "-"}` : "size");
  }
}

/** Which attributes of an overlay the instruction gave ("position", "style", "size+", …). */
export function explicitAttrs(t: TextDraft): ReadonlySet<string> {
  return explicit.get(t) ?? new Set();
}

/**
 * "overlay 'X' bottom of screen, last three seconds": clauses right after an overlay made only of
 * placement, timing, style or animation words describe it. Read before the cut rules, which
 * would take "last three seconds" as a range to keep. A clause with anything else in it, or with
 * "only"/"just" (which ask for a cut), or a fade (the video's, unless "fades"), is left alone.
 */
function describedAfter(d: Draft, t: TextDraft, clause: number, stop: number, siblings: TextDraft[] = [t]): void {
  for (let i = clause + 1; i < stop; i++) {
    const cl = d.clauses[i]!;
    if (!cl.untouched || /\b(?:only|just)\b|只/.test(cl.c)) return;
    // "add text 'Hi' and fade it out": the pronoun names the nearer object, the overlay (README).
    if (i === clause + 1 && fadesIt(d, cl, clause)) {
      applyAttrs(t, { animation: "fade" }, false);
      cl.tags.add("text");
      continue;
    }
    // "fade in and out" after an overlay is the video's fade; the fade rules decide ("fades in" is the overlay's).
    if (/fad|淡|渐/.test(cl.c) && !/^\s*fades\b/.test(cl.c)) return;
    let attrs: Attrs = {};
    const found = wholly(cl, d.quotes, () => {
      attrs = readAttrs(cl, 0, cl.c.length);
      return Boolean(attrs.position || attrs.style || attrs.animation || attrs.span || attrs.size);
    });
    if (!found) return;
    // "add 'A' top and 'B' bottom, both for 3 seconds": every overlay of that clause.
    for (const each of ALL_OF.test(cl.orig) ? siblings : [t]) applyAttrs(each, attrs, false);
    cl.tags.add("text");
  }
}

const ALL_OF = /\b(?:both|each|all(?:\s+of\s+them)?|them\s+all)\b|都|各/;

/** "fade it out", "and fade it in and out", "let it fade away": a fade of "it" and nothing else. */
const FADE_IT = /^[\s\u0001]*(?:(?:and|then|also|n|&)\s+)*(?:(?:let|have|make)\s+(?:it|them)\s+fade|fade\s+(?:it|them))\s*(?:in(?:\s*(?:and|&|n|\/)\s*(?:fade\s+)?(?:(?:it|them)\s+)?out)?|out|away)?[\s\u0001.!]*$/;
const MUSIC_WORD = /\b(?:music|songs?|bgm|track|beats?|tunes?|soundtrack)\b|音乐|配乐/g;

/** Is the clause a fade of "it" whose nearest antecedent is the overlay of clause `of` (not music named after it)? */
function fadesIt(d: Draft, cl: Clause, of: number): boolean {
  if (!FADE_IT.test(cl.c)) return false;
  const prev = d.clauses[of]!.orig;
  const lastQuote = prev.lastIndexOf("\uE001");
  let lastMusic = -1;
  MUSIC_WORD.lastIndex = 0;
  for (let m = MUSIC_WORD.exec(prev); m; m = MUSIC_WORD.exec(prev)) lastMusic = m.index;
  if (lastMusic > lastQuote) return false;
  cl.claim(0, cl.c.length);
  return true;
}

/** Later clauses that only describe an overlay ("持续3秒", "make it pop") refine the last one. */
export function textFollowUps(d: Draft): void {
  const last = d.texts[d.texts.length - 1];
  const after = d.textClauses?.[d.textClauses.length - 1];
  if (!last || after === undefined) return;
  for (let i = after + 1; i < d.clauses.length; i++) {
    const cl = d.clauses[i]!;
    if (!cl.untouched) continue;
    const attrs = readAttrs(cl, 0, cl.c.length);
    if (attrs.position || attrs.style || attrs.animation || attrs.span || attrs.size) applyAttrs(last, attrs, false);
  }
}

/** Boundaries [start, …, end] giving each quote its own stretch of the clause. */
function splitAtConnectors(c: string, quotes: Array<{ index: number; end: number }>): number[] {
  const bounds = [0];
  for (let i = 1; i < quotes.length; i++) {
    const between = c.slice(quotes[i - 1]!.end, quotes[i]!.index);
    CONNECTOR.lastIndex = 0;
    let cut = -1;
    for (let m = CONNECTOR.exec(between); m; m = CONNECTOR.exec(between)) cut = m.index;
    bounds.push(cut >= 0 ? quotes[i - 1]!.end + cut : quotes[i]!.index);
  }
  bounds.push(c.length);
  return bounds;
}

/**
 * The words that introduce an overlay's text belong to it: from the verb to the quote ("put the
 * name of the dish 'X'", "add the ingredients as text 'X'", "show the price 'X'"), a saying verb
 * and its subject ("the price should say 'X'", "the caption should read 'X'"), or without a verb a
 * word or two before the trigger ("recipe title 'X'"). Words other rules claimed on the way (the
 * trigger, a place) do not stop it; another quote does.
 */
function claimDescriptor(cl: Clause, from: number, q: number): void {
  const at = cl.c.indexOf(`\uE000q${q}\uE001`);
  if (at < 0) return;
  const words: Array<{ start: number; end: number }> = [];
  const re = /\S+/g;
  const before = cl.c.slice(from, at);
  for (let m = re.exec(before); m; m = re.exec(before)) words.push({ start: from + m.index, end: from + m.index + m[0].length });
  let trigger = -1;
  const stops = (k: number) => {
    const w = cl.orig.slice(words[k]!.start, words[k]!.end);
    return CONNECTS.test(w) || cl.c.slice(words[k]!.start, words[k]!.end).includes("\uE000");
  };
  for (let i = words.length - 1, n = 0; i >= 0 && n < 10; i--, n++) {
    const { start, end } = words[i]!;
    if (stops(i)) break;
    const was = cl.orig.slice(start, end);
    if (TEXT_VERB.test(was)) {
      cl.claim(start, at);
      return;
    }
    if (SAY_VERB.test(was)) {
      // "the price should say 'X'": after a modal the subject (up to four words back) is the overlay named.
      let k = i;
      if (i > 0 && MODAL.test(cl.orig.slice(words[i - 1]!.start, words[i - 1]!.end))) {
        while (k > 0 && i - k < 4 && !stops(k - 1)) k--;
      }
      cl.claim(words[k]!.start, at);
      return;
    }
    if (trigger < 0 && TRIGGER_WORD.test(was) && cl.c.slice(start, end).includes("\u0001")) trigger = i;
  }
  // "recipe title 'X'": plain words right before the trigger name what the text is; so do up to two
  // words that are all that stands before a quote ("product name 'Linen Shirt' bottom left").
  if (trigger < 0 && words.length <= 2) trigger = words.length;
  for (let k = trigger - 1; k >= 0 && k >= trigger - 2; k--) {
    const { start, end } = words[k]!;
    const w = cl.orig.slice(start, end);
    if (!/^[a-z][a-z'-]*$/.test(w) || DESCRIPTOR_STOP.test(w)) break;
    cl.claim(start, end);
  }
}

const CONNECTS = /^(?:and|then|but|also|plus|&|n|with|w\/)$|[,;]$/;
const MODAL = /^(?:should|must|will|would|can|could|to|now|shall|gotta|needs?)$/;
const TRIGGER_WORD = /^(?:text|texts|title|titles|caption|captions|headline|label|overlay|subtitles?|文字|字幕|标题)$/;
const DESCRIPTOR_STOP = /^(?:no|not|don't|dont|never|without|and|then|but|or|also|plus|n|a|an|the|my|in|on|at|to|for|with)$/;
