import type { Clause } from "../clause.js";
import { note, type Draft } from "../draft.js";
import { T } from "../tokens.js";
import { REMOVE_VERB, VIDEO_NOUN, ZH_REMOVE_VERB } from "./common.js";

/**
 * What part of the source to use and how long the result is: kept ranges ("only the first 12
 * seconds", "from 0:03 to 0:12"), trims ("cut the first 2 seconds", "remove the last 3"), start
 * and end points ("start at 0:05", "chop everything after 0:20") and the target duration ("cut it
 * down to 10 seconds" exact, "under 30s" max, "剪到10秒"). A bare number where a duration belongs
 * means seconds.
 */

const DN = T.dn;
const D = T.d;
const RV = String.raw`\b${REMOVE_VERB}\b`;
const ZRV = ZH_REMOVE_VERB;

const RANGE = new RegExp(String.raw`(?:\b(?:from|between)\s+|从\s*|\bseconds?\s+)?(?:第\s*)?${DN}\s*(?:to|until|till|through|thru|-|~|到|至)\s*(?:第\s*)?${DN}(?:\s*(?:only|秒))?|\bbetween\s+${DN}\s+and\s+${DN}`, "g");
const FIRST = new RegExp(String.raw`(?:\b(?:the\s+)?(?:very\s+)?(?:first|opening|initial|beginning|starting|start|intro)\s+(?:of\s+)?${DN}|(?:\bthe\s+)?${D}\s+(?:at\s+|from\s+)?(?:the\s+)?(?:start|beginning|front)\b)(?:\s+(?:only|of\s+(?:the\s+)?(?:video|clip)))?`, "g");
const LAST = new RegExp(String.raw`(?:\b(?:the\s+)?(?:very\s+)?(?:last|final|ending|closing|outro)\s+(?:of\s+)?${DN}|(?:\bthe\s+)?${D}\s+(?:at\s+)?(?:the\s+)?(?:end|ending)\b)(?:\s+(?:only|of\s+(?:the\s+)?(?:video|clip)))?`, "g");
const OFF_START = new RegExp(String.raw`${DN}\s+(?:off|from)\s+(?:of\s+)?(?:the\s+)?(?:start|beginning|front|top|head|intro|opening)\b`, "g");
const OFF_END = new RegExp(String.raw`${DN}\s+(?:off|from)\s+(?:of\s+)?(?:the\s+)?(?:end|ending|back|tail|outro|finish)\b`, "g");
const ZH_START = new RegExp(String.raw`${ZRV}\s*(?:视频)?(?:的)?\s*(?:前|开头|开始|片头)(?:的)?\s*${D}|(?:把)?\s*(?:前|开头|开始|片头)(?:的)?\s*${D}\s*(?:也|再)?\s*${ZRV}|(?:开头|开始|片头)\s*(?:也|再|的)?\s*${ZRV}\s*${D}`, "g");
const ZH_END = new RegExp(String.raw`${ZRV}\s*(?:视频)?(?:的)?\s*(?:后|最后|结尾|末尾|片尾)(?:的)?\s*${D}|(?:把)?\s*(?:后|最后|结尾|末尾|片尾)(?:的)?\s*${D}\s*(?:也|再)?\s*${ZRV}|(?:结尾|最后|末尾|片尾|后面)\s*(?:也|再|的)?\s*${ZRV}\s*${D}`, "g");
/** "剪掉前5秒和最后5秒": a second edge joined by 和 takes the same removal verb. */
/** "把开头3秒和结尾2秒剪掉": both edges, then the one removal verb. */
const ZH_BOTH_EDGES = new RegExp(String.raw`(?:把)?\s*(?:前|开头|开始|片头)(?:的)?\s*${D}\s*(?:和|与|跟|以及|还有)\s*(?:后|最后|结尾|末尾|片尾)(?:的)?\s*${D}\s*(?:都|也)?\s*${ZRV}`, "g");
const ZH_AND_START = new RegExp(String.raw`(?:和|与|及|以及|跟)\s*(?:前|开头|片头)(?:的)?\s*${D}`, "g");
const ZH_AND_END = new RegExp(String.raw`(?:和|与|及|以及|跟)\s*(?:后|最后|结尾|末尾|片尾)(?:的)?\s*${D}`, "g");
const ZH_KEEP_LAST = new RegExp(String.raw`(?:只要|只留|保留|只保留|留下|只用)\s*(?:视频的)?(?:最后|后)(?:的)?\s*${D}`, "g");
/** "保留3秒到10秒": the verb before a kept range. */
const ZH_KEEP_VERB = /(?:只保留|保留|只要|只留|留下|只用)\s*(?:视频)?(?:的)?(?:中间|中段)?(?:的)?\s*(?:从)?\s*$/;
const ZH_KEEP_FIRST = new RegExp(String.raw`(?:只要|只留|保留|只保留|留下|只用|用)?\s*(?:视频的)?(?:前|开头)(?:的)?\s*${D}`, "g");
/** "trim the start by 2 seconds", "shorten the ending by 3s": that edge, by that much. */
const BY_EDGE = new RegExp(String.raw`\b(?:${REMOVE_VERB}|shorten|reduce)\s+(?:the\s+)?(?:(start|beginning|front|intro|opening|head)|end|ending|tail|outro|back)\s+by\s+${DN}`, "g");
/** "cut the (boring) intro": an edge named without its length (two describing words may stand before it). */
const INTRO = new RegExp(String.raw`${RV}\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:intro|beginning|start|opening)\b`);
const OUTRO = new RegExp(String.raw`${RV}\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:outro|ending|end)\b`);

