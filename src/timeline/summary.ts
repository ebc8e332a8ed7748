import type { Timeline, MediaSegment } from "./schema.js";

const secs = (ms: number) => {
  const s = Math.round(ms / 100) / 10;
  return Number.isInteger(s) ? `${s}` : s.toFixed(1);
};

const span = (segs: ReadonlyArray<{ startMs: number; durationMs: number }>) => {
  if (segs.length === 0) return "empty";
  const start = Math.min(...segs.map((s) => s.startMs));
  const end = Math.max(...segs.map((s) => s.startMs + s.durationMs));
  return `${secs(start)}-${secs(end)}s`;
};

/**
 * The one-line summary of PRODUCT.md §3, e.g.
 * `Timeline (3 tracks): 1. Video: banana.mp4 (0-10s) 2. BGM: lofi.mp3 (0-10s, 35%) 3. Title: "Banana Bread!" (0-3s)`
 */
export function summarizeTimeline(t: Timeline): string {
  const name = (segs: MediaSegment[]) => {
    const ids = [...new Set(segs.map((s) => s.source))];
    return ids.map((id) => t.sources.find((s) => s.id === id)?.name ?? id).join(" + ") || "nothing";
  };
  const parts = t.tracks.map((track, i) => {
    const n = `${i + 1}.`;
    switch (track.type) {
      case 0: {
        const cuts = track.segments.length > 1 ? `, ${track.segments.length} cuts` : "";
        return `${n} Video: ${name(track.segments)} (${span(track.segments)}${cuts})`;
      }
      case 1: {
        const label = track.role === "bgm" ? "BGM" : "Audio";
        const vol = track.segments[0]?.volume ?? 1;
        const pct = vol !== 1 ? `, ${Math.round(vol * 100)}%` : "";
        return `${n} ${label}: ${name(track.segments)} (${span(track.segments)}${pct})`;
      }
      default:
        return track.segments.map((s) => `${n} Title: "${s.text}" (${span([s])})`).join(" ");
    }
  });
  return `Timeline (${t.tracks.length} track${t.tracks.length === 1 ? "" : "s"}): ${parts.join(" ")}`;
}
