/** Half-open time intervals [startMs, endMs) and the few set operations the cut planner needs. Pure. */
export interface Span {
  startMs: number;
  endMs: number;
}

export const spanLength = (s: Span): number => s.endMs - s.startMs;

export const totalLength = (spans: readonly Span[]): number => spans.reduce((n, s) => n + spanLength(s), 0);

/** Sorted, non-empty, with overlapping or touching spans merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.endMs > s.startMs).sort((a, b) => a.startMs - b.startMs);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.startMs <= last.endMs) last.endMs = Math.max(last.endMs, s.endMs);
    else out.push({ startMs: s.startMs, endMs: s.endMs });
  }
  return out;
}

/** The parts of `base` not covered by `cut`. */
export function subtractSpans(base: readonly Span[], cut: readonly Span[]): Span[] {
  const holes = mergeSpans(cut);
  const out: Span[] = [];
  for (const b of mergeSpans(base)) {
    let from = b.startMs;
    for (const h of holes) {
      if (h.endMs <= from || h.startMs >= b.endMs) continue;
      if (h.startMs > from) out.push({ startMs: from, endMs: h.startMs });
      from = Math.max(from, h.endMs);
    }
    if (from < b.endMs) out.push({ startMs: from, endMs: b.endMs });
  }
  return out;
}

/** The parts covered by both. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  const bs = mergeSpans(b);
  for (const x of mergeSpans(a)) {
    for (const y of bs) {
      const startMs = Math.max(x.startMs, y.startMs);
      const endMs = Math.min(x.endMs, y.endMs);
      if (endMs > startMs) out.push({ startMs, endMs });
    }
  }
  return out;
}

export function clampSpans(spans: readonly Span[], min: number, max: number): Span[] {
  return mergeSpans(spans.map((s) => ({ startMs: Math.max(min, s.startMs), endMs: Math.min(max, s.endMs) })));
}
