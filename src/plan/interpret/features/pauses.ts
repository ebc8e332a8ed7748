import type { Clause } from "../clause.js";
import { note, type Draft } from "../draft.js";
import { wholly } from "../residue.js";
import { negationBefore } from "../negation.js";
import { T } from "../tokens.js";
import { REMOVE_VERB, ZH_REMOVE_VERB } from "./common.js";

/**
 * Pause removal: "trim the awkward pauses", "cut the dead air", "no dead air", "去掉停顿",
 * "remove pauses longer than 1 second" (→ minPauseMs). A pause word needs no verb ("✂️ pauses"):
 * nobody names pauses except to remove them, unless told not to ("don't cut the pauses").
 */

const ADJ = String.raw`(?:(?:the|all|any|every|those|these|of|my|awkward|long|longer|boring|dead|empty|unnecessary|annoying|weird|little|extra|silent|quiet|big|small|short|useless|random|slow|pointless|long-ish|super|really|very|most|and)\s+)`;
const NOUN = String.raw`(?:\b(?:pauses?|silences?|silent\s+(?:parts?|bits?|moments?|sections?|gaps?|spots?)|dead\s+(?:air|space|time|bits?|parts?|spots?|moments?)|gaps?|quiet\s+(?:parts?|bits?|moments?)|umm?s?|uhh?s?|filler(?:\s+words?)?|breaths?|breathing(?:\s+(?:sounds?|noises?))?|empty\s+(?:parts?|bits?|space))\b|(?:停顿|空白|沉默)(?:部分|地方|片段)?|静音(?:部分|段)|无声(?:部分|段)?|没声音的?(?:部分|地方)|气口|卡顿)`;
/** "remove the pauses" said after the fact: "with the pauses removed", "silences cut out". */
const PASSIVE = String.raw`(?:\s+(?:removed|deleted|trimmed|gone|cut(?:\s+out)?|taken\s+out|stripped(?:\s+out)?|cleaned\s+up|edited\s+out)\b)`;

const PHRASE = new RegExp(
  String.raw`(?:\b${REMOVE_VERB}\s+(?:(?:out|off|up|away)\s+)?|${ZH_REMOVE_VERB}\s*(?:视频)?(?:里|中)?(?:的)?\s*|jump[\s-]*cut\s+)?(?:${ADJ}{0,4})${NOUN}(?:\s+(?:out|parts?))?(?:\s+(?:and|&)\s+${ADJ}{0,2}${NOUN})*(?:\s+(?:out|away))?${PASSIVE}?|${ZH_REMOVE_VERB}[^，。,.;；\u0001]{0,8}?(?:的)?\s*静音`,
  "g",
);
const TIGHTEN = /\btighten(?:\s+(?:it|this|things|everything))?(?:\s+up)?(?:\s+(?:the\s+)?(?:pacing|pace|edit|cuts|timing|flow))?\b|\btighter\b|\bsnappy\b|\bsnappier\b|\bjump[\s-]*cuts?\b|\bkeep\s+it\s+(?:tight|moving)\b|\b(?:super\s+|really\s+|very\s+)?tight\s+(?:cuts?|edit(?:s|ing)?|pacing)\b/g;
/** "tight cuts", "a tight edit": the pause removal, and an aggressive one. */
const TIGHT = /\btight\b/;
const FILLER_WORDS = /\b(?:umm?s?|uhh?s?|filler(?:\s+words?)?)\b/;

const MIN_PAUSE = new RegExp(
  String.raw`(?:\b(?:that|which)\s+(?:lasts?|are|is|goes|go|runs?)\s+(?:on\s+)?(?:for\s+)?)?(?:\b(?:longer|more|greater)\s+than|\bover|\babove|\bbeyond|\bpast|\bexceeding|\bat\s+least|>=?|≥|超过|大于|多于|长于)\s*(?:about\s+)?${T.dn}(?:\s*(?:以上|or\s+(?:more|longer)))?|${T.d}\s*(?:以上|or\s+(?:more|longer))|${T.d}(?=\s*(?:-\s*)?(?:long\s+)?(?:pauses?|silences?|gaps?|的停顿|停顿))|\bof\s+${T.d}` +
    // A key: "min_pause: 0.7s", "silence threshold = 1s", "pause length: 800ms".
    String.raw`|(?<=\b(?:(?:minimum|min)\s+)?(?:pauses?|silences?|gaps?)(?:\s+(?:length|duration|threshold|min(?:imum)?))?\s*[:=]\s*)${T.dn}`,
  "g",
);
/**
 * What follows a pause word and says which pauses: "between sentences", "where i stop talking",
 * "wherever i pause". It describes the pauses, so it belongs to the request; a "where/when" clause
 * runs to the end of the clause.
 */
