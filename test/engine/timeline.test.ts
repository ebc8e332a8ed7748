import { describe, expect, it } from "vitest";
import { parseCharsets } from "../../src/engine/analyse/fonts.js";
import type { SpeechActivity } from "../../src/engine/analyse/speech.js";
import { buildTimeline, segmentsOnGrid } from "../../src/engine/timeline/build.js";
import { outputFrame } from "../../src/engine/timeline/frame.js";
import { subtractSpans } from "../../src/engine/timeline/spans.js";
import { dropUndrawable, placeTexts } from "../../src/engine/timeline/texts.js";
import { normalizePlan } from "../../src/plan/normalize.js";
import { EditPlanSchema, TextSchema, type EditPlanInput } from "../../src/plan/schema.js";
import { TimelineSchema } from "../../src/timeline/schema.js";
import { summarizeTimeline } from "../../src/timeline/summary.js";
import { audioInfo, imageInfo, videoInfo } from "./facts.js";

const plan = (p: EditPlanInput) => normalizePlan(EditPlanSchema.parse(p));

const SEED: EditPlanInput = {
  output: { preset: "tiktok" },
  cut: { removePauses: {}, targetDurationMs: 10_000, durationMode: "exact" },
  texts: [{ text: "Banana Bread!", style: "fun", position: "top", animation: "pop", startMs: 0, endMs: 3000 }],
};

function speechMap(durationMs: number, silences: Array<[number, number]>): SpeechActivity {
  const sil = silences.map(([startMs, endMs]) => ({ startMs, endMs }));
  return {
    hasSpeech: true,
    reason: null,
    speechDb: -18,
    noiseDb: -50,
    thresholdDb: -39,
    durationMs,
    speech: subtractSpans([{ startMs: 0, endMs: durationMs }], sil),
    silences: sil,
  };
}

/** Latin and CJK drawable, emoji not: what fontconfig reports with DejaVu + Noto CJK installed. */
const GLYPHS = parseCharsets(["20-7e a0-17f 2000-206f", "3000-303f 4e00-9fff ff00-ffef"]);

describe("buildTimeline for the seed example", () => {
  const speech = speechMap(18_000, [
    [630, 1340],
    [12_970, 13_870],
    [17_300, 18_000],
  ]);
  const built = buildTimeline({
    plan: plan(SEED),
    source: { name: "banana.mp4", info: videoInfo({ durationMs: 18_000 }) },
    music: null,
    speech,
    glyphs: GLYPHS,
  });
  const t = built.timeline;

  it("is a valid Timeline of video, audio and text tracks at 1080×1920", () => {
    expect(TimelineSchema.parse(t)).toEqual(t);
    expect(t.tracks.map((tr) => tr.type)).toEqual([0, 1, 7]);
    expect([t.width, t.height, t.fps]).toEqual([1080, 1920, 30]);
  });

  it("is exactly 10 s long", () => {
    expect(t.durationMs).toBe(10_000);
    const video = t.tracks[0];
    expect(video?.type === 0 && video.segments.reduce((n, s) => n + s.durationMs, 0)).toBe(10_000);
  });

  it("prints the summary line", () => {
    expect(summarizeTimeline(t)).toBe(
      "Timeline (3 tracks): 1. Video: banana.mp4 (0-10s, 2 cuts) 2. Audio: " +
        'banana.mp4 (0-10s) 3. Title: "Banana Bread!" (0-3s)',
    );
  });

  it("reports pauses found and removed with the speech figures", () => {
    expect(built.pauses?.found).toHaveLength(3);
    expect(built.pauses?.removed).toHaveLength(3);
    expect(built.pauses?.longestSilenceMs).toBeLessThanOrEqual(500 + 2 * 150);
    expect(built.pauses?.speechKeptPct).toBe(100);
    expect(built.notes.join("\n")).toMatch(
      /Pauses: 3 of 3 trimmed \(.* s\), keeping 100% of the speech; longest silence left 0\.\d s\./,
    );
    expect(built.notes.join("\n")).toMatch(/Cut to 10 s: took .* s from the end\./);
  });
});

