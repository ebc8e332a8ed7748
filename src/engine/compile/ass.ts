import type { TextSegment } from "../../timeline/schema.js";

/**
 * Texts as an ASS subtitle script for libass (ffmpeg's `ass` filter). libass over drawtext because
 * it falls back through fontconfig per glyph (Latin, CJK in one line), animates (\t, \fad), and
 * reads the text from a file, so user text never enters the filter graph. Pure.
 */

type Style = TextSegment["style"];

interface Look {
  /** Font size as a fraction of the frame's short side. */
  size: number;
  bold: boolean;
  /** ASS colours are &HAABBGGRR. */
  primary: string;
  outlineColour: string;
  backColour: string;
  /** Outline and shadow as fractions of the font size. */
  outline: number;
  shadow: number;
  /** 1 = outline + shadow, 3 = opaque box behind the text. */
  borderStyle: 1 | 3;
}

const LOOKS: Record<Style, Look> = {
  // Big, bold, sunny yellow with a thick black outline: reads on any footage.
  fun: {
    size: 0.095,
    bold: true,
    primary: "&H0033E1FF",
    outlineColour: "&H00000000",
    backColour: "&H80000000",
    outline: 0.11,
    shadow: 0.05,
    borderStyle: 1,
  },
  bold: {
    size: 0.085,
    bold: true,
    primary: "&H00FFFFFF",
    outlineColour: "&H00000000",
    backColour: "&H80000000",
    outline: 0.07,
    shadow: 0.03,
    borderStyle: 1,
  },
  clean: {
    size: 0.065,
    bold: false,
    primary: "&H00FFFFFF",
    outlineColour: "&H60000000",
    backColour: "&HA0000000",
    outline: 0.03,
    shadow: 0.03,
    borderStyle: 1,
  },
  // Subtitle-like: white on a translucent box.
  caption: {
    size: 0.052,
    bold: false,
    primary: "&H00FFFFFF",
    outlineColour: "&H64000000",
    backColour: "&H64000000",
    outline: 0.25,
    shadow: 0,
    borderStyle: 3,
  },
};

const LATIN_FONT = "DejaVu Sans";

/** CJK text uses a CJK family for all of it, so Latin and Han glyphs share one design. */
function fontFor(text: string): string {
  if (/[\u3040-\u30ff]/u.test(text)) return "Noto Sans CJK JP";
  if (/[\uac00-\ud7af\u1100-\u11ff]/u.test(text)) return "Noto Sans CJK KR";
  if (/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u.test(text)) return "Noto Sans CJK SC";
  return LATIN_FONT;
}

export interface SafeArea {
  /** Fractions of the frame height kept clear of text at the top and bottom. */
  top: number;
  bottom: number;
}

/** 9:16 apps put their UI over the top 10% and bottom 20%; other frames need less. */
export function safeAreaFor(width: number, height: number): SafeArea {
  return height / width >= 1.5 ? { top: 0.1, bottom: 0.2 } : { top: 0.06, bottom: 0.1 };
}

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  cp >= 0x1f000;

/**
 * Advance width of a character in em, on the wide side of DejaVu Sans Bold (the widest face we
 * use), so lines wrapped by this estimate really fit.
 */
