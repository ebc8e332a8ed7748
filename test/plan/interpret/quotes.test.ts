import { describe, expect, it } from "vitest";
import { captureUnquoted, extractQuotes } from "../../../src/plan/interpret/quotes.js";

const quotesOf = (text: string) => extractQuotes(text).quotes;

describe("quoted overlay text", () => {
  it.each([
    [`add "hello there" on top`, "hello there"],
    ["add “hello there” on top", "hello there"],
    ["add 'hello there' on top", "hello there"],
    ["add ‘hello there’ on top", "hello there"],
    ["add «hello there» on top", "hello there"],
    ["加文字“你好”", "你好"],
    ["加文字「你好」", "你好"],
    ["加文字『你好』", "你好"],
    ["add `hello` on top", "hello"],
  ])("finds the text in %s", (text, quote) => {
    expect(quotesOf(text)).toEqual([quote]);
  });

  it("keeps emoji and inner punctuation as typed", () => {
    expect(quotesOf(`put "wait… 😂🔥 it's good!" up top`)).toEqual(["wait… 😂🔥 it's good!"]);
  });

  it("does not take apostrophes for quotes", () => {
    expect(quotesOf("don't add music, it's my creators' video")).toEqual([]);
    expect(quotesOf("don't add 'hello'")).toEqual(["hello"]);
  });

  it("lets an unclosed double quote run to the end of its sentence", () => {
    expect(quotesOf(`add text "hello world. then cut it`)).toEqual(["hello world"]);
  });

  it("accepts a curly quote closed by a straight one", () => {
    expect(quotesOf(`add “hi" now`)).toEqual(["hi"]);
  });

  it("replaces each quote by a token so its words trigger nothing", () => {
    const { masked } = extractQuotes(`add "cut the pauses" on top`);
    expect(masked).not.toContain("pauses");
    expect(masked).toContain("\uE000q0\uE001");
  });

  it("drops empty quotes", () => {
    expect(quotesOf(`add "" on top`)).toEqual([]);
  });
});

describe("text typed without quotes", () => {
  it("takes the words after 'saying' up to the placement words", () => {
    const quotes: string[] = [];
    captureUnquoted("add text saying Follow For More at the bottom", quotes);
    expect(quotes).toEqual(["Follow For More"]);
  });

  it("takes the words after 'title:' as typed", () => {
    const quotes: string[] = [];
    captureUnquoted("title: My Week In Tokyo", quotes);
    expect(quotes).toEqual(["My Week In Tokyo"]);
  });

  it("stops at the next command", () => {
    const quotes: string[] = [];
    captureUnquoted("a caption that says best day ever and add music", quotes);
    expect(quotes).toEqual(["best day ever"]);
  });
});
