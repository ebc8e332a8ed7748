import { describe, expect, it } from "vitest";
import { describePlan, planFor } from "../../src/sim/plan.js";
import { timelineForPlan } from "../../src/sim/timeline.js";
import { summarizeTimeline } from "../../src/timeline/summary.js";
import type { MediaInfo } from "../../src/media/probe.js";

const clip: MediaInfo = {
  kind: "video",
  container: "mov,mp4,m4a,3gp,3g2,mj2",
  durationMs: 14_000,
  sizeBytes: 1,
  video: {
    index: 0,
    codec: "h264",
    profile: null,
    codedWidth: 1920,
    codedHeight: 1080,
    width: 1920,
    height: 1080,
    rotation: 0,
    fps: 30,
    rFrameRate: 30,
    vfr: false,
    pixFmt: "yuv420p",
    bitDepth: 8,
    colorTransfer: null,
    colorPrimaries: null,
    colorRange: null,
    hdr: false,
    frames: null,
  },
  audio: { index: 1, codec: "aac", sampleRate: 48_000, channels: 2 },
  otherStreams: 0,
};

describe("the simulated agent's plan (our interpreter)", () => {
  it("maps the seed example", () => {
    const plan = planFor(
      'Make it a TikTok, cut it down to 10 seconds and add "Banana Bread!" ' +
        "as a fun title at the top for the first 3 seconds",
    );
    expect(plan.output).toMatchObject({ preset: "tiktok", aspect: "9:16", width: 1080, height: 1920 });
    expect(plan.cut).toMatchObject({ targetDurationMs: 10_000, durationMode: "exact" });
    expect(plan.texts).toEqual([expect.objectContaining({ text: "Banana Bread!", position: "top", endMs: 3000 })]);
  });

  it("reads resolutions, 'under N seconds', mute and music", () => {
    const plan = planFor("vertical 480p, keep it under 30 seconds, mute it and add music");
    expect(plan.output).toMatchObject({ aspect: "9:16", resolution: 480, width: 480, height: 854 });
    expect(plan.cut).toMatchObject({ targetDurationMs: 30_000, durationMode: "max" });
    expect(plan.audio.mute).toBe(true);
    expect(plan.audio.music).not.toBeNull();
  });

  it("changes nothing for text it does not understand", () => {
    const plan = planFor("hello there");
    expect(plan.output.preset).toBeNull();
    expect(plan.cut.targetDurationMs).toBeNull();
    expect(describePlan(plan)).toBe("prepared your clip");
  });
});

/** A clip analysed as having no speech, and fonts that draw everything. */
const NO_ANALYSIS = { speech: null, glyphs: null, toneMapping: true };

describe("the simulated draft", () => {
  it("applies the plan to the clip like the PRODUCT.md summary example", () => {
    const plan = planFor('tiktok, cut it to 10 seconds, "Banana Bread!" for the first 3 seconds, and add music');
    const tl = timelineForPlan(plan, { name: "banana.mp4", info: clip, analysis: NO_ANALYSIS });
    expect(summarizeTimeline(tl)).toBe(
      "Timeline (4 tracks): 1. Video: banana.mp4 (0-10s) 2. Audio: banana.mp4 " +
        '(0-10s) 3. BGM: promptcut bed (generated) (0-10s, 35%) 4. Title: "Banana Bread!" (0-3s)',
    );
    expect([tl.width, tl.height, tl.durationMs]).toEqual([1080, 1920, 10_000]);
  });

  it("follows the source's aspect when the plan does not set one", () => {
    const tl = timelineForPlan(planFor("in 720p"), { name: "a.mp4", info: clip, analysis: NO_ANALYSIS });
    expect([tl.width, tl.height, tl.durationMs]).toEqual([1280, 720, 14_000]);
  });
});
