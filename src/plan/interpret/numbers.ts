import { replaceMapped, type Mapped } from "./mapped.js";

/**
 * Numbers written as words — English ("twenty-five", "a dozen", "one and a half") and Chinese
 * ("十五", "两", "一百二十", "三点五", "半") — rewritten as digits so the quantity rules only ever
 * see digits.
 */

const SMALL: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUM_WORD = `(?:${[...Object.keys(SMALL).filter((w) => w !== "oh"), ...Object.keys(TENS), "hundred", "thousand", "dozen"].join("|")})`;

// A run of number words: "twenty five", "twenty-five", "one hundred and twenty", "a dozen",
// optionally with a spoken decimal ("two point five"). Each repetition consumes a whole word, so
// the run is matched in linear time.
const RUN = new RegExp(
  String.raw`\b(?:(?:a|an)\s+(?=(?:hundred|thousand|dozen)\b))?${NUM_WORD}(?:(?:\s+and\s+|[\s-]+)${NUM_WORD}\b)*(?:\s+point(?:\s+${NUM_WORD}\b)+)?\b`,
  "g",
);
const COUPLE = /\b(?:a\s+)?couple(?:\s+of)?\b/g;
const FEW = /\ba\s+few\b/g;
const AND_A_HALF = /(?<![\d.])(\d+(?:\.\d+)?)\s+and\s+a\s+half\b/g;

/** Value of a run of number words; null when it is not one number ("two three"). */
export function parseEnglishNumber(run: string): number | null {
  const [whole, decimals] = run.split(/\s+point\s+/);
  const words = (whole ?? "").split(/[\s-]+/).filter((w) => w && w !== "and");
  let total = 0;
  let cur = 0;
  let last: "none" | "small" | "tens" | "scale" = "none";
  for (const w of words) {
    if (w === "a" || w === "an") {
      cur = 1;
      last = "none";
    } else if (w in SMALL) {
      const v = SMALL[w]!;
      if (last === "small" || (last === "tens" && v >= 10)) return null;
      cur += v;
      last = "small";
    } else if (w in TENS) {
      if (last === "small" || last === "tens") return null;
      cur += TENS[w]!;
      last = "tens";
    } else if (w === "hundred") {
      cur = (cur || 1) * 100;
      last = "scale";
    } else if (w === "dozen") {
      cur = (cur || 1) * 12;
      last = "scale";
    } else if (w === "thousand") {
      total += (cur || 1) * 1000;
      cur = 0;
      last = "scale";
    } else {
      return null;
    }
  }
  let value = total + cur;
  if (decimals) {
    const digits = decimals.split(/\s+/).map((w) => SMALL[w]);
    if (digits.some((d) => d === undefined || d > 9)) return null;
    value = Number(`${value}.${digits.join("")}`);
  }
  return value;
}

export function englishNumbersToDigits(m: Mapped): Mapped {
  let out = replaceMapped(m, RUN, (match) => {
    const v = parseEnglishNumber(match[0]);
    return v === null ? null : String(v);
  });
  out = replaceMapped(out, COUPLE, () => "2");
  out = replaceMapped(out, FEW, () => "3");
  return replaceMapped(out, AND_A_HALF, (match) => String(Number(match[1]) + 0.5));
}

const ZH_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** "十五" → 15, "一百零五" → 105, "两" → 2, "三点五" → 3.5; null if not a number. */
export function parseChineseNumber(s: string): number | null {
  const [whole = "", frac] = s.split("点");
  if (!whole) return null;
  let total = 0;
  let section = 0;
  let num = 0;
  for (const ch of whole) {
    if (ch in ZH_DIGIT) {
      num = ZH_DIGIT[ch]!;
    } else if (ch in ZH_UNIT) {
      const u = ZH_UNIT[ch]!;
      if (u === 10000) {
        total = (total + section + num) * u;
        section = 0;
      } else {
        section += (num || (u === 10 ? 1 : 0)) * u;
      }
      num = 0;
    } else {
      return null;
    }
  }
  let value = total + section + num;
  if (frac !== undefined) {
    let digits = "";
    for (const ch of frac) {
      if (!(ch in ZH_DIGIT)) return null;
      digits += String(ZH_DIGIT[ch]);
    }
    if (digits) value = Number(`${value}.${digits}`);
  }
  return value;
}

// Chinese numerals are only read as numbers next to a unit or after 百分之: "一" alone is too
// often part of a word ("一下", "一点点", "第一").
const ZH_NUM = "[零〇一二两三四五六七八九十百千万]+(?:点[零〇一二两三四五六七八九]+)?";
const ZH_RUN = new RegExp(
  String.raw`百分之\s*(${ZH_NUM})|(${ZH_NUM})(?=\s*(?:个)?(?:秒|分钟|分|小时|毫秒|倍|帧|%|x|半\s*(?:个)?(?:秒|分钟|分|小时)|p\b))|半(?=\s*(?:个)?(?:秒|分钟|分|小时))`,
  "g",
);

export function chineseNumbersToDigits(m: Mapped): Mapped {
  return replaceMapped(m, ZH_RUN, (match) => {
    if (match[1] !== undefined) {
      const v = parseChineseNumber(match[1]);
      return v === null ? null : `${v}%`;
    }
    if (match[2] !== undefined) {
      const v = parseChineseNumber(match[2]);
      return v === null ? null : String(v);
    }
    return "0.5";
  });
}
