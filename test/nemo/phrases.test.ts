import { describe, expect, it } from "vitest";
import { translateGuiPhrases } from "../../src/nemo/phrases.js";

const summary = 'Timeline (2 tracks): 1. Video: banana.mp4 (0-10s) 2. Title: "Banana Bread!" (0-3s)';

describe("translateGuiPhrases", () => {
  it.each([
    ["Click Export to download your video.", "The export is being run for you."],
    ['When you are happy, hit the "Export" button.', "The export is being run for you."],
    ["Open the settings panel to adjust the volume.", "The current state of the edit is read for you."],
    [
      "Drag and drop your clip onto the timeline.",
      "Describe the change in your instruction; it is sent to the editor as a message.",
    ],
    ["You can preview it in the timeline.", `${summary}.`],
    ["Check the result in the timeline!", `${summary}.`],
  ])("%s → %s", (said, shown) => {
    expect(translateGuiPhrases(said, { timelineSummary: summary })).toBe(shown);
  });

  it("keeps the sentences that need no GUI", () => {
    expect(translateGuiPhrases("Done! I cut it to 10 seconds. Click Export when ready.")).toBe(
      "Done! I cut it to 10 seconds. The export is being run for you.",
    );
  });

  it("answers both requests of one sentence, in order", () => {
    expect(
      translateGuiPhrases("Click Export when you're happy, or preview it in the timeline.", {
        timelineSummary: summary,
      }),
    ).toBe(`The export is being run for you. ${summary}.`);
  });

  it("says a repeated instruction once", () => {
    expect(translateGuiPhrases("Click Export. Then click Export again.")).toBe("The export is being run for you.");
  });

  it("points to the job's summary when none is known yet", () => {
    expect(translateGuiPhrases("Preview the result in the timeline.")).toBe(
      "The timeline summary is shown with the job.",
    );
  });

  it("translates Chinese GUI phrases too", () => {
    expect(translateGuiPhrases("已完成剪辑。点击导出即可下载。")).toBe("已完成剪辑。正在为你导出。");
    expect(translateGuiPhrases("请把视频拖拽到时间线上。")).toBe("把想做的修改写进指令即可，它会作为消息发送。");
  });

  it("leaves text without GUI phrases alone, including newlines", () => {
    expect(translateGuiPhrases("Line one.\nLine two")).toBe("Line one.\nLine two");
    expect(translateGuiPhrases("")).toBe("");
  });
});
