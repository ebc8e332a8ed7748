import type { TextOverlay } from "../../plan/schema.js";
import type { TextSegment } from "../../timeline/schema.js";
import { covers, type GlyphCoverage } from "../analyse/fonts.js";

/** Invisible joiners and selectors that belong to an emoji sequence; they go when the emoji goes. */
const JOINERS = new Set([0x200d, 0xfe0e, 0xfe0f, 0x20e3]);
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;
const isTagChar = (cp: number) => cp >= 0xe0020 && cp <= 0xe007f;
/** Whitespace and controls need no glyph. */
const needsGlyph = (cp: number) => cp > 0x20 && !(cp >= 0x7f && cp <= 0xa0) && cp !== 0x200b && cp !== 0x2060;

/**
 * Removes what no installed outline font can draw (colour emoji, mostly), with the joiners and
 * modifiers that belonged to it, so the viewer sees no empty boxes. Pure.
 */
export function dropUndrawable(text: string, coverage: GlyphCoverage | null): { text: string; dropped: string[] } {
  if (!coverage) return { text, dropped: [] };
  const cps = Array.from(text);
  const keep: string[] = [];
  const dropped: string[] = [];
  let dropping = false;
  let prevCp = -1;
  for (const ch of cps) {
    const cp = ch.codePointAt(0) ?? 0;
    const afterJoiner = prevCp === 0x200d;
    prevCp = cp;
    const modifier = JOINERS.has(cp) || isSkinTone(cp) || isTagChar(cp);
    if (modifier) {
      // A joiner or modifier after a dropped emoji belongs to it (👩‍🍳, 👍🏽); otherwise it is kept.
      if (dropping) dropped[dropped.length - 1] += ch;
      else keep.push(ch);
      continue;
    }
    if (needsGlyph(cp) && !covers(coverage, cp)) {
      if (dropping && afterJoiner) dropped[dropped.length - 1] += ch;
      else dropped.push(ch);
      dropping = true;
      continue;
    }
    dropping = false;
    keep.push(ch);
  }
  return {
    text: keep
      .join("")
      .replace(/\s{2,}/g, " ")
      .trim(),
    dropped,
  };
}

/**
 * Places the plan's texts on the output timeline of `durationMs`. With anchor `end` the times
 * count back from the end: {startMs: 0, endMs: 3000} is the last three seconds, and so is
 * {startMs: 3000, endMs: null}. Pure.
 */
export function placeTexts(
  texts: readonly TextOverlay[],
  durationMs: number,
  coverage: GlyphCoverage | null,
): { segments: TextSegment[]; notes: string[] } {
  const segments: TextSegment[] = [];
  const notes: string[] = [];
  for (const t of texts) {
    let from: number;
    let to: number;
    if (t.anchor === "end") {
      const a = durationMs - t.startMs;
      const b = t.endMs === null ? durationMs : durationMs - t.endMs;
      // Written either way round, the span is the one between the two marks.
      from = Math.min(a, b);
      to = Math.max(a, b);
      if (from === to) from = 0;
    } else {
      from = t.startMs;
      to = t.endMs === null ? durationMs : t.endMs;
    }
    from = Math.max(0, Math.min(from, durationMs));
    to = Math.max(0, Math.min(to, durationMs));
    const label = `"${t.text}"`;
    if (to <= from) {
      notes.push(
        `The text ${label} falls outside the ${Math.round(durationMs / 100) / 10} s output and was not shown.`,
      );
      continue;
    }
    const { text, dropped } = dropUndrawable(t.text, coverage);
    if (dropped.length > 0) {
      notes.push(
        `The text ${label} has characters no installed font can draw (${dropped.join(" ")}); they were left out.`,
      );
    }
    if (!text) continue;
    segments.push({
      text,
      startMs: from,
      durationMs: to - from,
      position: t.position,
      style: t.style,
      animation: t.animation,
      size: t.size,
    });
  }
  return { segments, notes };
}