describe("segmentsOnGrid", () => {
  it("puts every boundary on the frame grid without drift across many cuts", () => {
    const kept = Array.from({ length: 40 }, (_, i) => ({ startMs: i * 1000, endMs: i * 1000 + 517 }));
    const segs = segmentsOnGrid(kept, 1, 30000 / 1001);
    const end = segs.reduce((n, s) => n + s.durationMs, 0);
    // 40 × 517 ms = 20.68 s → 620 frames at 29.97; rounding per segment would be off by several.
    expect(Math.round((end * 30000) / 1001 / 1000)).toBe(620);
    for (const s of segs) {
      const frame = (s.startMs * 30000) / 1001 / 1000;
      expect(Math.abs(frame - Math.round(frame))).toBeLessThan(0.02);
    }
  });
});

describe("outputFrame", () => {
  it("makes a variable-rate phone clip a constant 30 fps and caps 120 fps at 60", () => {
    expect(outputFrame(plan({}), videoInfo({ video: { fps: 10.5, vfr: true } })).fps).toBe(30);
    expect(outputFrame(plan({}), videoInfo({ video: { fps: 120 } })).fps).toBe(60);
  });

  it("reads an iPhone's jittery 29.977 as 29.97", () => {
    expect(outputFrame(plan({}), videoInfo({ video: { fps: 29.977 } })).fps).toBe(29.97);
  });

  it("follows the source aspect at 1080 on the short side, even-sized", () => {
    const f = outputFrame(plan({}), videoInfo({ video: { width: 321, height: 569 } }));
    expect(f.width).toBe(1080);
    expect(f.height % 2).toBe(0);
  });

  it("keeps GIFs small", () => {
    const f = outputFrame(plan({ output: { preset: "tiktok", format: "gif" } }), videoInfo());
    expect([f.width, f.height, f.fps]).toEqual([480, 854, 15]);
  });
});

describe("placeTexts", () => {
  const text = (t: object) => TextSchema.parse({ text: "Hi", ...t });

  it("counts anchor-end times back from the end, either way round", () => {
    const a = placeTexts([text({ anchor: "end", startMs: 0, endMs: 3000 })], 10_000, null).segments[0];
    const b = placeTexts([text({ anchor: "end", startMs: 3000, endMs: null })], 10_000, null).segments[0];
    expect([a?.startMs, a?.durationMs]).toEqual([7000, 3000]);
    expect([b?.startMs, b?.durationMs]).toEqual([7000, 3000]);
  });

  it("runs an open-ended text to the end and drops one that starts after it, with a note", () => {
    const r = placeTexts(
      [text({ startMs: 2000, endMs: null }), text({ startMs: 12_000, endMs: 13_000 })],
      10_000,
      null,
    );
    expect(r.segments).toHaveLength(1);
    expect(r.segments[0]?.durationMs).toBe(8000);
    expect(r.notes[0]).toMatch(/outside the 10 s output/);
  });

  it("leaves out emoji no outline font can draw and says which", () => {
    const r = placeTexts([text({ text: "Banana 🍌 Bread 香蕉 👩‍🍳!" })], 5000, GLYPHS);
    expect(r.segments[0]?.text).toBe("Banana Bread 香蕉 !");
    expect(r.notes[0]).toContain("🍌");
    expect(r.notes[0]).toContain("👩‍🍳");
  });

  it("keeps everything when fontconfig could not be asked", () => {
    expect(dropUndrawable("a 🍌", null)).toEqual({ text: "a 🍌", dropped: [] });
  });
});