function charEm(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1.0;
  let w: number;
  if (ch === " ") w = 0.35;
  else if (/[ilj.,:;'!|]/.test(ch)) w = 0.36;
  else if (/[mwMW@]/.test(ch)) w = 1.0;
  else if (/[A-Z0-9]/.test(ch)) w = 0.78;
  else w = 0.66;
  return bold ? w : w * 0.92;
}

const widthEm = (s: string, bold: boolean) => Array.from(s).reduce((n, ch) => n + charEm(ch, bold), 0);

/** A unit that is never split, and whether a space stood before it in the text. */
interface Token {
  text: string;
  spaced: boolean;
}

/** Break opportunities: spaces, and between any two wide (CJK) characters. */
function tokens(line: string): Token[] {
  const out: Token[] = [];
  let cur = "";
  let spaced = false;
  const flush = () => {
    if (cur) out.push({ text: cur, spaced });
    cur = "";
    spaced = false;
  };
  for (const ch of Array.from(line)) {
    if (ch === " ") {
      flush();
      spaced = out.length > 0;
    } else if (isWide(ch.codePointAt(0) ?? 0)) {
      // A pending space belongs to this character only if no word came between.
      const before = cur ? false : spaced;
      flush();
      out.push({ text: ch, spaced: before });
    } else cur += ch;
  }
  flush();
  return out;
}

function greedyWrap(toks: Token[], maxEm: number, bold: boolean): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const t of toks) {
    const next = cur ? `${cur}${t.spaced ? " " : ""}${t.text}` : t.text;
    if (cur && widthEm(next, bold) > maxEm) {
      lines.push(cur);
      cur = t.text;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wraps to `maxEm` with lines of even length (a two-line title with one word on the second line
 * looks broken): the narrowest width that still gives the greedy line count.
 */
export function wrapText(text: string, maxEm: number, bold: boolean): string[] {
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    const toks = tokens(para.trim());
    if (toks.length === 0) continue;
    const greedy = greedyWrap(toks, maxEm, bold);
    let lo = Math.max(...toks.map((t) => widthEm(t.text, bold)));
    let hi = maxEm;
    for (let i = 0; i < 20 && hi - lo > 0.05; i++) {
      const mid = (lo + hi) / 2;
      if (greedyWrap(toks, mid, bold).length <= greedy.length) hi = mid;
      else lo = mid;
    }
    lines.push(...greedyWrap(toks, Math.min(maxEm, hi), bold));
  }
  return lines;
}

/**
 * Text for an ASS Dialogue line: `{`/`}` would open override tags and `\` could start one
 * (`\N`, `\fs`), so braces are escaped (libass reads `\{` as a literal brace) and a word joiner
 * follows every backslash. Line breaks and controls cannot start a new script line.
 */
export function escapeAssText(s: string): string {
  return s
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ")
    .replace(/\\/g, "\\\u2060")
    .replace(/\{/g, "\\{")
    .replace(/\}/g, "\\}");
}

const cs = (ms: number) => {
  const t = Math.max(0, Math.round(ms / 10));
  const h = Math.floor(t / 360000);
  const m = Math.floor((t % 360000) / 6000);
  const s = Math.floor((t % 6000) / 100);
  const c = t % 100;
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(c).padStart(2, "0")}`;
};

/** How much of the frame width a line may take by our estimate; libass's own margins allow 90%. */
const LINE_WIDTH = 0.84;
/** Pop overshoot: small enough that a line at LINE_WIDTH never crosses the 90% margins. */
const POP_OVERSHOOT = 106;

function animationTags(anim: TextSegment["animation"], durationMs: number): string {
  switch (anim) {
    case "pop": {
      const grow = Math.min(160, durationMs / 3);
      const settle = Math.min(260, durationMs / 2);
      const overshoot = `\\fscx${POP_OVERSHOOT}\\fscy${POP_OVERSHOOT}`;
      const [g, st] = [Math.round(grow), Math.round(settle)];
      return `\\fad(60,120)\\fscx30\\fscy30\\t(0,${g},${overshoot})\\t(${g},${st},\\fscx100\\fscy100)`;
    }
    case "fade": {
      const f = Math.round(Math.min(300, durationMs / 3));
      return `\\fad(${f},${f})`;
    }
    case "none":
      return "";
  }
}

export interface AssLayout {
  width: number;
  height: number;
}

/** "bigger text" / "smaller text": a step either side of the style's own size. */
const SIZE_SCALE: Record<TextSegment["size"], number> = { small: 0.75, medium: 1, large: 1.35 };

/** Lays out one text: font, size (shrunk until it fits its share of the safe area), lines, position. */
function layout(seg: TextSegment, frame: AssLayout, safe: SafeArea) {
  const look = LOOKS[seg.style];
  const short = Math.min(frame.width, frame.height) * SIZE_SCALE[seg.size];
  const maxLineEm = (px: number) => (frame.width * LINE_WIDTH - 2 * look.outline * px) / px;
  // A top or bottom text may take a third of the frame's height; a centred one (centred on the
  // frame) as much as stays clear of both unsafe bands.
  const maxBlock =
    seg.position === "center" ? frame.height * 2 * (0.5 - Math.max(safe.top, safe.bottom)) : frame.height * 0.33;
  let size = Math.round(short * look.size);
  let lines = wrapText(seg.text, maxLineEm(size), look.bold);
  for (let i = 0; i < 30; i++) {
    const widest = Math.max(...lines.map((l) => widthEm(l, look.bold)));
    const fits = widest <= maxLineEm(size) && lines.length * size * 1.25 <= maxBlock;
    if (fits || size <= 16) break;
    size = Math.max(16, Math.floor(size * 0.92));
    lines = wrapText(seg.text, maxLineEm(size), look.bold);
  }
  return { look, size, lines, font: fontFor(seg.text) };
}

/** The whole script for the texts of one render, frame-sized (PlayRes = output pixels). */
export function buildAss(texts: readonly TextSegment[], frame: AssLayout): string {
  const { width: W, height: H } = frame;
  const safe = safeAreaFor(W, H);
  const margin = Math.round(W * 0.05);
  const styles = (Object.keys(LOOKS) as Style[]).map((name) => {
    const l = LOOKS[name];
    const size = Math.round(Math.min(W, H) * l.size);
    return [
      `Style: ${name}`,
      LATIN_FONT,
      size,
      l.primary,
      "&H000000FF",
      l.outlineColour,
      l.backColour,
      l.bold ? -1 : 0,
      0,
      0,
      0,
      100,
      100,
      0,
      0,
      l.borderStyle,
      Math.round(l.outline * size),
      Math.round(l.shadow * size),
      8,
      margin,
      margin,
      0,
      1,
    ].join(",");
  });
  const events = texts.map((seg) => {
    const { look, size, lines, font } = layout(seg, frame, safe);
    // Alignment and margins rather than \pos: libass then stacks texts that would overlap.
    let align: string;
    let marginV = 0;
    if (seg.position === "top") {
      align = "\\an8";
      marginV = Math.round(H * (safe.top + 0.02));
    } else if (seg.position === "bottom") {
      align = "\\an2";
      marginV = Math.round(H * (safe.bottom + 0.02));
    } else align = "\\an5";
    const font_ = font === LATIN_FONT ? "" : `\\fn${font}`;
    const sizing = `\\fs${size}\\bord${Math.round(look.outline * size)}\\shad${Math.round(look.shadow * size)}`;
    const tags = `{${align}${font_}${sizing}${animationTags(seg.animation, seg.durationMs)}}`;
    const body = lines.map(escapeAssText).join("\\N");
    const times = `${cs(seg.startMs)},${cs(seg.startMs + seg.durationMs)}`;
    return `Dialogue: 0,${times},${seg.style},,${margin},${margin},${marginV},,${tags}${body}`;
  });
  return [
    "[Script Info]",
    "ScriptType: v4.00+",
    `PlayResX: ${W}`,
    `PlayResY: ${H}`,
    // Lines are broken here, by estimate; libass only wraps further if a line still overflows.
    "WrapStyle: 0",
    "ScaledBorderAndShadow: yes",
    "",
    "[V4+ Styles]",
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, " +
      "OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, " +
      "ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
    ...styles,
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
    ...events,
    "",
  ].join("\n");
}
