import { describe, expect, it } from "vitest";
import { canonicalize } from "../../../src/plan/interpret/canon.js";
import { interpret } from "../../../src/plan/interpret/index.js";
import { parseChineseNumber, parseEnglishNumber } from "../../../src/plan/interpret/numbers.js";

/** The first duration token in a text's canonical form, in ms. */
function durationOf(text: string): number | null {
  const m = /\uE000d(\d+)\uE001/.exec(canonicalize(text).text);
  return m ? Number(m[1]) : null;
}

describe("English number words", () => {
  it.each([
    ["seven", 7],
    ["twenty five", 25],
    ["twenty-five", 25],
    ["one hundred and twenty", 120],
    ["a dozen", 12],
    ["two point five", 2.5],
    ["ninety", 90],
  ])("reads %s as %d", (words, value) => {
    expect(parseEnglishNumber(words)).toBe(value);
  });

  it("refuses a run that is two numbers", () => {
    expect(parseEnglishNumber("two three")).toBeNull();
  });
});

describe("Chinese numerals", () => {
  it.each([
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["两", 2],
    ["一百零五", 105],
    ["一百二十", 120],
    ["三点五", 3.5],
  ])("reads %s as %d", (s, value) => {
    expect(parseChineseNumber(s)).toBe(value);
  });

  it("leaves a numeral that is part of a word alone", () => {
    expect(canonicalize("剪一下").text).toBe("剪一下");
  });
});

describe("durations and times", () => {
  it.each([
    ["10s", 10_000],
    ["10 sec", 10_000],
    ["10 secs", 10_000],
    ["ten seconds", 10_000],
    ["0:10", 10_000],
    ["00:01:05", 65_000],
    ["1.5s", 1_500],
    [".5 seconds", 500],
    ["half a minute", 30_000],
    ["a minute and a half", 90_000],
    ["one and a half minutes", 90_000],
    ["90 seconds", 90_000],
    ["1 min 20", 80_000],
    ["1m20s", 80_000],
    ["2 minutes", 120_000],
    ["700ms", 700],
    ["a 10-second clip", 10_000],
    ["a couple seconds", 2_000],
    ["a dozen seconds", 12_000],
    ["十秒", 10_000],
    ["10秒钟", 10_000],
    ["半分钟", 30_000],
    ["一分半", 90_000],
    ["1分20秒", 80_000],
    ["三秒半", 3_500],
    ["１０秒", 10_000],
    ["the last second", 1_000],
    ["eighty seconds", 80_000],
    ["the first minute", 60_000],
  ])("reads %s as %d ms", (text, ms) => {
    expect(durationOf(text)).toBe(ms);
  });

  it("reads 9:16 as a frame, not a time", () => {
    const c = canonicalize("9:16").text;
    expect(c).toContain("\uE000a9:16\uE001");
    expect(durationOf("9:16")).toBeNull();
  });

  it("reads 720p as a resolution and 2x as a speed, not as durations", () => {
    expect(canonicalize("720p").text).toContain("\uE000r720\uE001");
    expect(canonicalize("2x").text).toContain("\uE000x2\uE001");
    expect(durationOf("720p 2x")).toBeNull();
  });

  it("reads an ordinal 'second' as a position, not a duration", () => {
    expect(durationOf("the second clip")).toBeNull();
  });

  it("ignores a duration longer than a day", () => {
    expect(durationOf("100000 hours")).toBeNull();
  });
});

describe("spelling", () => {
  it("folds common misspellings more than one edit from a frame word", () => {
    expect(interpret("make it verticle").output.aspect).toBe("9:16");
    expect(interpret("protrait mode").output.aspect).toBe("9:16");
  });

  it("corrects a typo one edit from a keyword", () => {
    expect(canonicalize("remvoe the pasues").text).toBe("remove the pauses");
  });

  it.each(["there", "threw", "forth", "shots", "sorts", "store", "smart", "block", "blank", "bring", "alter", "though", "funky", "overly", "titled"])(
    "leaves the real word %s alone",
    (word) => {
      expect(canonicalize(word).text).toBe(word);
    },
  );

  it("leaves the singular or plural of a keyword as typed", () => {
    expect(canonicalize("fill the frame").text).toBe("fill the frame");
  });

  it("reads a hyphenated fade as the two words", () => {
    expect(canonicalize("a music fade-out").text).toBe("a music fade out");
  });
});
