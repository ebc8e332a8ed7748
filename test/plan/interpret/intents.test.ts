import { describe, expect, it } from "vitest";
import { interpret } from "../../../src/plan/interpret/index.js";

describe("intents", () => {
  it.each([
    ["export it", "export"],
    ["send me the file", "export"],
    ["导出", "export"],
    ["what's the status?", "status"],
    ["show me the timeline", "status"],
    ["进度", "status"],
    ["how many credits left", "credits"],
    ["余额", "credits"],
    ["upload", "upload"],
    ["上传", "upload"],
    ["help", "help"],
    ["how does this work", "help"],
    ["is my video done yet?", "status"],
    ["is the export ready", "status"],
    ["现在什么状态", "status"],
    ["how many credits are left on my account", "credits"],
    ["我还有多少积分", "credits"],
    ["还剩多少余额", "credits"],
    ["what kinds of edits can you do", "help"],
    ["what things can you do", "help"],
    ["what can this do", "help"],
    ["check status", "status"],
  ] as const)("reads %s as %s", (text, intent) => {
    const plan = interpret(text);
    expect(plan.intent).toBe(intent);
    expect(plan.unrecognized).toEqual([]);
  });

  it("is an edit when an edit is asked along with an export", () => {
    expect(interpret("trim the pauses then export").intent).toBe("edit");
  });

  it("keeps the export intent with output settings", () => {
    expect(interpret("export as a gif")).toMatchObject({ intent: "export", output: { format: "gif" } });
  });
});

describe("intents: round 3 phrasings", () => {
  it.each([
    ["any update on my render?", "status"],
    ["any updates?", "status"],
    ["how long till it's ready", "status"],
    ["when will my video be done", "status"],
    ["where's my video", "status"],
    ["still rendering?", "status"],
    ["好了没", "status"],
    ["还要多久", "status"],
    ["check my balance pls", "credits"],
    ["show me how many credits i have", "credits"],
    ["what commands are there", "help"],
    ["list the options", "help"],
    ["有哪些功能", "help"],
    ["what all can you do?", "help"],
    ["send me the link", "export"],
    ["send as .mov", "export"],
    ["how does this app work?", "help"],
  ])("reads %s as %s, with nothing left over", (text, intent) => {
    const plan = interpret(text);
    expect(plan.intent).toBe(intent);
    expect(plan.unrecognized).toEqual([]);
  });
});

describe("vague and unmapped asks", () => {
  it("changes nothing for an open-ended ask and suggests concrete steps", () => {
    const plan = interpret("make it look better");
    expect(plan.cut.removePauses).toBeNull();
    expect(plan.texts).toEqual([]);
    expect(plan.notes.join(" ")).toMatch(/trim the pauses/);
  });

  it("reports what maps to nothing, as typed", () => {
    const plan = interpret("trim the pauses and add a Sepia Filter");
    expect(plan.cut.removePauses).not.toBeNull();
    expect(plan.unrecognized).toEqual(["add a Sepia Filter"]);
  });

  it("reports nothing for filler and politeness", () => {
    expect(interpret("hey can you please trim the pauses for me thanks!!").unrecognized).toEqual([]);
  });

  it("restores quoted text inside an unrecognized fragment", () => {
    expect(interpret(`zoom in on "the cake"`).unrecognized[0]).toContain('"the cake"');
  });
});

describe("intents: round 4 phrasings", () => {
  it("reads 'has/did … finish(ed) rendering' as a status question", () => {
    for (const text of ["has my video finished rendering", "did the export finish"]) {
      expect(interpret(text), text).toMatchObject({ intent: "status", unrecognized: [] });
    }
  });

  it("reads what is uploaded as part of the upload ('upload a different file')", () => {
    expect(interpret("lemme upload a different file")).toMatchObject({ intent: "upload", unrecognized: [] });
  });

  it("reads several names of the balance in a row as one credits question (查一下积分余额)", () => {
    expect(interpret("查一下积分余额")).toMatchObject({ intent: "credits", unrecognized: [] });
  });
});

describe("intents: round 4, third batch", () => {
  it("reads what a status question is about as part of it ('the status on my reel')", () => {
    expect(interpret("what's the status on my reel?")).toMatchObject({ intent: "status", output: { preset: null } });
  });
});

describe("intents: round 4, fourth batch", () => {
  it("reads 'what can this thing do' as help", () => {
    expect(interpret("what can this thing do")).toMatchObject({ intent: "help", unrecognized: [] });
  });
});