describe("buildTimeline for other sources and outputs", () => {
  it("shows a still for 5 s by default and says it has no pauses", () => {
    const b = buildTimeline({
      plan: plan({ cut: { removePauses: {} } }),
      source: { name: "cake.png", info: imageInfo() },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect(b.timeline.durationMs).toBe(5000);
    expect(b.timeline.tracks.map((t) => t.type)).toEqual([0]);
    expect(b.notes.join()).toMatch(/still image has no pauses/);
  });

  it("gives an audio-only output no picture and no texts", () => {
    const b = buildTimeline({
      plan: plan({ output: { format: "mp3" }, texts: [{ text: "x" }] }),
      source: { name: "a.mp4", info: videoInfo() },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect(b.timeline.tracks.map((t) => t.type)).toEqual([1]);
    expect([b.timeline.width, b.timeline.height]).toEqual([0, 0]);
    expect(b.notes.join()).toMatch(/not drawn on mp3/);
  });

  it("gives stills and GIFs no sound tracks, noting music it cannot play", () => {
    for (const format of ["jpg", "gif"] as const) {
      const b = buildTimeline({
        plan: plan({ output: { format }, audio: { music: {} } }),
        source: { name: "a.mp4", info: videoInfo() },
        music: null,
        speech: null,
        glyphs: null,
      });
      expect(b.timeline.tracks.map((t) => t.type)).toEqual([0]);
      expect(b.notes).toContain(`A ${format} has no sound, so the music was left out.`);
    }
  });

  it("pictures a sound-only source, 9:16 by default", () => {
    const b = buildTimeline({
      plan: plan({}),
      source: { name: "jfk.wav", info: audioInfo() },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect([b.timeline.width, b.timeline.height]).toEqual([1080, 1920]);
    expect(b.timeline.tracks.map((t) => t.type)).toEqual([0, 1]);
  });

  it("drops the voice when muted and plays the generated bed when music has no file, saying so", () => {
    const b = buildTimeline({
      plan: plan({ audio: { mute: true, music: { volume: 0.5 } } }),
      source: { name: "a.mp4", info: videoInfo({ durationMs: 8000 }) },
      music: null,
      speech: null,
      glyphs: null,
    });
    const tracks = b.timeline.tracks;
    expect(tracks.map((t) => (t.type === 1 ? t.role : t.type))).toEqual([0, "bgm"]);
    expect(b.timeline.sources.find((s) => s.id === "music")?.generator).toBe("bed");
    expect(b.notes.join()).toMatch(/generated royalty-free bed/);
    expect(summarizeTimeline(b.timeline)).toContain("2. BGM: promptcut bed (generated) (0-8s, 50%)");
  });

  it("loops a short music file under a longer clip and ducks it under the voice", () => {
    const music = { name: "lofi.mp3", info: audioInfo(3000) };
    const b = buildTimeline({
      plan: plan({ audio: { music: {} } }),
      source: { name: "a.mp4", info: videoInfo({ durationMs: 8000 }) },
      music,
      speech: null,
      glyphs: null,
    });
    const bgm = b.timeline.tracks.find((t) => t.type === 1 && t.role === "bgm");
    expect(bgm?.type === 1 && bgm.duck).toBe(true);
    expect(bgm?.segments[0]).toMatchObject({ loop: true, durationMs: 8000, volume: 0.35, fadeOutMs: 1000 });
  });

  it("sets the loudness target and clamps fades to half the clip", () => {
    const b = buildTimeline({
      plan: plan({ audio: { normalize: true }, fade: { inMs: 5000, outMs: 500 } }),
      source: { name: "a.mp4", info: videoInfo({ durationMs: 4000 }) },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect(b.timeline.loudnessLufs).toBe(-14);
    expect(b.timeline.fade).toEqual({ inMs: 2000, outMs: 500 });
  });

  it("halves the output at double speed", () => {
    const b = buildTimeline({
      plan: plan({ speed: 2 }),
      source: { name: "a.mp4", info: videoInfo({ durationMs: 8000 }) },
      music: null,
      speech: null,
      glyphs: null,
    });
    expect(b.timeline.durationMs).toBe(4000);
    expect(b.timeline.tracks[0]?.segments[0]).toMatchObject({
      sourceInMs: 0,
      sourceOutMs: 8000,
      durationMs: 4000,
      speed: 2,
    });
  });
});
