import type { Draft } from "../draft.js";
import { claimNegation, negationBefore } from "../negation.js";
import { wholly } from "../residue.js";
import { T } from "../tokens.js";

const FADE_WORD = /fad|淡|渐/;

/**
 * Video fades: "fade in", "fade out 2s", "a 2 second fade in", "fade to black at the end",
 * "淡入淡出". Runs after the text and music rules, which claim the fades that belong to them.
 */
const DEFAULT_MS = 1000;
/**
 * Before the fade: its length ("a 2s fade out"), where it is ("end on a fade to black", "open
 * with a fade in", "开头淡入", "结尾淡出").
 */
const ZH_PLACE = String.raw`(?:一开始|开头|开始|片头|前面|结尾|最后面?|末尾|片尾|后面)`;
const WHERE = String.raw`(?:\b(?:end|finish|close|start|open|begin)(?:s|ing)?\s+(?:(?:it|this|the\s+(?:video|clip))\s+)?(?:on|with)\s+(?:a\s+|an\s+)?|\b(?:make|have|let)\s+the\s+(?:ending|end|start|beginning|intro|outro)\s+|(?:在\s*)?${ZH_PLACE}(?:\s*(?:和|与|跟|以及)\s*${ZH_PLACE})?(?:处|的时候)?\s*(?:都|也)?\s*(?:加(?:个|上)?|做(?:个)?|来(?:个)?)?\s*)?`;
/** How it fades says nothing of its length (README: 1000 ms unless given): "a slow fade", "fade out gently". */
const MANNER_BEFORE = String.raw`(?:(?:slow|smooth|soft|gentle|gradual|nice|quick|subtle|long|short)\s+)?`;
const MANNER_AFTER = String.raw`(?:\s+(?:slowly|gently|smoothly|softly|nicely|gradually|quickly|subtly))?`;
const BEFORE = String.raw`${WHERE}${MANNER_BEFORE}(?:${T.d}\s*(?:-\s*)?)?${MANNER_BEFORE}`;
const AFTER = String.raw`${MANNER_AFTER}(?:\s*(?:over|for|of|in|during|lasting|to|[:=]|改成|改为|设为|设成|调成|调到|变成)?\s*(?:the\s+)?(?:last|first|final)?\s*${T.dn})?(?:\s+(?:at|in)\s+the\s+(?:very\s+)?(?:end|start|beginning))?`;
/** What fades ("fade it out", "fade the video in"), or an app's key mark ("fade: in 1s"). */
const SUBJECT = String.raw`(?:\s*[:=]\s*|\s+(?:(?:it|the\s+(?:video|clip)|everything)\s+)?)`;

const RULES: Array<["both" | "in" | "out", RegExp]> = [
  ["both", new RegExp(String.raw`${BEFORE}\bfad(?:e|es|ing)${SUBJECT}in\s*(?:and|&|\/|\+|n)\s*(?:fade\s+)?(?:(?:it|the\s+(?:video|clip))\s+)?out\b${AFTER}|${BEFORE}(?:淡入淡出|渐入渐出)${AFTER}`)],
  ["in", new RegExp(String.raw`${BEFORE}\bfad(?:e|es|ed|ing)${SUBJECT}(?:in\b(?:\s+from\s+black)?|from\s+black\b)${AFTER}|${BEFORE}(?:淡入|渐入|渐显)${AFTER}`)],
  ["out", new RegExp(String.raw`${BEFORE}\bfad(?:e|es|ed|ing)${SUBJECT}(?:out\b(?:\s+to\s+(?:black|white))?|to\s+(?:black|white)\b)${AFTER}|${BEFORE}(?:淡出|渐出|渐隐)${AFTER}`)],
  ["both", new RegExp(String.raw`${BEFORE}\bfad(?:e|es|ing)\b${AFTER}`)],
];

export function fades(d: Draft): void {
  // "fade in and fade out 0.5 seconds each": one length for every fade in the sentence.
  // "fade in, fade out, 0.8s each": a length for each, said in a clause of its own, is for the
  // fades of the clauses just before it.
  const each = new Map<number, number>();
  const fading = new Set(d.clauses.filter((cl) => FADE_WORD.test(cl.c)).map((cl) => cl.segment));
  d.clauses.forEach((cl, i) => {
    if (!/each|apiece|both|各/.test(cl.c)) return;
    const own = FADE_WORD.test(cl.c);
    if (!own && !(i > 0 && FADE_WORD.test(d.clauses[i - 1]!.c))) return;
    const m = own ? cl.take(EACH) : null;
    let ms: number | null = null;
    if (own) ms = eachLength(m);
    else if (wholly(cl, d.quotes, () => (ms = eachLength(cl.take(EACH))) !== null)) cl.tags.add("fade");
    if (ms === null) return;
    if (own) each.set(cl.segment, ms);
    else for (let s = d.clauses[i - 1]!.segment; fading.has(s); s--) each.set(s, ms);
  });
  d.clauses.forEach((cl, i) => {
    if (!/fad|淡|渐/.test(cl.c)) return;
    // "text 'hi' at the bottom, fades in": a verb with -s describes the overlay just named; the
    // text rules pick it up as the overlay's animation.
    if (/^[\s\u0001]*fades\b/.test(cl.c) && d.clauses[i - 1]?.tags.has("text")) return;
    const eachMs = each.get(cl.segment) ?? null;
    RULES.forEach(([rule, re], r) => {
      for (let m = cl.take(re); m; m = cl.take(re)) {
        // A bare "fade" placed at one end is that end's fade: "a quick fade at the end".
        const kind = r === RULES.length - 1 && rule === "both" ? side(m[0]) : rule;
        if (negationBefore(cl.c, m.index, cl.orig) !== null) {
          // "no fades", "remove the fade out": that fade off (in a session it may be on).
          claimNegation(cl, m.index);
          if (kind !== "out") d.fade.inMs = 0;
          if (kind !== "in") d.fade.outMs = 0;
          cl.tags.add("fade");
          continue;
        }
        const given = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
        const n = m[3] ?? m[6];
        let ms = DEFAULT_MS;
        if (n !== undefined && given === n) ms = Math.round(Number(n) * 1000);
        else if (given !== undefined) ms = Number(given);
        ms = Math.min(30_000, eachMs ?? ms);
        if (kind !== "out") d.fade.inMs = ms;
        if (kind !== "in") d.fade.outMs = ms;
        d.edited = true;
        cl.tags.add("fade");
      }
    });
  });
}

const EACH = new RegExp(String.raw`${T.dn}\s+(?:each|apiece|both)\b|\beach\s+${T.dn}|各\s*${T.d}`);

function eachLength(m: RegExpExecArray | null): number | null {
  if (!m) return null;
  const ms = m[1] ?? m[3] ?? m[5];
  const s = m[2] ?? m[4];
  const v = ms !== undefined ? Number(ms) : s !== undefined ? Math.round(Number(s) * 1000) : NaN;
  return Number.isFinite(v) ? Math.min(30_000, v) : null;
}

function side(phrase: string): "both" | "in" | "out" {
  if (/\b(?:end|ending|finish|close)\b|结尾|最后|末尾|片尾|后面/.test(phrase)) return "out";
  if (/\b(?:start|beginning|open|begin)\b|开头|片头|前面|一开始/.test(phrase)) return "in";
  return "both";
}