const WHICH_PAUSES = /\s*(?:(?:in\s+)?between(?:\s+(?:the\s+|my\s+|each\s+|every\s+)?(?:sentences?|words?|lines?|takes?|shots?|clips?|cuts?|thoughts?|phrases?|scenes?|sections?|parts?|points?|talking|speaking))?|(?:where|when|wherever|whenever|while|after)\s+(?:i|i'm|we|we're|you|he|she|they|it|nobody|no\s+one|someone|people)\b[^\u0001\uE000]*)/y;
/** Pause padding: "keep 200ms of padding around each cut", "padding of 0.2s", "0.3s buffer". */
const AROUND_CUTS = String.raw`(?:around|before\s+and\s+after|on\s+(?:each|either|both)\s+sides?\s+of|at)\s+(?:each|every|the|all)\s+(?:the\s+)?(?:cuts?|pauses?|edits?|gaps?|silences?|jumps?)`;
const PADDING = new RegExp(
  String.raw`(?:\b(?:keep|leave|add|with|use|using)\s+)?(?:about\s+|around\s+)?${T.d}\s+(?:of\s+)?(?:padding|buffer|breathing\s+room|margin|handles?)(?:\s+${AROUND_CUTS})?|\b(?:padding|buffer|margin)\s*(?:of|[:=])?\s*${T.d}` +
    // A length said to stand around each cut is the padding: "leave 0.3s around each cut".
    String.raw`|(?:\b(?:keep|leave|add|with|use|using)\s+)?${T.d}\s+${AROUND_CUTS}`,
);
/** "no more pause removal", "stop the silence cutting": the removal itself is named. */
const REMOVAL = /\s+(?:removal|removing|remover|cutting|trimming|detection)\b/y;
/** "put the pauses back", "restore the pauses", 恢复停顿: the removal undone. */
const RESTORE = /\b(?:put|bring|add)\s+(?:the\s+|all\s+the\s+|my\s+)?(?:pauses?|silences?|gaps?)\s+back(?:\s+in)?\b|\brestore\s+(?:the\s+)?(?:pauses?|silences?|gaps?)\b|\bstop\s+(?:removing|cutting|trimming)\s+(?:the\s+)?(?:pauses?|silences?|gaps?)\b|恢复(?:所有)?(?:的)?(?:停顿|空白)/;
/**
 * A strength refused is a gentle one: "not too aggressive", "don't go too hard", "dont be too
 * aggressive", "don't overdo it", "go easy".
 */
