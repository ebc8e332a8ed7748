/**
 * A normalized string that remembers, for every character, where it came from in the text the
 * user typed. Rules match on the normalized form ("ten secs" → a duration token); anything left
 * unmatched is quoted back in `unrecognized` exactly as it was typed, which needs this map.
 */
export interface Mapped {
  readonly text: string;
  /** map[i] = raw offset of text[i]; map[text.length] = raw end. */
  readonly map: readonly number[];
}

export function fromRaw(raw: string, offset = 0): Mapped {
  const map = new Array<number>(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) map[i] = offset + i;
  return { text: raw, map };
}

/**
 * Replaces every match of the global regex `re` by `fn(match)` (null keeps the match). Replacement
 * characters map to the raw start of what they replaced, so a token still points at its source.
 */
export function replaceMapped(m: Mapped, re: RegExp, fn: (match: RegExpExecArray) => string | null): Mapped {
  re.lastIndex = 0;
  let match = re.exec(m.text);
  if (!match) return m;
  let text = "";
  const map: number[] = [];
  let last = 0;
  while (match) {
    const start = match.index;
    const end = start + match[0].length;
    const rep = fn(match);
    if (rep !== null) {
      text += m.text.slice(last, start);
      for (let i = last; i < start; i++) map.push(m.map[i]!);
      text += rep;
      const at = m.map[start]!;
      for (let i = 0; i < rep.length; i++) map.push(at);
      last = end;
    }
    if (end === start) re.lastIndex++;
    match = re.exec(m.text);
  }
  text += m.text.slice(last);
  for (let i = last; i <= m.text.length; i++) map.push(m.map[i]!);
  return { text, map };
}

/** Per-character mapping: `fn` turns one code point into zero or more characters. */
export function mapChars(m: Mapped, fn: (ch: string, code: number) => string): Mapped {
  let text = "";
  const map: number[] = [];
  const src = m.text;
  for (let i = 0; i < src.length; ) {
    const code = src.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const out = fn(width === 1 ? src[i]! : src.slice(i, i + 2), code);
    text += out;
    for (let k = 0; k < out.length; k++) map.push(m.map[i]!);
    i += width;
  }
  map.push(m.map[src.length]!);
  return { text, map };
}
