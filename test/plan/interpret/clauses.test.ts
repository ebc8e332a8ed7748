import { describe, expect, it } from "vitest";
import { splitSegment, splitSegments } from "../../../src/plan/interpret/clauses.js";
import { interpret } from "../../../src/plan/interpret/index.js";

const clauses = (text: string) => splitSegments(text).flatMap(splitSegment).map((p) => p.text.trim());

describe("splitting an instruction into requests: arrows", () => {
  it("splits at arrows ('trim silence→30s→vertical→music', '->', '=>')", () => {
    expect(interpret("trim silence→30s→vertical→music")).toMatchObject({ cut: { removePauses: { minPauseMs: 500 }, targetDurationMs: 30000 }, output: { aspect: "9:16" }, unrecognized: [] });
    expect(interpret("mute -> 2x").speed).toBe(2);
    expect(interpret("pauses => 20s").cut.targetDurationMs).toBe(20000);
  });
});

describe("splitting an instruction into requests", () => {
  it("splits on punctuation, Chinese punctuation included", () => {
    expect(clauses("trim pauses, add music. for tiktok")).toEqual(["trim pauses", "add music", "for tiktok"]);
    expect(clauses("去掉停顿，加音乐。竖屏")).toEqual(["去掉停顿", "加音乐", "竖屏"]);
  });

  it("keeps decimals and clock times whole", () => {
    expect(clauses("speed 1.5x from 0:03 to 0:12")).toEqual(["speed 1.5x from 0:03 to 0:12"]);
  });

  it("splits a run-on sentence where a new command starts", () => {
    expect(clauses("trim the pauses add a title cut it to 10 seconds")).toEqual([
      "trim the pauses",
      "add a title",
      "cut it to 10 seconds",
    ]);
  });

  it("splits at 'and'/'then' before a verb but not before a noun", () => {
    expect(clauses("add music and text")).toEqual(["add music and text"]);
    expect(clauses("add music and then mute the clip")).toEqual(["add music", "mute the clip"]);
  });

  it("keeps a negation with its verb", () => {
    expect(clauses("please don't crop it")).toEqual(["please don't crop it"]);
  });

  it("does not split at a verb used as a noun", () => {
    expect(clauses("2x speed")).toEqual(["2x speed"]);
    expect(clauses("two and a half times speed")).toEqual(["two and a half times speed"]);
    expect(clauses("a quick draft render")).toEqual(["a quick draft render"]);
    expect(clauses("a 2 second fade in")).toEqual(["a 2 second fade in"]);
    expect(clauses("add bgm with a 3 second music fade-out")).toEqual(["add bgm with a 3 second music fade-out"]);
  });

  it("keeps a parenthesis with what it describes", () => {
    expect(clauses("text: 'hi' (bottom, last 3s), add music")).toEqual(["text: 'hi' (bottom, last 3s)", "add music"]);
  });

  it("does not split after a colon label", () => {
    expect(clauses("Instruction: trim silences")).toEqual(["Instruction: trim silences"]);
  });

  it("keeps a Chinese 在-phrase with the verb it places, and a removal verb with its object", () => {
    expect(clauses("在最后三秒加文字")).toEqual(["在最后三秒加文字"]);
    expect(clauses("去掉静音")).toEqual(["去掉静音"]);
  });

  it("splits Chinese run-ons at 然后 and before an additive command", () => {
    expect(clauses("去掉原声加背景音乐然后导出")).toEqual(["去掉原声", "加背景音乐", "然后导出"]);
  });
});
