import { describe, expect, it } from "vitest";
import { draftFingerprint, draftToTimeline, isExportable, timelineToDraft } from "../../src/nemo/draft.js";
import { TimelineSchema, type Timeline } from "../../src/timeline/schema.js";
import { summarizeTimeline } from "../../src/timeline/summary.js";

const timeline: Timeline = TimelineSchema.parse({
  durationMs: 10_000,
  width: 1080,
  height: 1920,
  fps: 30,
  sources: [
    { id: "main", name: "banana.mp4", kind: "video", durationMs: 14_000 },
    { id: "music", name: "lofi.mp3", kind: "audio", durationMs: 60_000 },
  ],
  tracks: [
    {
      type: 0,
      segments: [
        { source: "main", sourceInMs: 0, sourceOutMs: 4_000, startMs: 0, durationMs: 4_000 },
        { source: "main", sourceInMs: 8_000, sourceOutMs: 14_000, startMs: 4_000, durationMs: 6_000 },
      ],
    },
    {
      type: 1,
      name: "BGM",
      role: "bgm",
      duck: true,
      segments: [
        {
          source: "music",
          sourceInMs: 0,
          sourceOutMs: 10_000,
          startMs: 0,
          durationMs: 10_000,
          volume: 0.35,
          loop: true,
        },
      ],
    },
    {
      type: 7,
      segments: [
        { text: "Banana Bread!", startMs: 0, durationMs: 3_000, position: "top", style: "fun", animation: "pop" },
      ],
    },
  ],
});

describe("draft ↔ Timeline", () => {
  it("writes the NEMO.md draft keys t/tt/sg/d/m", () => {
    const d = timelineToDraft(timeline, { title: "banana" });
    expect(d.t.map((t) => t.tt)).toEqual([0, 1, 7]);
    expect(d.t.map((t) => t.sg.length)).toEqual([2, 1, 1]);
    expect(d.d).toBe(10_000);
    expect(d.m).toEqual({ title: "banana", width: 1080, height: 1920 });
  });

  it("reads back the same Timeline and the same summary line", () => {
    const back = draftToTimeline(timelineToDraft(timeline), { sources: timeline.sources, fps: 30 });
    expect(back).toEqual(timeline);
    expect(summarizeTimeline(back)).toBe(
      "Timeline (3 tracks): 1. Video: banana.mp4 (0-10s, 2 cuts) 2. BGM: " +
        'lofi.mp3 (0-10s, 35%) 3. Title: "Banana Bread!" (0-3s)',
    );
  });

  it("names sources from the segments when the caller knows none", () => {
    const back = draftToTimeline(timelineToDraft(timeline));
    expect(back.sources.map((s) => s.name)).toEqual(["banana.mp4", "lofi.mp3"]);
  });

  it("keeps every key it does not know: top level, tracks, segments, foreign track types", () => {
    const upstream = {
      t: [
        {
          tt: 0,
          id: "trk_v",
          locked: false,
          sg: [{ src: "banana.mp4", st: 0, du: 10_000, fx: { lut: "warm" }, segId: "s1" }],
        },
        { tt: 3, sg: [{ sticker: "🍌" }] },
        { tt: 7, sg: [{ tx: "Hi", st: 0, du: 2_000, font: "Inter" }] },
      ],
      d: 10_000,
      m: { title: "p", width: 1080, height: 1920, bg: "#000" },
      canvasVersion: 4,
    };
    const tl = draftToTimeline(upstream);
    expect(tl.tracks.map((t) => t.type)).toEqual([0, 7]);
    const again = timelineToDraft(tl, { base: upstream });
    expect(again.canvasVersion).toBe(4);
    expect(again.m).toMatchObject({ bg: "#000", title: "p" });
    expect(again.t[0]).toMatchObject({ tt: 0, id: "trk_v", locked: false });
    expect(again.t[0]?.sg[0]).toMatchObject({ fx: { lut: "warm" }, segId: "s1", src: "banana.mp4" });
    expect(again.t[1]?.sg[0]).toMatchObject({ font: "Inter", tx: "Hi" });
    expect(again.t.find((t) => t.tt === 3)).toEqual({ tt: 3, sg: [{ sticker: "🍌" }] });
  });

  it("reads a draft whose segments carry none of our keys by t/tt/sg/d/m alone", () => {
    const opaque = {
      t: [
        { tt: 0, sg: [{ a: 1 }, { b: 2 }] },
        { tt: 1, sg: [{ c: 3 }] },
      ],
      d: 8_000,
      m: { title: "x", width: 720, height: 1280 },
    };
    const tl = draftToTimeline(opaque, {
      sources: [{ id: "main", name: "phone.mov", kind: "video", durationMs: 9_000, generator: null }],
    });
    expect([tl.durationMs, tl.width, tl.height]).toEqual([8_000, 720, 1280]);
    expect(summarizeTimeline(tl)).toBe(
      "Timeline (2 tracks): 1. Video: phone.mov (0-8s, 2 cuts) 2. Audio: phone.mov (0-8s)",
    );
  });

  it("reads an empty or missing draft as an empty timeline", () => {
    expect(draftToTimeline(null).tracks).toEqual([]);
    expect(summarizeTimeline(draftToTimeline({ t: [] }))).toBe("Timeline (0 tracks): ");
  });
});

describe("isExportable", () => {
  it("needs some track with a non-empty sg (NEMO.md)", () => {
    expect(isExportable({ t: [{ tt: 0, sg: [{}] }] })).toBe(true);
    expect(
      isExportable({
        t: [
          { tt: 0, sg: [] },
          { tt: 7, sg: [] },
        ],
      }),
    ).toBe(false);
    expect(isExportable(null)).toBe(false);
    expect(isExportable("draft")).toBe(false);
  });
});

describe("draftFingerprint", () => {
  it("ignores key order and sees any change", () => {
    expect(draftFingerprint({ a: 1, b: { c: [1, 2] } })).toBe(draftFingerprint({ b: { c: [1, 2] }, a: 1 }));
    expect(draftFingerprint({ a: 1 })).not.toBe(draftFingerprint({ a: 2 }));
    expect(draftFingerprint(null)).toBe(draftFingerprint(undefined));
  });
});
