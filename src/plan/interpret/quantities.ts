import { replaceMapped, type Mapped } from "./mapped.js";
import { token } from "./tokens.js";

/**
 * Quantities → tokens, in an order that resolves their overlaps: aspect ratios before clock
 * times ("9:16" is a frame, "0:16" a time), resolutions before bare numbers ("720p"), durations
 * before bare numbers. Input is lower-case with numbers already in digits.
 */

const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const U_MS = String.raw`milliseconds?|millis?|msecs?|ms|毫秒`;
const U_S = String.raw`seconds?|secs?|sek|s|秒钟|秒`;
const U_M = String.raw`minutes?|mins?|m|分钟|分`;
const U_H = String.raw`hours?|hrs?|h|小时`;

const KNOWN_ASPECTS = new Set(["9:16", "16:9", "1:1", "4:5", "5:4", "4:3", "3:4", "2:3", "3:2", "21:9"]);

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

const RULES: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  // Frame sizes: "1080x1920", "1920 × 1080", "720 by 1280" — an aspect and a short side, so they
  // are read before bare numbers (else "1080" would become an 18-minute target).
  [
    /(?<![\d.])(\d{3,4})\s*(?:x|×|by|\*)\s*(\d{3,4})(?![\d])/g,
    (m) => {
      const [w, h] = [Number(m[1]), Number(m[2])];
      const g = gcd(w, h);
      const pair = `${w / g}:${h / g}`;
      return KNOWN_ASPECTS.has(pair) ? ` ${token("a", pair)} ${token("r", Math.min(w, h))} ` : null;
    },
  ],
  // Aspect ratios: "9:16", "16x9", "9 by 16".
  [
    /(?<![\d.:])(\d{1,2})\s*(?::|x|×|by)\s*(\d{1,2})(?![\d:])/g,
    (m) => {
      const pair = `${Number(m[1])}:${Number(m[2])}`;
      return KNOWN_ASPECTS.has(pair) ? ` ${token("a", pair)} ` : null;
    },
  ],
  // Resolutions: "720p", "1080 p", "4k".
  [/(?<![\d.])(\d{3,4})\s*p(?![a-z])/g, (m) => token("r", Number(m[1]))],
  [/(?<![\d.])([248])\s*k(?![a-z])/g, (m) => token("r", { "2": 1440, "4": 2160, "8": 4320 }[m[1]!] ?? 2160)],
  // Clock times: "0:10", "1:20", "00:01:05", "0:03.5".
  [
    /(?<![\d:.a-z\uE000])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\d:])/g,
    (m) => {
      const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
      const frac = m[4] ? Number(`0.${m[4]}`) : 0;
      const s = c === null ? a * 60 + b : a * 3600 + b * 60 + c;
      return ` ${token("d", Math.round((s + frac) * 1000))} `;
    },
  ],
  // Speed multipliers: "2x", "x2", "1.5 ×", "2倍速", "3 times".
  [new RegExp(String.raw`(?<![\d.])${NUM}\s*(?:x|×)(?![a-z\d])`, "g"), (m) => ` ${token("x", Number(m[1]))} `],
  [/(?<![a-z\d\uE000])[x×]\s*(\d+(?:\.\d+)?)(?![\d.:])/g, (m) => ` ${token("x", Number(m[1]))} `],
  [new RegExp(String.raw`(?<![\d.])${NUM}\s*(?:倍速?|times\b)`, "g"), (m) => ` ${token("x", Number(m[1]))} `],
  // Percentages.
  [new RegExp(String.raw`(?<![\d.])${NUM}\s*(?:%|percent\b|per cent\b|pct\b)`, "g"), (m) => ` ${token("p", Number(m[1]))} `],
  // Spoken halves and ones: "half a minute", "a minute and a half", "a second".
  [
    /\bhalf[\s-]+(?:an?[\s-]+)?(hour|minute|min|second|sec)s?\b/g,
    (m) => ` ${token("d", unitMs(m[1]!) / 2)} `,
  ],
  // "a minute and 20 seconds", "an hour and a half".
  [
    /\b(?:an?|one)\s+(hour|minute|min|second|sec)(?:(\s+and\s+a\s+half)|\s+(?:and\s+)?(\d{1,2}(?:\.\d+)?)(?:\s*(?:seconds?|secs?|s)\b|(?![\d.:%]|\s*(?:fps|frames?|p|x|times|percent|minutes?|mins?|hours?|hrs?|ms|m|h)\b)))?\b/g,
    (m) =>
      m[3] !== undefined && /^min/.test(m[1]!)
        ? ` ${token("d", Math.round(60_000 + Number(m[3]) * 1000))} `
        : m[3] !== undefined
          ? null
          : ` ${token("d", unitMs(m[1]!) * (m[2] ? 1.5 : 1))} `,
  ],
  [/\b(?:an?|one)\s+(hour|minute|min|second|sec)(\s+and\s+a\s+half)?\b/g, (m) => ` ${token("d", unitMs(m[1]!) * (m[2] ? 1.5 : 1))} `],
  // "the last second", "the first minute": one unit, counted from an edge.
  [/\b(first|last|final|opening|closing|another|extra)\s+(minute|min|second|sec)\b/g, (m) => `${m[1]} ${token("d", unitMs(m[2]!))} `],
  // "2 more seconds", "3 extra secs": the quantity, then the word.
  [/(?<![\d.])(\d+(?:\.\d+)?)\s+(more|extra|fewer|less)\s+(minutes?|mins?|seconds?|secs?)\b/g, (m) => ` ${token("d", Math.round(Number(m[1]) * unitMs(m[3]!)))} ${m[2]} `],
  [/\b(\d+(?:\.\d+)?)\s+(hours?|minutes?|mins?|seconds?|secs?)\s+and\s+a\s+half\b/g, (m) => ` ${token("d", Math.round((Number(m[1]) + 0.5) * unitMs(m[2]!)))} `],
  // Minutes and seconds together: "1 min 20", "1m20s", "1分20秒", "一分半".
  [
    new RegExp(String.raw`(?<![\d.])(\d+)\s*(?:${U_M})\s*(?:and\s+)?(?:(\d+(?:\.\d+)?)\s*(?:${U_S})?(?![a-z\d.:%])|(半))`, "g"),
    (m) => ` ${token("d", Math.round((Number(m[1]) * 60 + (m[3] ? 30 : Number(m[2]))) * 1000))} `,
  ],
  [new RegExp(String.raw`(?<![\d.])${NUM}\s*(?:秒钟|秒)半`, "g"), (m) => ` ${token("d", Math.round((Number(m[1]) + 0.5) * 1000))} `],
  // A number with a unit: "10s", "10 sec", "1.5 seconds", "10-second", "700ms", "十秒".
  [
    new RegExp(String.raw`(?<![\d.])${NUM}\s*-?\s*(${U_MS}|${U_H}|${U_M}|${U_S})(?![a-z])`, "g"),
    (m) => ` ${token("d", Math.round(Number(m[1]) * unitMs(m[2]!)))} `,
  ],
  // Anything left that is a number.
  // Not an ordinal or a dimension ("2nd", "4th", "3D").
  [/(?<![\d.:a-z\uE000])(\d+(?:\.\d+)?)(?!\d|(?:d|th|st|nd|rd)\b)/g, (m) => ` ${token("n", Number(m[1]))} `],
];

function unitMs(unit: string): number {
  if (/^(?:ms|msecs?|millis?|milliseconds?|毫秒)$/.test(unit)) return 1;
  if (/^(?:h|hrs?|hours?|小时)$/.test(unit)) return 3600_000;
  if (/^(?:m|mins?|minutes?|分钟|分)$/.test(unit)) return 60_000;
  return 1000;
}

const MAX_MS = 24 * 3600_000;

export function tokenizeQuantities(m: Mapped): Mapped {
  let out = m;
  for (const [re, fn] of RULES) {
    re.lastIndex = 0;
    if (!re.test(out.text)) continue;
    out = replaceMapped(out, re, (match) => {
      const rep = fn(match);
      // A duration past a day is not a duration anyone means; leave the text as typed.
      if (rep && rep.includes("\uE000d")) {
        const ms = Number(/\uE000d(\d+)/.exec(rep)?.[1]);
        if (!(ms <= MAX_MS)) return null;
      }
      return rep;
    });
  }
  return out;
}
