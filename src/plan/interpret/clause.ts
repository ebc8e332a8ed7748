import { canonicalize } from "./canon.js";

/** What rules blank out once they have used it, so no later rule reads the same words again. */
export const USED = "\u0001";

/**
 * One request inside an instruction ("add text 'hi' at the top"), in canonical form. Rules read it
 * with `find` and claim what they used with `take`; whatever no rule claimed is reported back in
 * `unrecognized`. Claiming blanks the characters but keeps the length, so the map stays valid.
 */
export class Clause {
  /** Canonical text; claimed characters are blanked to USED. */
  c: string;
  /** Canonical text before any claim: context for rules ("is there a removal verb before this?"). */
  readonly orig: string;
  readonly map: readonly number[];
  /** Index of the punctuation-delimited segment it came from (clauses in one segment are one sentence). */
  readonly segment: number;
  /** Raw (quote-masked) text, for reporting. */
  readonly raw: string;
  readonly rawStart: number;
  /** Which features this clause asked for ("text", "music"): later rules read each other's findings. */
  readonly tags = new Set<string>();

  constructor(raw: string, rawStart: number, segment: number) {
    const m = canonicalize(raw, rawStart);
    this.c = m.text;
    this.orig = m.text;
    this.map = m.map;
    this.raw = raw;
    this.rawStart = rawStart;
    this.segment = segment;
  }

  find(re: RegExp): RegExpExecArray | null {
    re.lastIndex = 0;
    return re.exec(this.c);
  }

  has(re: RegExp): boolean {
    re.lastIndex = 0;
    return re.test(this.c);
  }

  /** Finds and claims the first match. */
  take(re: RegExp): RegExpExecArray | null {
    const m = this.find(re);
    if (m) this.claim(m.index, m.index + m[0].length);
    return m;
  }

  /** Like `find`, but only inside canonical span [from, to); the index is in clause coordinates. */
  findIn(re: RegExp, from: number, to: number): RegExpExecArray | null {
    re.lastIndex = 0;
    const m = re.exec(this.c.slice(from, to));
    if (m) m.index += from;
    return m;
  }

  takeIn(re: RegExp, from: number, to: number): RegExpExecArray | null {
    const m = this.findIn(re, from, to);
    if (m) this.claim(m.index, m.index + m[0].length);
    return m;
  }

  /** A match of sticky regex `re` starting exactly at `index` (no copy of the text). */
  at(re: RegExp, index: number, text = this.c): RegExpExecArray | null {
    re.lastIndex = index;
    return re.exec(text);
  }

  /** True when no rule has claimed anything in this clause. */
  get untouched(): boolean {
    return !this.c.includes(USED);
  }

  /** Every match of a global regex, without claiming. */
  findAll(re: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(this.c); m; m = re.exec(this.c)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }

  /** Finds and claims every match of a global regex. */
  takeAll(re: RegExp): RegExpExecArray[] {
    const out = this.findAll(re);
    for (const x of out) this.claim(x.index, x.index + x[0].length);
    return out;
  }

  claim(start: number, end: number): void {
    if (end <= start) return;
    this.c = this.c.slice(0, start) + USED.repeat(end - start) + this.c.slice(end);
  }

  /** Gives a span back to the other rules, as it was before any claim. */
  release(start: number, end: number): void {
    this.c = this.c.slice(0, start) + this.orig.slice(start, end) + this.c.slice(end);
  }

  /** The raw text behind canonical span [start, end). */
  rawOf(start: number, end: number): string {
    const a = this.map[start]! - this.rawStart;
    const b = this.map[end]! - this.rawStart;
    return this.raw.slice(a, Math.max(a, b));
  }
}
