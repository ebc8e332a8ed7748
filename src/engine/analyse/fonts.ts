import { execFile } from "../../shared/exec.js";

/** Which characters the text renderer can draw: code point ranges [from, to] of outline fonts. */
export interface GlyphCoverage {
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** Parses fontconfig's charset notation ("20-7e a0-2e9 2ec"), one line per font. Pure. */
export function parseCharsets(lines: readonly string[]): GlyphCoverage {
  const ranges: Array<[number, number]> = [];
  for (const line of lines) {
    for (const tok of line.trim().split(/\s+/)) {
      if (!tok) continue;
      const [a, b] = tok.split("-");
      const from = parseInt(a ?? "", 16);
      const to = b === undefined ? from : parseInt(b, 16);
      if (Number.isFinite(from) && Number.isFinite(to)) ranges.push([from, to]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ranges: merged };
}

export function covers(cov: GlyphCoverage, cp: number): boolean {
  let lo = 0;
  let hi = cov.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = cov.ranges[mid];
    if (!r) break;
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

let cached: Promise<GlyphCoverage | null> | null = null;

/**
 * What the installed outline fonts cover. Colour bitmap fonts (Noto Color Emoji) are left out on
 * purpose: libass draws outlines only, so an emoji that exists only there would come out as a box.
 * null when fontconfig cannot be asked; callers then draw everything and hope.
 */
export function glyphCoverage(): Promise<GlyphCoverage | null> {
  cached ??= execFile("fc-list", ["--format", "%{color}|%{charset}\n"], { timeoutMs: 10_000 })
    .then((res) => {
      if (res.code !== 0) return null;
      const outline = res.stdout
        .split("\n")
        .filter((l) => l.startsWith("False|"))
        .map((l) => l.slice("False|".length));
      return outline.length > 0 ? parseCharsets(outline) : null;
    })
    .catch(() => null);
  return cached;
}