const START_AT = new RegExp(String.raw`\b(?:start|begin)(?:s|ning)?\s+(?:it\s+|the\s+(?:video|clip)\s+)?(?:at|from)\s+${DN}|\b${REMOVE_VERB}\s+(?:off\s+)?(?:everything|anything|all)\s+before\s+(?:the\s+)?${DN}(?:\s+mark)?|从\s*第?\s*${D}\s*(?:开始|起)`);
const END_AT = new RegExp(String.raw`\b(?:end|stop|finish)(?:s|ing)?\s+(?:it\s+|the\s+(?:video|clip)\s+)?(?:at|by)\s+${DN}|\b${REMOVE_VERB}\s+(?:off\s+)?(?:everything|anything|all)\s+(?:after|past|beyond)\s+(?:the\s+)?${DN}(?:\s+mark)?|\bnothing\s+(?:after|past)\s+${DN}|(?:到|在)\s*第?\s*${D}\s*(?:结束|停)`);

const MAX_BEFORE = new RegExp(String.raw`(?:\b(?:keep|make|cut|trim|get|have|be)\s+(?:it|this|the\s+(?:video|clip))?\s*)?(?:\b(?:under|below|less\s+than|max(?:imum)?(?:\s+(?:total\s+)?(?:length|duration|runtime)(?:\s+(?:of|is))?)?|at\s+most|fits?\s+(?:in(?:to)?|within)|cap(?:ped)?\s+(?:it\s+)?(?:at|to)|limit(?:ed)?\s+(?:it\s+)?to|(?:time\s+)?limit\s*(?:of|is|:|=)?|no\s+(?:longer|more)\s+than|not\s+(?:longer|more)\s+than|shorter\s+than|within|up\s+to|tops)\s*(?:of\s+|[:=]\s*)?|<=?\s*|≤\s*|不超过\s*|最多\s*|最长\s*|少于\s*|小于\s*|不要超过\s*)${DN}(?:\s+(?:long|total|max))?`);
const MAX_AFTER = new RegExp(String.raw`(?:控制在|剪到|缩短到|压缩到)?\s*${DN}\s*(?:(?:max(?:imum)?|tops|or\s+(?:less|under|shorter|fewer)|at\s+most)\b|以内|之内|以下|内(?!容))`);
/** What a cut verb acts on: "the video", "my cooking clip", "this whole reel". */
const OBJECT = String.raw`(?:(?:my|the|this|our|that|your)\s+(?:[a-z]+\s+){0,2}(?:${VIDEO_NOUN})|(?:my|our|this|your)\s+(?:[a-z']+\s+)?[a-z']+(?<!\b(?:first|last|final|start|end|intro|outro|beginning|ending|pauses?|silences?|gaps?|music|text|audio|sound|voice)))`;
const EXACT = new RegExp(
  String.raw`(?:\b(?:cut|trim|shorten|edit|bring|get|make|keep|reduce|condense|crop|chop|squeeze|compress|need|want)(?:\s+(?:it|this|everything|that|it\s+all|${OBJECT}))?(?:\s+(?:down|back))?\s+(?:to|into|at)(?:\s+be)?\s+|\bmake\s+(?:it|this|${OBJECT})\s+(?:be\s+)?|\bneeds?\s+to\s+be\s+|\b(?:(?:target|total|final|desired|overall)\s+)?(?:length|duration|runtime)\s*(?:of\s+|to\s+|is\s+|=\s*|:\s*)?|(?:剪到|剪成|剪辑(?:成|到|为)|剪短(?:到|成|为)|缩短到|缩短为|缩(?:到|成)|减(?:到|成)|截(?:到|成|取)|裁(?:到|成)|压缩到|控制在|做成|变成|弄成|改(?:成|为|到))[\s\u0001]*(?:的)?\s*|时长\s*(?:为|是)?\s*)(?:a\s+|an\s+|exactly\s+|about\s+|around\s+|like\s+|roughly\s+|approx(?:imately)?\s+)?${DN}(?:\s*(?:-\s*)?(?:(?:long|total|in\s+total|exactly|clip|video|version|cut|edit|teaser|reel|one)\b|左右|的视频))?`,
);
const EXACT_WORDS = new RegExp(String.raw`(?:\bexactly\s+|\b(?:(?:something|somewhere)\s+(?:like|around)|about|around|approx(?:imately)?|roughly)\s+|~\s*)${DN}(?:\s+(?:long|total|in\s+total))?|${D}\s*(?:-\s*)?(?:(?:long|total|in\s+total|exactly|version|cut|one|recap|${VIDEO_NOUN})\b|的\s*(?:[\u4e00-\u9fff\u0001]{0,6}?)(?:视频|片子|短片|预告片?|版本|片段|vlog|短视频)|左右)`);
const BEFORE_CLAIMED = new RegExp(String.raw`${D}\s*(?:-\s*)?(?=\u0001)`);
const PLATFORM_NOUN = /^\s*(?:(?:youtube|yt|instagram|ig|insta|facebook|fb|vertical|horizontal|portrait|landscape|square|widescreen|\uE000a[\d:]+\uE001)\s+)?(?:shorts?|tiktok|reels?|story|stories|video|clip|vlog|post)\b|^\s*(?:的)?\s*(?:抖音|视频|快手)/;
const BARE = new RegExp(String.raw`(?:\b(?:a|an|just|only)\s+)?${D}`);