const GENTLE = /\b(?:(?:less|not\s+so|not\s+as)\s+(?:aggressive(?:ly)?|tight(?:ly)?|hard|harsh)|(?:not|don't|never)\s+(?:be\s+|go\s+|get\s+|cut\s+|make\s+it\s+|too\s+)?(?:too|so|overly|super|that)\s+(?:aggressive(?:ly)?|much|tight(?:ly)?|hard|harsh(?:ly)?|heavy|heavily|crazy|extreme)|don't\s+overdo\s+it|go\s+easy(?:\s+on\s+(?:it|them|the\s+(?:pauses?|cuts?)))?|gentl[ey]|gently|light(?:ly)?|subtle|subtly|slightly|a\s+(?:little|bit))\b|轻微|稍微|(?:不要|别|不用)太(?:狠|多|激进|猛|过)|温和/;
const AGGRESSIVE = /\b(?:(?:super|really|very|extra)\s+)?(?:aggressive(?:ly)?|tight(?:ly)?|hard|every\s+(?:little|single))\b|狠一点|彻底/;

const VERB = new RegExp(String.raw`\b${REMOVE_VERB}\b|${ZH_REMOVE_VERB}`, "g");
const KEEP = /\b(?:keep|leave)\s+(?:in\s+)?(?:the\s+|all\s+(?:the\s+)?|my\s+)?$|(?:保留|留着)\s*$/;
const GATE = /padding|buffer|margin|around\s+(?:each|every|the|all)|before\s+and\s+after|sides?\s+of|\bat\s+(?:each|every)|paus|silen|dead|gap|quiet\s+(?:part|bit|mom)|\bu[mh]|filler|breath|empty|tight|snapp|jump|停顿|空白|沉默|静音|无声|没声音|气口|卡顿/;

export function pauses(d: Draft): void {
  let padding: number | undefined;
  const asking: number[] = [];
  d.clauses.forEach((cl, i) => {
    if (!cl.has(GATE)) return;
    const pad = cl.take(PADDING);
    if (pad) {
      padding = Number(pad[1] ?? pad[2] ?? pad[3]);
      cl.tags.add("pauses");
    }
    // The threshold first: "remove 1.5 second pauses" needs the pause word after the number.
    const min = cl.findAll(MIN_PAUSE)[0];
    if (min) cl.claim(min.index, min.index + min[0].length);
    let asked = false;
    let tight = false;
    let refused = cl.take(RESTORE) !== null;
    for (const m of cl.takeAll(PHRASE)) {
      const neg = negationBefore(cl.c, m.index, cl.orig);
      // "no pauses" asks for the removal; "no pause removal" refuses it.
      const removal = cl.at(REMOVAL, m.index + m[0].length);
      if (removal) cl.claim(m.index + m[0].length, m.index + m[0].length + removal[0].length);
      const from = Math.max(0, m.index - 30);
      const keep = KEEP.exec(cl.c.slice(from, m.index));
      if (keep) cl.claim(from + keep.index, m.index);
      if (neg === "not" || (removal && neg !== null) || keep) refused = true;
      else asked = true;
      claimWhich(cl, m);
    }
    for (const m of cl.takeAll(TIGHTEN)) {
      asked = true;
      tight ||= TIGHT.test(m[0]);
      claimWhich(cl, m);
    }
    if (refused && !asked) {
      cl.tags.add("pauses");
      d.refused.pauses = true;
      return;
    }
    if (!asked) {
      // Not about pauses after all: give the number back to the other rules.
      if (min) cl.release(min.index, min.index + min[0].length);
      return;
    }
    cl.tags.add("pauses");
    d.edited = true;
    asking.push(i);
    // In a clause about pauses, every removal verb is part of that request ("去掉超过1秒的停顿").
    cl.takeAll(VERB);
    const rp = (d.cut.removePauses ??= {});
    if (min) {
      const ms = readThreshold(min);
      cl.take(MIN_KEY);
      if (ms !== null && Number.isFinite(ms)) rp.minPauseMs = ms;
    } else if (cl.take(GENTLE)) {
      rp.minPauseMs ??= 1000;
    } else if (cl.take(AGGRESSIVE) || tight) {
      rp.minPauseMs ??= 300;
    }
    if (FILLER_WORDS.test(cl.raw.toLowerCase())) {
      note(d, "Filler words (um, uh) can't be told apart from speech; the pauses around them are removed instead.");
    }
  });
  // "tight cuts, remove all silence", "cut the gaps, the ones over 2 seconds", "the pauses are
  // killing me, cut them": a clause next to the request that only says how hard, which pauses, or
  // names them by a pronoun belongs to it.
  for (const i of asking) {
    refine(d, d.clauses[i - 1], false);
    refine(d, d.clauses[i + 1], true);
  }
  if (padding !== undefined) {
    if (d.cut.removePauses) d.cut.removePauses.paddingMs = Math.min(2000, padding);
    else note(d, "Padding applies to pause removal, which was not asked for; it was not used.");
  }
}

function claimWhich(cl: Clause, m: RegExpExecArray): void {
  const end = m.index + m[0].length;
  const which = cl.at(WHICH_PAUSES, end);
  if (which) cl.claim(end, end + which[0].length);
}

/** Which pauses a threshold clause is about: "the ones over 2 s", "anything longer than 1 s" (not "make it no longer than 45 s"). */
const REFERENT = /\b(?:ones?|those|them|anything|any|only|if)\b/;
/** "cut them", "snip those out": the pauses just named, by a pronoun. */
const PRONOUN = new RegExp(String.raw`\b${REMOVE_VERB}\s+(?:them|those|these|em|'em|that)(?:\s+(?:out|off|all|away|too))*\b`);

/**
 * A clause next to a pause request ("snip out the silences, not too aggressive"): how hard, which
 * pauses ("the ones over 2 seconds", only after it) or the pauses by a pronoun ("cut them").
 */
function refine(d: Draft, cl: Clause | undefined, after: boolean): void {
  const rp = d.cut.removePauses;
  if (!cl || !rp || !cl.untouched) return;
  let strength: number | null = null;
  let threshold: number | null = null;
  const found = wholly(cl, d.quotes, () => {
    if (cl.take(GENTLE)) strength = 1000;
    else if (cl.take(AGGRESSIVE)) strength = 300;
    if (after && REFERENT.test(cl.c)) {
      const min = cl.take(MIN_PAUSE);
      if (min) threshold = readThreshold(min);
      if (cl.take(PRONOUN)) strength ??= 0;
    }
    return strength !== null || threshold !== null;
  });
  if (!found) return;
  if (threshold !== null && Number.isFinite(threshold)) rp.minPauseMs = threshold;
  else if (strength) rp.minPauseMs ??= strength;
  cl.tags.add("pauses");
}

/** The "minimum" of a key ("min_pause: 0.7s"): part of the threshold. */
const MIN_KEY = /\b(?:minimum|min)\s+(?=(?:pauses?|silences?|gaps?)\b)/;

/** The pause length a MIN_PAUSE match names, in ms. */
function readThreshold(m: RegExpExecArray): number | null {
  if (m[1] !== undefined || m[2] !== undefined) return dn(m[1], m[2]);
  if (m[6] !== undefined || m[7] !== undefined) return dn(m[6], m[7]);
  return Number(m[3] ?? m[4] ?? m[5]);
}

function dn(d: string | undefined, n: string | undefined): number | null {
  if (d !== undefined) return Number(d);
  if (n !== undefined) return Math.round(Number(n) * 1000);
  return null;
}
