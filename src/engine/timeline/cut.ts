import type { EditPlan } from "../../plan/schema.js";
import type { SpeechActivity } from "../analyse/speech.js";
import { clampSpans, intersectSpans, spanLength, subtractSpans, totalLength, type Span } from "./spans.js";

/** Air kept around speech when shortening gaps for a duration target and the plan set no padding. */
export const DEFAULT_PADDING_MS = 150;
/** A cut point may move this far back from the longest possible end to land in a quiet moment. */
const QUIET_SEARCH_MS = 3000;
/** Slivers shorter than this left between cuts are dropped: they would be a flash of one frame. */
const MIN_PIECE_MS = 40;

export interface CutInput {
  /** Source duration in ms. */
  durationMs: number;
  cut: EditPlan["cut"];
  speed: number;
  /** The clip's speech/silence map, or null when there is no audio to judge by. */
  speech: SpeechActivity | null;
}

export interface CutResult {
  /** Source spans the ranges and trims keep, before pauses and the duration target. */
  base: Span[];
  /** Source spans pause removal keeps, before the duration target. */
  afterPauses: Span[];
  /** Source spans kept, in order. */
  kept: Span[];
  /** Silences at least `minPauseMs` long inside the requested ranges. */
  pausesFound: Span[];
  /** What pause removal cut out. */
  pausesRemoved: Span[];
  /** What was cut from gaps to reach the duration target. */
  gapsShortened: Span[];
  /** Source ms where the end was cut for the duration target, or null. */
  endCutAtMs: number | null;
  /** The end cut falls inside speech (no quiet moment was near enough): the sound fades out. */
  endInSpeech: boolean;
  notes: string[];
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10}`;

/**
 * Plan + the clip's speech map → the source spans to keep, in the order PRODUCT.md fixes:
 * ranges and trims, then pauses, then the duration target. Pure.
 */
export function planCut(input: CutInput): CutResult {
  const { durationMs: D, cut } = input;
  const notes: string[] = [];
  let kept = cut.ranges ? clampSpans(cut.ranges, 0, D) : [{ startMs: 0, endMs: D }];
  if (kept.length === 0) {
    notes.push("None of the requested ranges lies inside the clip, so the whole clip was kept.");
    kept = [{ startMs: 0, endMs: D }];
  }
  const trimmed = subtractSpans(kept, [
    { startMs: 0, endMs: cut.trimStartMs },
    { startMs: D - cut.trimEndMs, endMs: D },
  ]);
  if (totalLength(trimmed) > 0) kept = trimmed;
  else if (cut.trimStartMs > 0 || cut.trimEndMs > 0)
    notes.push("The trims would remove the whole clip, so they were skipped.");

  const base = kept;
  const speech = input.speech?.hasSpeech ? input.speech : null;
  const padding = cut.removePauses?.paddingMs ?? DEFAULT_PADDING_MS;
  let pausesFound: Span[] = [];
  let pausesRemoved: Span[] = [];
  if (cut.removePauses) {
    if (!speech) {
      notes.push(`No pauses were trimmed: ${input.speech?.reason ?? "the clip has no sound to judge pauses by"}.`);
    } else {
      const pauses = removablePauses(kept, speech, cut.removePauses.minPauseMs, padding);
      pausesFound = pauses.found;
      pausesRemoved = pauses.removed;
      kept = subtractSpans(kept, pausesRemoved).filter((s) => spanLength(s) >= MIN_PIECE_MS);
    }
  }

  const afterPauses = kept;
  let gapsShortened: Span[] = [];
  let endCutAtMs: number | null = null;
  let endInSpeech = false;
  const target = cut.targetDurationMs;
  if (target !== null) {
    // The target is the output's length; cuts happen in source time, which speed stretches.
    const contentTarget = Math.round(target * input.speed);
    const total = totalLength(kept);
    if (total > contentTarget) {
      const fit = fitToDuration(kept, speech, padding, contentTarget);
      kept = fit.kept;
      gapsShortened = fit.gapsShortened;
      endCutAtMs = fit.endCutAtMs;
      endInSpeech = fit.endInSpeech;
      const fromGaps = totalLength(gapsShortened);
      const fromEnd = total - contentTarget - fromGaps;
      const how = [
        fromGaps > 0 ? `${secs(fromGaps / input.speed)} s from gaps` : "",
        fromEnd > 0 ? `${secs(fromEnd / input.speed)} s from the end` : "",
      ].filter(Boolean);
      notes.push(`Cut to ${secs(target)} s: took ${how.join(" and ")}.`);
      if (endInSpeech)
        notes.push(`No quiet moment was near the ${secs(target)} s mark, so the end cuts into sound and fades out.`);
    } else if (total < contentTarget && cut.durationMode === "exact") {
      notes.push(
        `After the cuts the clip is ${secs(total / input.speed)} s, shorter ` +
          `than the ${secs(target)} s asked for; it was not stretched.`,
      );
    }
  }
  return { base, afterPauses, kept, pausesFound, pausesRemoved, gapsShortened, endCutAtMs, endInSpeech, notes };
}

/**
 * Silences of at least `minPauseMs` inside the kept spans, and the part of each that goes: all of
 * it but `padding` of air on every side that touches speech (a cut must not clip a word's end).
 */
function removablePauses(
  kept: Span[],
  speech: SpeechActivity,
  minPauseMs: number,
  padding: number,
): { found: Span[]; removed: Span[] } {
  const found: Span[] = [];
  const removed: Span[] = [];
  for (const k of kept) {
    for (const s of intersectSpans(speech.silences, [k])) {
      if (spanLength(s) < minPauseMs) continue;
      found.push(s);
      const from = s.startMs + (s.startMs > k.startMs ? padding : 0);
      const to = s.endMs - (s.endMs < k.endMs ? padding : 0);
      if (to > from) removed.push({ startMs: from, endMs: to });
    }
  }
  return { found, removed };
}

/** A stretch of kept content, in source and content (kept-only) time. */
interface Piece {
  src: Span;
  contentStartMs: number;
  silent: boolean;
  /** Air that must stay on the left/right: 0 at the very start/end of the content, else padding. */
  padBefore: number;
  padAfter: number;
}

function piecesOf(kept: Span[], speech: SpeechActivity | null, padding: number): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const first = kept[0];
  const last = kept[kept.length - 1];
  for (const k of kept) {
    const silences = speech ? intersectSpans(speech.silences, [k]) : [];
    const loud = subtractSpans([k], silences);
    const parts = [...silences.map((s) => ({ s, silent: true })), ...loud.map((s) => ({ s, silent: false }))].sort(
      (a, b) => a.s.startMs - b.s.startMs,
    );
    for (const p of parts) {
      pieces.push({
        src: p.s,
        contentStartMs: at,
        silent: p.silent,
        padBefore: k === first && p.s.startMs === k.startMs ? 0 : padding,
        padAfter: k === last && p.s.endMs === k.endMs ? 0 : padding,
      });
      at += spanLength(p.s);
    }
  }
  return pieces;
}

const slackOf = (p: Piece) => (p.silent ? Math.max(0, spanLength(p.src) - p.padBefore - p.padAfter) : 0);

/**
 * Brings the kept content down to `target` ms: the longest gaps are shortened first (never below
 * their padding), and only what they cannot give is trimmed from the end, at a quiet moment when
 * one is within reach. Exact by construction: the result is `target` ms long.
 */
function fitToDuration(kept: Span[], speech: SpeechActivity | null, padding: number, target: number) {
  const pieces = piecesOf(kept, speech, padding);
  const total = totalLength(kept);
  const allSlack = pieces.reduce((n, p) => n + slackOf(p), 0);

  // Where the content ends, in content time: the end itself when gaps can absorb the excess, else
  // the latest feasible point, preferring a quiet one. A cut at Q is feasible when the gaps before
  // Q can absorb Q - target: target <= Q <= target + slack(before Q).
  let endQ = total;
  let endInSpeech = false;
  if (total - allSlack > target) {
    let best = -1;
    let quiet = -1;
    let slackBefore = 0;
    for (const p of pieces) {
      const c0 = p.contentStartMs;
      const c1 = c0 + spanLength(p.src);
      const hi = Math.min(c1, target + slackBefore);
      if (hi >= Math.max(c0, target)) {
        best = Math.max(best, hi);
        const quietFrom = c0 + (p.silent ? Math.min(p.padBefore, spanLength(p.src) / 2) : Infinity);
        if (p.silent && hi >= Math.max(quietFrom, target)) quiet = Math.max(quiet, hi);
      }
      slackBefore += slackOf(p);
    }
    // best >= target always: the piece holding content time `target` is feasible.
    if (quiet >= 0 && quiet >= best - QUIET_SEARCH_MS) endQ = quiet;
    else {
      endQ = best;
      endInSpeech = speech !== null;
    }
  }
  endQ = Math.round(endQ);

  // Gaps wholly before the end give up `endQ - target`, longest first.
  const gaps = pieces.filter((p) => p.silent && p.contentStartMs + spanLength(p.src) <= endQ && slackOf(p) > 0);
  const cuts = waterFill(
    gaps.map((g) => ({ length: spanLength(g.src), slack: slackOf(g) })),
    endQ - target,
  );
  const gapsShortened: Span[] = [];
  gaps.forEach((g, i) => {
    const x = cuts[i] ?? 0;
    if (x <= 0) return;
    const L = spanLength(g.src);
    // Keep the padding on the sides that need it and take the rest from the middle.
    let from: number;
    if (g.padBefore > 0 && g.padAfter > 0) from = g.src.startMs + Math.round((L - x) / 2);
    else if (g.padBefore > 0) from = g.src.endMs - x;
    else from = g.src.startMs;
    gapsShortened.push({ startMs: from, endMs: from + x });
  });

  const endSrc = contentToSource(pieces, endQ);
  const trimmedEnd = endQ < total ? subtractSpans(kept, [{ startMs: endSrc, endMs: Number.MAX_SAFE_INTEGER }]) : kept;
  return {
    kept: subtractSpans(trimmedEnd, gapsShortened).filter((s) => spanLength(s) > 0),
    gapsShortened,
    endCutAtMs: endQ < total ? endSrc : null,
    endInSpeech: endQ < total && endInSpeech,
  };
}

function contentToSource(pieces: Piece[], q: number): number {
  for (const p of pieces) {
    const len = spanLength(p.src);
    if (q <= p.contentStartMs + len) return p.src.startMs + Math.max(0, q - p.contentStartMs);
  }
  const last = pieces[pieces.length - 1];
  return last ? last.src.endMs : 0;
}

/**
 * Shortens gaps so their lengths come down to a common level, longest first, each by at most its
 * slack, removing `need` ms in all. Integer ms; the rounding remainder goes to the longest gaps.
 */
export function waterFill(gaps: ReadonlyArray<{ length: number; slack: number }>, need: number): number[] {
  if (need <= 0 || gaps.length === 0) return gaps.map(() => 0);
  const floor = gaps.map((g) => g.length - g.slack);
  const removedAt = (level: number) =>
    gaps.reduce((n, g, i) => n + Math.max(0, g.length - Math.max(level, floor[i] ?? 0)), 0);
  let lo = 0;
  let hi = Math.max(...gaps.map((g) => g.length));
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (removedAt(mid) > need) lo = mid;
    else hi = mid;
  }
  const cuts = gaps.map((g, i) => Math.min(g.slack, Math.max(0, Math.floor(g.length - Math.max(hi, floor[i] ?? 0)))));
  let rest = need - cuts.reduce((a, b) => a + b, 0);
  const order = gaps
    .map((_, i) => i)
    .sort((a, b) => (gaps[b]?.length ?? 0) - (cuts[b] ?? 0) - ((gaps[a]?.length ?? 0) - (cuts[a] ?? 0)));
  for (let pass = 0; rest > 0 && pass < 4; pass++) {
    for (const i of order) {
      if (rest <= 0) break;
      const room = (gaps[i]?.slack ?? 0) - (cuts[i] ?? 0);
      if (room <= 0) continue;
      const take = Math.min(room, rest, pass === 0 ? 1 : rest);
      cuts[i] = (cuts[i] ?? 0) + take;
      rest -= take;
    }
  }
  return cuts;
}