/** "remove the part between 4s and 9s": the noun naming the range. */
const PART_NOUN = String.raw`(?:part|section|bit|segment|portion|stretch|piece|chunk|moment|scene)s?`;
/** Words describing the stretch ("the prep part", "the shaky bit"), not a verb ("cut part …"). */
const PART_WORDS = String.raw`(?:(?!(?:${REMOVE_VERB}|keep|only|just)\b)[a-z']+\s+){0,2}?`;
const PART = new RegExp(String.raw`\b(?:(?:the|that|this)\s+)?(?:${PART_WORDS}(?:${PART_NOUN}|middle)(?:\s+(?:of\s+(?:the\s+)?(?:video|clip)|that\s+(?:is|runs|goes)))?|everything|anything|all)\s*$`);
/**
 * "take out the bit where i drop the box, 0:12 to 0:15", "remove the shaky part at the start, first
 * 3 seconds": a removal of a stretch named without its times; the next clause gives them.
 */
const PART_GATE = /part|section|bit|segment|portion|stretch|piece|chunk|moment|scene/;
const PART_ASKED = new RegExp(String.raw`${RV}\s+(?:out\s+)?(?:the|that|this)\s+${PART_WORDS}${PART_NOUN}\b(?:\s+(?:at|in|near|towards?)\s+the\s+(?:very\s+)?(start|beginning|end|ending))?`);
const ZH_PART_BEFORE = /(?:视频)?(?:的)?(?:中间|中段)(?:的)?\s*(?:从)?\s*$/;
const ZH_PART_AFTER = /\s*(?:之间|中间)?\s*(?:的)?\s*(?:部分|片段|内容|这段|那段)?/y;
/** "don't cut anything", "don't trim it": nothing to cut, said out loud. */
const NO_CUT = /\b(?:don't|do\s+not|no\s+need\s+to)\s+(?:cut|trim|shorten|edit)\s+(?:anything|it|this|the\s+(?:video|clip|length))(?:\s+(?:down|short))?\b|不(?:要|用)(?:剪|裁)(?:掉)?(?:任何)?(?:东西|内容)?/;
const GATE = /\uE000[dn]|intro|outro|beginning|ending|\bend\b|前|后|最后|开头|结尾|片头|片尾/;

function dn(m: RegExpExecArray, i: number): number | null {
  if (m[i] !== undefined) return Number(m[i]);
  if (m[i + 1] !== undefined) {
    const v = Number(m[i + 1]);
    return v <= 24 * 3600 ? Math.round(v * 1000) : null;
  }
  return null;
}

const REMOVING = new RegExp(String.raw`${RV}|${ZRV}`);
/** A removal said after the fact: "the first 10 secs and the last 5 secs removed". */
const REMOVED = /\b(?:removed|deleted|trimmed(?:\s+off)?|cut(?:\s+(?:off|out))?|chopped(?:\s+off)?|taken\s+(?:out|off)|gone)\b|(?:都|也)?(?:删掉|去掉|剪掉|删除|去除|砍掉|切掉|不要)/;

/** Is there a removal verb in the clause before `index` ("cut the first 2 s"), or a participle after it? */
function removing(cl: Clause, index: number): boolean {
  if (REMOVING.test(cl.orig.slice(0, index))) return true;
  const rest = cl.orig.slice(index, index + 80);
  const after = REMOVED.exec(rest);
  // "keep 0:02 to 0:05, everything else cut": the participle is about the rest.
  if (!after || OTHERS.test(rest.slice(0, after.index))) return false;
  if (cl.c.slice(index + after.index, index + after.index + after[0].length) === after[0]) {
    cl.claim(index + after.index, index + after.index + after[0].length);
  }
  return true;
}
const REST_REMOVED = /(?:\bwith\s+|\band\s+)?(?:the\s+rest|everything\s+else|all\s+else|anything\s+else)\s+(?:removed|deleted|cut(?:\s+out)?|trimmed|gone)\b|(?:其他|其余|剩下)(?:的)?(?:部分)?(?:都)?(?:删掉|去掉|剪掉|不要)|\b(?:drop|cut|remove|delete|lose|ditch|trash|skip|toss|scrap|kill)\s+(?:the\s+rest|everything\s+else|all\s+else|anything\s+else|the\s+other\s+(?:parts?|stuff|bits?))\b/;
const TRIM_TO = new RegExp(String.raw`\btrim(?:\s+(?:it|this|${OBJECT}))?(?:\s+down)?\s*$`);
const TO = /\b(?:down\s+)?to\s+$/;
const OTHERS = /\b(?:rest|else|other|others)\b|其他|其余|剩下|别的/;

/**
 * Relative lengths: "make it shorter" (×0.8; a bit ×0.9, much ×0.5; longer ×1.2 / ×1.1 / ×1.5) and
 * "2 seconds shorter" (−2 s). Resolved against the source length in assemble, or against a
 * session's current length in followup.ts.
 */
const SHORTER = new RegExp(String.raw`\b(?:make\s+(?:it|this|${OBJECT})\s+)?(?:((?:a\s+)?(?:bit|little|tad)|slightly|(?:a\s+)?(?:lot|much|way))\s+)?(shorter|longer)\b(?!\s+than)|\b(shorten|lengthen)\s+(?:it|this|${OBJECT})(?:\s+(a\s+(?:bit|little|tad)|slightly|a\s+lot))?\b(?!\s+(?:to|by)\b)|(?:再|剪)?(短|长)(一点|一些|点|很多)`);
const SHORTER_BY = new RegExp(String.raw`(?:(?:\bmake\s+(?:it|this|${OBJECT})\s+)?${DN}\s+(shorter|longer)\b(?!\s+than)|\b(shorter|longer)\s+by\s+${DN}|\b(shorten|lengthen|extend|reduce)\s+(?:it\s+|this\s+|${OBJECT}\s+|(?:the\s+)?(?:total\s+)?(?:length|duration|runtime)\s+)?by\s+${DN}|(缩短|减少|剪短|加长|延长|再短|再长)\s*${D})`);

/** "cut 2 more seconds", "shave off another second", "trim an extra 3 s": shorter by that much. */
const MORE_OFF = new RegExp(String.raw`\b${REMOVE_VERB}\s+(?:off\s+)?(?:(?:another|an?\s+extra|extra)\s+${D}|${D}\s+(?:more|extra))(?:\s+off\b)?|\b(?:take|knock|shave|chop|trim|cut)\s+${D}\s+off\b(?!\s+(?:of\s+)?(?:the\s+)?(?:start|beginning|front|top|head|intro|opening|end|ending|back|tail|outro|finish))|(?:再)(?:剪掉|去掉|减掉|砍掉)\s*${D}`);
/**
 * "vid too long", "it's too short", 太长了: the reason for a change. Alone it asks for a step
 * (×0.8 / ×1.2); with any other change to the length, speed or pauses, that change is the answer.
 */
const TOO = /\b(?:(?:it's|its|it\s+is|is|way|much|kinda|a\s+bit|a\s+little|bit)\s+)*too\s+(long|short)\b|(?:有点|有些)?太(长|短)了?/;

/** "twice as long", "half as long", "double the length", "halve it". */
const TIMES_AS = /\b(twice|half)\s+as\s+(?:long|short)\b|\b(?:cut|trim|chop|shorten)\s+(?:it|this|the\s+(?:video|clip))\s+(in\s+half)\b|\bhalf\s+the\s+(?:length|duration)\b|\b(double|halve)\s+(?:the\s+)?(?:length|duration)\b|\bhalve\s+(?:it|the\s+(?:video|clip))\b|(?:长度)?(?:加倍|减半)|(?:剪|缩)短一半/;
/** "back to the full length", "no length limit": no target at all. */
const FULL_LENGTH = /\b(?:(?:go\s+)?back\s+to|keep|use|restore)\s+(?:the\s+)?(?:full|whole|original|entire)\s+(?:length|duration|video|clip)\b|\b(?:full|original)\s+length\b|\bno\s+(?:length|duration|time)\s+(?:limit|target|cap)\b|\b(?:remove|drop|lose)\s+(?:the\s+)?(?:length|duration|time)\s+(?:limit|target|cap)\b|(?:恢复)?(?:完整|原始|原来的?)(?:长度|时长)|不限(?:制)?时长/;

/** "shorten it by a third", "cut it by 25%": shorter by that share of the length. */
const BY_SHARE = new RegExp(String.raw`\b(shorten|cut|trim|reduce|lengthen|extend)\s+(?:it\s+|this\s+|${OBJECT}\s+|(?:the\s+)?(?:length|duration)\s+)?(?:down\s+)?by\s+(?:(?:(?:a|one)\s+)?(half|third|quarter|fourth|fifth)|${T.p})`);
const SHARES: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fourth: 1 / 4, fifth: 1 / 5 };

function relativeLength(d: Draft, cl: Clause): void {
  const share = cl.take(BY_SHARE);
  if (share) {
    const part = share[2] !== undefined ? SHARES[share[2]]! : Number(share[3]) / 100;
    const longer = /lengthen|extend/.test(share[1]!);
    if (part > 0 && part < (longer ? 10 : 1)) {
      d.relative.lengthFactor = Math.round((longer ? 1 + part : 1 - part) * 1e6) / 1e6;
      delete d.relative.lengthDeltaMs;
      d.edited = true;
      cl.tags.add("cut");
    }
    return;
  }
  const times = cl.take(TIMES_AS);
  if (times) {
    d.relative.lengthFactor = /half|halve|减半|短一半/.test(times[0]) ? 0.5 : 2;
    delete d.relative.lengthDeltaMs;
    d.edited = true;
    cl.tags.add("cut");
    return;
  }
  const full = cl.take(FULL_LENGTH);
  if (full) {
    d.refused.length = true;
    d.edited = true;
    cl.tags.add("cut");
    return;
  }
  const more = cl.take(MORE_OFF);
  const by = more ? null : cl.take(SHORTER_BY);
  if (more) {
    d.relative.lengthDeltaMs = -Number(more[1] ?? more[2] ?? more[3] ?? more[4]);
    delete d.relative.lengthFactor;
  } else if (by) {
    const n = dn(by, 1) ?? dn(by, 5) ?? dn(by, 8) ?? (by[11] !== undefined ? Number(by[11]) : null);
    const word = by[3] ?? by[4] ?? by[7] ?? by[10] ?? "";
    if (n === null || !Number.isFinite(n)) return;
    const longer = /longer|lengthen|extend|加长|延长|再长/.test(word);
    d.relative.lengthDeltaMs = longer ? n : -n;
    delete d.relative.lengthFactor;
  } else {
    const m = cl.take(SHORTER);
    if (!m) return;
    const how = m[1] ?? m[4] ?? m[6] ?? "";
    const longer = /longer|lengthen|长/.test(m[2] ?? m[3] ?? m[5] ?? "");
    const bit = /bit|little|tad|slightly|一点|一些|点/.test(how);
    const lot = /lot|much|way|很多/.test(how);
    d.relative.lengthFactor = longer ? (bit ? 1.1 : lot ? 1.5 : 1.2) : bit ? 0.9 : lot ? 0.5 : 0.8;
    delete d.relative.lengthDeltaMs;
  }
  d.edited = true;
  cl.tags.add("cut");
  // "时长缩短四秒", "shorten the length by 4 s": the quantity named is the one changed.
  cl.take(LENGTH_NOUN);
}

export function timing(d: Draft): void {
  let pending: "start" | "end" | null = null;
  /** "cut the intro" with no length anywhere: nothing can be cut, and the user should know. */
  let owed: "intro" | "outro" | null = null;
  let tooLong: number | null = null;
  /** A removal of a stretch named without its times ("take out the shaky bit"): the next clause may give them. */
  let part: { cl: Clause; m: RegExpExecArray; side: "start" | "end" | "range" } | null = null;
  for (const cl of d.clauses) {
    const before = part;
    part = null;
    // Before the targets: "make it 2 seconds shorter" is not "make it 2 seconds".
    if (cl.has(/short|long|lengthen|extend|reduce|twice|half|double|halve|full|whole|original|entire|limit|more|another|extra|off|\bby\b|短|长|减少|加倍|减半|时长|再/)) relativeLength(d, cl);
    const too = cl.has(TOO_GATE) ? cl.find(TOO) : null;
    // "the text is too long" is about the text: only the video (or nothing named) is too long.
    if (too && VIDEO_SUBJECT.test(cl.c.slice(0, too.index))) {
      cl.claim(too.index, too.index + too[0].length);
      tooLong ??= /long|长/.test(too[1] ?? too[2] ?? "") ? 0.8 : 1.2;
      cl.tags.add("cut");
    }
    if (cl.has(/don't|do not|no need|不要|不用/)) cl.take(NO_CUT);
    keys(d, cl);
    // "keep 0:05 thru 0:25, drop the rest": the rest of a kept stretch is dropped anyway.
    if (d.cut.keep.length > 0) cl.take(REST_REMOVED);
    const asked = cl.has(PART_GATE) ? cl.find(PART_ASKED) : null;
    if (!cl.has(GATE)) {
      if (asked) part = { cl, m: asked, side: asked[1] ? (/^(?:start|beginning)$/.test(asked[1]) ? "start" : "end") : "range" };
      continue;
    }
    const c = d.cut;
    /** The stretch the clause before named is what this clause's times remove: claim its words. */
    const usePart = () => {
      if (before) before.cl.claim(before.m.index, before.m.index + before.m[0].length);
    };
    for (const m of cl.findAll(RANGE)) {
      const a = dn(m, 1) ?? dn(m, 5);
      const b = dn(m, 3) ?? dn(m, 7);
      const bothBare = m[1] === undefined && m[3] === undefined && m[5] === undefined && m[7] === undefined;
      if (a === null || b === null || b <= a || (bothBare && !/^(?:from|between|从|seconds?)/.test(m[0]))) continue;
      cl.claim(m.index, m.index + m[0].length);
      // "trim it from 0:05 to 0:25": trimming down to a stretch keeps it ("trim out" removes).
      const trimTo =
        (/^(?:from|between)\b/.test(m[0]) && TRIM_TO.test(cl.orig.slice(Math.max(0, m.index - 40), m.index))) ||
        // "cut from 3:10 to 3:40 only", "just 0:05-0:10": a stretch said to be the only one is kept.
        /\bonly$/.test(m[0]) ||
        /\b(?:only|just)\s+(?:keep\s+)?$/.test(cl.orig.slice(Math.max(0, m.index - 16), m.index));
      const removed = !trimTo && (removing(cl, m.index) || before?.side === "range");
      if (removed && before?.side === "range" && !removing(cl, m.index)) usePart();
      if (trimTo) claimVerb(cl, m.index);
      (removed ? c.remove : c.keep).push({ startMs: a, endMs: b });
      cl.takeIn(PART, Math.max(0, m.index - 40), m.index);
      if (removed) claimVerb(cl, m.index);
      else {
        cl.takeIn(ZH_KEEP_VERB, Math.max(0, m.index - 10), m.index);
        cl.take(REST_REMOVED);
      }
      // "把中间5到10秒删掉", "10秒到20秒之间的部分": the Chinese names of the stretch.
      cl.takeIn(ZH_PART_BEFORE, Math.max(0, m.index - 10), m.index);
      const after = cl.at(ZH_PART_AFTER, m.index + m[0].length);
      if (after) cl.claim(after.index, after.index + after[0].length);
      d.edited = true;
      cl.tags.add("cut");
    }
    for (const m of cl.takeAll(BY_EDGE)) set(d, cl, m[1] !== undefined ? "trimStartMs" : "trimEndMs", dn(m, 2));
    for (const m of cl.takeAll(OFF_START)) {
      claimVerb(cl, m.index);
      set(d, cl, "trimStartMs", dn(m, 1));
    }
    for (const m of cl.takeAll(OFF_END)) {
      claimVerb(cl, m.index);
      set(d, cl, "trimEndMs", dn(m, 1));
    }
    for (const m of cl.takeAll(ZH_BOTH_EDGES)) {
      set(d, cl, "trimStartMs", Number(m[1]));
      set(d, cl, "trimEndMs", Number(m[2]));
    }
    for (const m of cl.takeAll(ZH_START)) set(d, cl, "trimStartMs", Number(m[1] ?? m[2] ?? m[3]));
    for (const m of cl.takeAll(ZH_END)) set(d, cl, "trimEndMs", Number(m[1] ?? m[2] ?? m[3]));
    for (const [re, key] of [[ZH_AND_START, "trimStartMs"], [ZH_AND_END, "trimEndMs"]] as const) {
      for (const m of cl.findAll(re)) {
        if (!removing(cl, m.index)) continue;
        cl.claim(m.index, m.index + m[0].length);
        set(d, cl, key, Number(m[1]));
      }
    }
    for (const m of cl.takeAll(ZH_KEEP_LAST)) {
      c.keepLastMs = Number(m[1]);
      d.edited = true;
      cl.tags.add("cut");
    }
    // "cut the intro (first 8 seconds)": the intro named in the same clause as its length.
    const here = cl.take(INTRO) ? "start" : cl.take(OUTRO) ? "end" : null;
    const partStart = before?.side === "start";
    const partEnd = before?.side === "end";
    const usedStart = edge(d, cl, FIRST, "start", pending === "start" || here === "start" || partStart);
    const usedEnd = edge(d, cl, LAST, "end", pending === "end" || here === "end" || partEnd);
    if ((usedStart && partStart) || (usedEnd && partEnd)) usePart();
    if (usedStart || usedEnd) owed = null;
    for (const m of cl.takeAll(ZH_KEEP_FIRST)) {
      c.keep.push({ startMs: 0, endMs: Number(m[1]) });
      d.edited = true;
      cl.tags.add("cut");
    }
    pending = null;
    if (here && !(here === "start" ? usedStart : usedEnd)) {
      pending = here;
      owed = here === "start" ? "intro" : "outro";
    }
    if (asked && !cl.c.slice(asked.index, asked.index + asked[0].length).includes("\u0001")) {
      part = { cl, m: asked, side: asked[1] ? (/^(?:start|beginning)$/.test(asked[1]) ? "start" : "end") : "range" };
    }
    let m = cl.take(START_AT);
    // "trim it so it starts at 0:04": the verb whose result the start point describes.
    if (m) {
      claimVerb(cl, m.index);
      set(d, cl, "trimStartMs", dn(m, 1) ?? dn(m, 3) ?? (m[5] !== undefined ? Number(m[5]) : null));
    }
    m = cl.take(END_AT);
    if (m) {
      claimVerb(cl, m.index);
      const v = dn(m, 1) ?? dn(m, 3) ?? dn(m, 5) ?? (m[7] !== undefined ? Number(m[7]) : null);
      if (v !== null) {
        c.endAtMs = v;
        d.edited = true;
        cl.tags.add("cut");
      }
    }
    target(d, cl);
  }
  if (d.cut.modeSaid && d.cut.targetDurationMs !== undefined) d.cut.durationMode = d.cut.modeSaid;
  if (tooLong !== null && !changesLength(d)) {
    d.relative.lengthFactor = tooLong;
    d.edited = true;
  }
  if (owed) {
    const edge = owed === "intro" ? "first" : "last";
    note(d, `Cutting the ${owed} needs its length (say "cut the ${edge} 5 seconds"); nothing was cut for it.`);
  }
}

const TOO_GATE = /too|太/;
const VIDEO_SUBJECT = /^(?:[\s,]|\b(?:it|its|it's|the|this|my|video|clip|video's|videos|clip's|vid's|whole|thing|is|still|way|much|kinda|a|bit|little|just|ok|okay|so|but|and|hmm|ugh|lol|now|honestly)\b|视频|这个|现在|还是)*$/;

/** Does the instruction change the length some other way (a target, a step, a cut, the speed, the pauses)? */
function changesLength(d: Draft): boolean {
  const c = d.cut;
  return (
    c.targetDurationMs !== undefined || d.relative.lengthFactor !== undefined || d.relative.lengthDeltaMs !== undefined || d.refused.length === true ||
    c.keep.length > 0 || c.remove.length > 0 || c.trimStartMs !== undefined || c.trimEndMs !== undefined || c.endAtMs !== undefined ||
    c.keepLastMs !== undefined || c.removePauses !== undefined || d.speed !== undefined
  );
}

/**
 * "the first/last N seconds": removed after a removal verb ("cut the first 2 s") or after a
 * clause that named the intro/outro ("cut the intro, first 4 seconds"); otherwise kept
 * ("only the first 12 seconds").
 */
/** True when it used a pending intro/outro. */
function edge(d: Draft, cl: Clause, re: RegExp, side: "start" | "end", pendingTrim: boolean): boolean {
  let used = false;
  for (const m of cl.findAll(re)) {
    const v = dn(m, 1) ?? (m[3] !== undefined ? Number(m[3]) : null);
    if (v === null) continue;
    cl.claim(m.index, m.index + m[0].length);
    // "trim the video to the last 15 seconds": after "to" the edge is what is left.
    const to = TO.exec(cl.c.slice(Math.max(0, m.index - 12), m.index));
    const kept = to !== null;
    if (to) {
      cl.claim(m.index - to[0].length, m.index);
      claimVerb(cl, m.index);
    }
    if (!kept && (removing(cl, m.index) || pendingTrim)) {
      claimVerb(cl, m.index);
      set(d, cl, side === "start" ? "trimStartMs" : "trimEndMs", v);
      used ||= pendingTrim;
      continue;
    }
    if (side === "start") d.cut.keep.push({ startMs: 0, endMs: v });
    else d.cut.keepLastMs = v;
    d.edited = true;
    cl.tags.add("cut");
  }
  return used;
}

function claimVerb(cl: Clause, before: number): void {
  const re = new RegExp(String.raw`${RV}(?:\s+(?:off|out))?|${ZRV}`, "g");
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(cl.c.slice(0, before)); m; m = re.exec(cl.c.slice(0, before))) last = m;
  if (last) cl.claim(last.index, last.index + last[0].length);
}

function set(d: Draft, cl: Clause, key: "trimStartMs" | "trimEndMs", v: number | null): void {
  if (v === null || !Number.isFinite(v)) return;
  d.cut[key] = v;
  d.edited = true;
  cl.tags.add("cut");
}

/**
 * An app's keys: "trim_start: 2s", "trim end = 1s" (removed from that edge), "start: 0:05",
 * "end time: 0:30" (where the result starts and ends), "mode: max" (how the length is meant).
 */
const TRIM_KEY = new RegExp(String.raw`\btrim\s*-?\s*(?:(start|beginning|head|front|in)|end|tail|back|out)\s*[:=]\s*${DN}`, "g");
const POINT_KEY = new RegExp(String.raw`(?<![a-z]\s)\b(?:(start|begin|in)|end|stop|out)(?:\s*(?:time|at|point))?\s*[:=]\s*${DN}`, "g");
const MODE_KEY = /\b(?:(?:duration|length)\s+)?mode\s*[:=]\s*(?:(max(?:imum)?|at\s+most|up\s+to|limit|cap)|exact(?:ly)?|fixed)\b/;

function keys(d: Draft, cl: Clause): void {
  if (!cl.has(/[:=]/)) return;
  for (const m of cl.takeAll(TRIM_KEY)) set(d, cl, m[1] !== undefined ? "trimStartMs" : "trimEndMs", dn(m, 2));
  for (const m of cl.takeAll(POINT_KEY)) {
    const v = dn(m, 2);
    if (m[1] !== undefined) set(d, cl, "trimStartMs", v);
    else if (v !== null) {
      d.cut.endAtMs = v;
      d.edited = true;
      cl.tags.add("cut");
    }
  }
  const mode = cl.take(MODE_KEY);
  if (mode) {
    d.cut.modeSaid = mode[1] !== undefined ? "max" : "exact";
    cl.tags.add("cut");
  }
}

function target(d: Draft, cl: Clause): void {
  let m = cl.take(MAX_BEFORE);
  let mode: "exact" | "max" = "max";
  let v = m ? dn(m, 1) : null;
  if (v === null && (m = cl.take(MAX_AFTER))) v = dn(m, 1);
  if (v === null && (m = cl.take(EXACT))) {
    mode = "exact";
    v = dn(m, 1);
    if (m[0].includes("以内")) mode = "max";
  }
  if (v === null && (m = cl.take(EXACT_WORDS))) {
    mode = "exact";
    v = dn(m, 1) ?? (m[3] !== undefined ? Number(m[3]) : null);
  }
  // "a 60 second youtube short": the platform word was claimed by the frame rules.
  if (v === null && (m = cl.find(BEFORE_CLAIMED)) && PLATFORM_NOUN.test(cl.orig.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
    cl.claim(m.index, m.index + m[0].length);
    mode = "exact";
    v = Number(m[1]);
  }
  if (v === null) return;
  if (v < 100) {
    note(d, "A target shorter than 0.1 s was ignored.");
    return;
  }
  d.cut.targetDurationMs = v;
  d.cut.durationMode = mode;
  d.edited = true;
  cl.tags.add("cut");
  // "cut this lecture down to 5 minutes max": the verb, its object and "down to" carry the target.
  if (/\b(?:trim|cut|edit|shorten|make|get|bring)\b/.test(cl.c)) cl.take(CUT_TO);
  // "视频时长控制在一分钟以内", "the total length should be 30s": the length named is the one set.
  cl.take(LENGTH_NOUN);
}

const CUT_TO = new RegExp(String.raw`\b(?:trim|cut|edit|shorten|make|get|bring)\b(?:\s+(?:${OBJECT}|it|this))?(?:\s+(?:down|back))?(?:\s+to)?(?=[\s\u0001]|$)`);
const LENGTH_NOUN = /\b(?:(?:the\s+)?(?:total|overall|final|video|clip)\s+)?(?:length|duration|runtime|run\s+time)\b|(?:视频|片子|总|整体)?(?:的)?(?:时长|长度|总长|片长)(?:要|需要|得|必须|最好)?/;

/**
 * A duration nobody claimed, in a clause that asked for nothing else ("30 seconds please",
 * "i need 15s"): the length of the result.
 */
export function bareTarget(d: Draft): void {
  if (d.cut.targetDurationMs !== undefined) return;
  for (const cl of d.clauses) {
    // A clause about the frame, the speed or the file can still say the length ("i want it
    // vertical and 20 secs"); one about an overlay, a fade, music or a cut owns its durations.
    if ([...cl.tags].some((t) => OWNS_DURATIONS.has(t))) continue;
    const m = cl.find(BARE);
    // "at 0:05", "from 10s": a point in the clip, not a length; "a 5 second black screen": the
    // length of something else.
    if (!m || POINT.test(cl.c.slice(Math.max(0, m.index - 12), m.index))) continue;
    if ((/^an?\s/.test(m[0]) || /\ban?\s*$/.test(cl.c.slice(Math.max(0, m.index - 4), m.index))) && ATTRIBUTIVE.test(cl.c.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    cl.claim(m.index, m.index + m[0].length);
    const v = Number(m[1]);
    if (v >= 100) {
      d.cut.targetDurationMs = v;
      d.cut.durationMode = "exact";
      d.edited = true;
      cl.tags.add("cut");
      cl.take(LENGTH_NOUN);
      return;
    }
  }
}

/** A word after "a N-second …" that makes the length another thing's ("black screen", "intro", "zoom"). */
const ATTRIBUTIVE = /^\s*(?:-\s*)?(?!(?:long|total|max|exactly|or|and|please|pls|video|clip)\b)[a-z]/;
const OWNS_DURATIONS = new Set(["text", "fade", "music", "pauses", "cut", "duck"]);
const POINT = /(?:\b(?:at|from|after|before|until|till|since|by)|@|在|从)\s*$/;
