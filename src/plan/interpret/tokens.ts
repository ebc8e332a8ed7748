/**
 * Canonical tokens. Normalization rewrites quantities into tokens so rules match one shape
 * instead of every way of writing it: "ten secs", "0:10", "10s" and "十秒" all become the duration
 * token `⟨d10000⟩`. Tokens are delimited by private-use characters, which `sanitize` strips from
 * input, so a user cannot type one.
 */
export const OPEN = "\uE000";
export const CLOSE = "\uE001";

export type TokenKind =
  | "q" // quote index
  | "d" // duration in ms
  | "n" // bare number
  | "p" // percent
  | "x" // speed multiplier
  | "a" // aspect ratio "9:16"
  | "r"; // resolution, short side in px

export const token = (kind: TokenKind, value: string | number) => `${OPEN}${kind}${value}${CLOSE}`;

/** Regex sources (one capture group: the value) for use inside larger rules. */
export const T = {
  q: String.raw`\uE000q(\d+)\uE001`,
  d: String.raw`\uE000d(\d+)\uE001`,
  n: String.raw`\uE000n(\d+(?:\.\d+)?)\uE001`,
  p: String.raw`\uE000p(\d+(?:\.\d+)?)\uE001`,
  x: String.raw`\uE000x(\d+(?:\.\d+)?)\uE001`,
  a: String.raw`\uE000a(\d+:\d+)\uE001`,
  r: String.raw`\uE000r(\d+)\uE001`,
  /** A duration, or a bare number read as seconds ("cut it to 10"): two groups, d then n. */
  dn: String.raw`(?:\uE000d(\d+)\uE001|\uE000n(\d+(?:\.\d+)?)\uE001)`,
} as const;

/** Reads a `dn` pair of groups as milliseconds (a bare number means seconds). */
export function dnMs(d: string | undefined, n: string | undefined): number | null {
  if (d !== undefined) return Number(d);
  if (n !== undefined) {
    const v = Number(n);
    return Number.isFinite(v) && v <= 24 * 3600 ? Math.round(v * 1000) : null;
  }
  return null;
}

/** `rx\`…\`` builds a regex from raw source; `${T.d}` style pieces compose rules. */
export function rx(flags: string) {
  return (strings: TemplateStringsArray, ...parts: string[]): RegExp => {
    let src = strings.raw[0]!;
    for (let i = 0; i < parts.length; i++) src += parts[i]! + strings.raw[i + 1]!;
    return new RegExp(src, flags);
  };
}
