import { describe, expect, it } from "vitest";
import { parseRange } from "../../src/api/output-file.js";

describe("parsing Range headers", () => {
  it.each([
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=-5000", { start: 0, end: 999 }],
  ])("reads %s of a 1000-byte file", (h, want) => {
    expect(parseRange(h, 1000)).toEqual(want);
  });

  it.each(["bytes=1000-", "bytes=500-100", "bytes=-0"])("finds %s unsatisfiable", (h) => {
    expect(parseRange(h, 1000)).toBe("unsatisfiable");
  });

  it.each([undefined, "items=0-1", "bytes=0-1,5-6", "bytes=-"])("ignores %s and sends the whole file", (h) => {
    expect(parseRange(h, 1000)).toBeNull();
  });
});
