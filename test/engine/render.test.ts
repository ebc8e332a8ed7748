import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureLevels } from "../../src/engine/analyse/levels.js";
import { AppError } from "../../src/shared/errors.js";
import { fixture } from "../support/fixtures.js";
import { ffprobe, moovBeforeMdat } from "../support/media.js";
import {
  frameBrightness,
  frameMs,
  grayFrame,
  leftovers,
  levelsOf,
  meanDiff,
  quietRuns,
  renderFile,
  syncErrorMs,
  tempDir,
} from "./render-support.js";

/** Mean brightness of each column of a grey frame between rows y0 and y1. */
function columns(frame: Buffer, w: number, y0: number, y1: number): number[] {
  return Array.from({ length: w }, (_, x) => {
    let sum = 0;
    for (let y = y0; y < y1; y++) sum += frame[y * w + x] ?? 0;
    return sum / (y1 - y0);
  });
}

function correlation(a: number[], b: number[]): number {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    num += (x - ma) * (y - mb);
    da += (x - ma) ** 2;
    db += (y - mb) ** 2;
  });
  return num / Math.sqrt(da * db);
}

/** Small portrait output keeps each render well under a second of encoding. */
const SMALL = { aspect: "9:16", resolution: 480 } as const;

describe("an mp4 render of a 240p clip", () => {
  it("is H.264 High yuv420p + AAC 48 kHz stereo at the asked size, as long as its Timeline, in sync", async () => {
    const r = await renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL, fade: { inMs: 300, outMs: 300 } });
    expect(r.video).toMatchObject({ codec_name: "h264", profile: "High", pix_fmt: "yuv420p", width: 480, height: 854 });
    expect(r.audio).toMatchObject({ codec_name: "aac", sample_rate: "48000", channels: 2 });
    expect(Math.abs(r.formatDurationMs - r.res.timeline.durationMs)).toBeLessThanOrEqual(frameMs(r.res.timeline));
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
    expect(moovBeforeMdat(fs.readFileSync(r.out))).toBe(true);
    expect(r.res.summary).toBe(
      "Timeline (2 tracks): 1. Video: clip_240p_2s.mp4 (0-2s) 2. Audio: clip_240p_2s.mp4 (0-2s)",
    );
    expect(r.res.output).toMatchObject({ format: "mp4", width: 480, height: 854, durationMs: 2000 });
    expect(r.res.ffmpegArgs).toContain("-filter_complex");
    expect(leftovers(r.dir)).toEqual(["out.mp4"]);
  });

  it("reports progress from 0 to 1, analysis first", async () => {
    const seen: Array<[number, string]> = [];
    await renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL }, { onProgress: (f, step) => seen.push([f, step]) });
    expect(seen[0]).toEqual([0, "analyse"]);
    expect(seen.at(-1)).toEqual([1, "render"]);
    const fractions = seen.map(([f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe("text", () => {
  it("is drawn where the overlay is and nowhere else", async () => {
    const text = {
      text: "Banana Bread!",
      style: "fun",
      position: "top",
      animation: "pop",
      startMs: 0,
      endMs: 1800,
    } as const;
    const [withText, without] = await Promise.all([
      renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL, texts: [text] }),
      renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL }),
    ]);
    const a = grayFrame(withText.out, 1.0, 480, 854);
    const b = grayFrame(without.out, 1.0, 480, 854);
    // Top text sits just under the top 10% of the frame.
    const band = { x0: 60, x1: 420, y0: 100, y1: 150 };
    expect(meanDiff(a, b, 480, band)).toBeGreaterThan(20);
    expect(meanDiff(a, b, 480, { x0: 0, x1: 480, y0: 250, y1: 854 })).toBeLessThan(2);
    expect(meanDiff(a, b, 480, { x0: 0, x1: 480, y0: 0, y1: 80 })).toBeLessThan(2);
    // After its end the text is gone.
    expect(
      meanDiff(grayFrame(withText.out, 1.9, 480, 854), grayFrame(without.out, 1.9, 480, 854), 480, band),
    ).toBeLessThan(3);
  });

  it("wraps long Latin and CJK text inside 90% of the width and the safe area, noting an emoji", async () => {
    const text = {
      text: "The best banana bread 香蕉面包 you will ever bake 🍌",
      style: "bold",
      position: "bottom",
      startMs: 0,
      endMs: 2000,
    } as const;
    const [withText, without] = await Promise.all([
      renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL, texts: [text] }),
      renderFile(fixture("clip_240p_2s.mp4"), { output: SMALL }),
    ]);
    expect(withText.res.notes.join()).toMatch(/no installed font can draw \(🍌\)/);
    const a = grayFrame(withText.out, 1.0, 480, 854);
    const b = grayFrame(without.out, 1.0, 480, 854);
    // Drawn above the bottom 20%, over several lines, and not in the outer 5% on either side.
    expect(meanDiff(a, b, 480, { x0: 24, x1: 456, y0: 500, y1: 680 })).toBeGreaterThan(10);
    expect(meanDiff(a, b, 480, { x0: 0, x1: 480, y0: 684, y1: 854 })).toBeLessThan(2);
    expect(meanDiff(a, b, 480, { x0: 0, x1: 20, y0: 0, y1: 854 })).toBeLessThan(2);
    expect(meanDiff(a, b, 480, { x0: 460, x1: 480, y0: 0, y1: 854 })).toBeLessThan(2);
  });
});

describe("cuts", () => {
  it.each([
    [
      "its own seeked input",
      [
        { startMs: 500, endMs: 2300 },
        { startMs: 3700, endMs: 5400 },
      ],
      [500, 1500, 2100, 3100],
    ],
    [
      "a shared input, the gap decoded and dropped",
      [
        { startMs: 500, endMs: 2300 },
        { startMs: 2900, endMs: 5400 },
      ],
      [500, 1500, 1900, 2900, 3900],
    ],
  ])("keep picture and sound together across every cut, each segment from %s", async (_, ranges, want) => {
    // The source flashes and beeps together at every whole second.
    const r = await renderFile(fixture("flash_beep_6s.mp4"), { output: { ...SMALL, fps: 30 }, cut: { ranges } });
    const flashes = frameBrightness(r.out)
      .map((b, i) => ({ b, t: (i * 1000) / 30 }))
      .filter((f, i, all) => f.b > 100 && (all[i - 1]?.b ?? 0) <= 100)
      .map((f) => f.t);
    const beeps = quietRuns(await levelsOf(r.out), -30)
      .map((q) => q.endMs)
      .filter((t) => t < r.res.timeline.durationMs - 20);
    expect(flashes.map((t) => Math.round(t / 100) * 100)).toEqual(want);
    expect(beeps).toHaveLength(want.length);
    for (const [i, t] of flashes.entries()) expect(Math.abs(t - (beeps[i] ?? 0))).toBeLessThanOrEqual(40);
  });

  it("trim pauses to their padding and report what was found and removed", async () => {
    const r = await renderFile(fixture("bursts_6s.mp4"), {
      output: SMALL,
      cut: { removePauses: { minPauseMs: 500, paddingMs: 150 } },
    });
    // Three 0.8 s pauses: two keep 2 × 150 ms, the trailing one keeps 150 ms (±20 ms of window edge).
    const removed = (r.res.pauses?.removed ?? []).map((p) => p.endMs - p.startMs);
    expect(r.res.pauses?.found).toHaveLength(3);
    expect(removed).toHaveLength(3);
    for (const [i, want] of [500, 500, 650].entries())
      expect(Math.abs((removed[i] ?? 0) - want)).toBeLessThanOrEqual(20);
    const total = removed.reduce((a, b) => a + b, 0);
    expect(Math.abs(r.res.timeline.durationMs - (6000 - total))).toBeLessThanOrEqual(frameMs(r.res.timeline));
    expect(r.res.pauses?.speechKeptPct).toBeGreaterThanOrEqual(97);
    const longest = Math.max(
      ...quietRuns(await levelsOf(r.out), r.res.pauses?.thresholdDb ?? -30).map((q) => q.endMs - q.startMs),
    );
    expect(longest).toBeLessThanOrEqual(500 + 2 * 150);
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
  });

  it("cut to an exact duration, at double speed", async () => {
    const r = await renderFile(fixture("clip_240p_20s.mp4"), {
      output: SMALL,
      speed: 2,
      cut: { targetDurationMs: 3000 },
    });
    expect(r.res.timeline.durationMs).toBe(3000);
    expect(Math.abs(r.formatDurationMs - 3000)).toBeLessThanOrEqual(frameMs(r.res.timeline));
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
  });
});

describe("phone sources", () => {
  it("comes out upright, 8-bit SDR BT.709, with the GPS location stripped", async () => {
    const r = await renderFile(fixture("hdr10_rot180_2s.mp4"), {
      output: { preset: "tiktok", fit: "pad", resolution: 480 },
    });
    expect(r.video).toMatchObject({
      pix_fmt: "yuv420p",
      width: 480,
      height: 854,
      color_transfer: "bt709",
      color_space: "bt709",
    });
    expect(r.video?.side_data_list ?? []).toEqual([]);
    expect(JSON.stringify(r.tags)).not.toMatch(/location|\+40\.7/);
    // The clip is stored upright and flagged "rotate 180", so it must come out turned: its column
    // brightness runs mirrored (testsrc2's bars are red…cyan left to right, with a dark timecode).
    const src = columns(grayFrame(fixture("hdr10_base_2s.mp4"), 1, 480, 270), 480, 0, 270);
    const out = columns(grayFrame(r.out, 1, 480, 854), 480, 300, 550);
    expect(correlation(out, [...src].reverse())).toBeGreaterThan(0.5);
    expect(correlation(out, src)).toBeLessThan(correlation(out, [...src].reverse()));
  });

  it("turns a rotated portrait clip upright into a portrait frame", async () => {
    const r = await renderFile(fixture("rotated_90.mp4"), { output: { resolution: 480 } });
    expect([r.video?.width, r.video?.height]).toEqual([480, 640]);
    expect(r.video?.side_data_list ?? []).toEqual([]);
  });

  it("makes a variable-rate clip constant without drift", async () => {
    const r = await renderFile(fixture("vfr_2s.mp4"), { output: SMALL });
    expect(r.video?.r_frame_rate).toBe("30/1");
    expect(r.video?.avg_frame_rate).toBe("30/1");
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
  });

  it("gives a clip without sound a silent audio track", async () => {
    const r = await renderFile(fixture("noaudio_2s.mp4"), { output: SMALL });
    expect(r.audio?.codec_name).toBe("aac");
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
  });
});

describe("still and sound-only sources", () => {
  it("shows a still for 5 s by default", async () => {
    const r = await renderFile(fixture("still.png"), { output: SMALL });
    expect(Math.abs(r.formatDurationMs - 5000)).toBeLessThanOrEqual(34);
    expect(r.audio?.codec_name).toBe("aac");
  });

  it("pictures sound as a waveform on a plain background", async () => {
    const r = await renderFile(fixture("tone_3s.wav"), { output: SMALL });
    expect([r.video?.width, r.video?.height]).toEqual([480, 854]);
    expect(Math.abs(r.formatDurationMs - 3000)).toBeLessThanOrEqual(34);
    const f = grayFrame(r.out, 1.5, 480, 854);
    const middle = meanDiff(f, Buffer.alloc(f.length, 0), 480, { x0: 0, x1: 480, y0: 400, y1: 450 });
    const top = meanDiff(f, Buffer.alloc(f.length, 0), 480, { x0: 0, x1: 480, y0: 50, y1: 100 });
    expect(middle).toBeGreaterThan(top + 20);
  });
});

describe("output formats", () => {
  const src = fixture("clip_240p_2s.mp4");
  it.each([
    ["mov", "h264", "aac"],
    ["webm", "vp9", "opus"],
    ["gif", "gif", undefined],
    ["mp3", undefined, "mp3"],
    ["wav", undefined, "pcm_s16le"],
    ["m4a", undefined, "aac"],
    ["aac", undefined, "aac"],
    ["jpg", "mjpeg", undefined],
    ["png", "png", undefined],
  ] as const)("%s holds %s picture and %s sound", async (format, vcodec, acodec) => {
    const r = await renderFile(src, { output: { ...SMALL, format, quality: "draft" } });
    expect(r.video?.codec_name).toBe(vcodec);
    expect(r.audio?.codec_name).toBe(acodec);
    if (vcodec && format !== "gif") expect([r.video?.width, r.video?.height]).toEqual([480, 854]);
    expect(r.res.output.format).toBe(format);
    expect(leftovers(r.dir)).toEqual([`out.${format}`]);
  });
});

describe("colour", () => {
  it.each(["png", "jpg", "gif"] as const)("a %s keeps a saturated colour", async (format) => {
    const r = await renderFile(fixture("green.png"), {
      output: { format, resolution: 480 },
      cut: { targetDurationMs: 1000 },
    });
    const rgb = execFileSync("ffmpeg", [
      "-v",
      "error",
      "-i",
      r.out,
      "-frames:v",
      "1",
      "-vf",
      "crop=8:8",
      "-f",
      "rawvideo",
      "-pix_fmt",
      "rgb24",
      "pipe:1",
    ]);
    const [red, green, blue] = [0, 1, 2].map((c) => rgb.filter((_, i) => i % 3 === c).reduce((a, b) => a + b, 0) / 64);
    expect(Math.abs((red ?? 0) - 0x20)).toBeLessThan(8);
    expect(Math.abs((green ?? 0) - 0xc0)).toBeLessThan(8);
    expect(Math.abs((blue ?? 0) - 0x40)).toBeLessThan(8);
  });
});

describe("sound", () => {
  it("normalises loudness to -14 LUFS", async () => {
    const r = await renderFile(fixture("tone_3s.wav"), { output: { format: "wav" }, audio: { normalize: true } });
    const res = await import("node:child_process").then((cp) =>
      cp.spawnSync("ffmpeg", ["-hide_banner", "-nostats", "-i", r.out, "-af", "ebur128", "-f", "null", "-"], {
        encoding: "utf8",
      }),
    );
    const integrated = Number(/I:\s+(-?[\d.]+) LUFS\s*\n\s*Threshold/.exec(res.stderr)?.[1]);
    expect(Math.abs(integrated - -14)).toBeLessThan(1.5);
  });

  it("mixes a music file under the voice, ducked, looped and faded", async () => {
    const r = await renderFile(
      fixture("clip_240p_2s.mp4"),
      { output: SMALL, audio: { music: { volume: 0.5 } } },
      { music: fixture("tone_3s.wav") },
    );
    expect(r.res.summary).toContain("BGM: tone_3s.wav (0-2s, 50%)");
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);
  });

  it("plays the generated bed when no music file is given, and says so", async () => {
    const r = await renderFile(fixture("noaudio_2s.mp4"), { output: SMALL, audio: { music: {} } });
    expect(r.res.notes.join()).toMatch(/generated royalty-free bed/);
    const levels = await measureLevels(r.out, 1, { ffmpegPath: "ffmpeg", timeoutMs: 30_000 });
    expect(Math.max(...levels.db)).toBeGreaterThan(-30);
  });
});

describe("when the render is stopped", () => {
  it("a cancel kills ffmpeg and leaves no file behind", async () => {
    const dir = tempDir();
    const ac = new AbortController();
    const p = renderFile(
      fixture("clip_240p_20s.mp4"),
      { output: { preset: "tiktok" } },
      {
        dir,
        signal: ac.signal,
        onProgress: (f, step) => {
          if (step === "render" && f > 0.06) ac.abort();
        },
      },
    );
    await expect(p).rejects.toMatchObject({ code: "canceled" });
    expect(leftovers(dir)).toEqual([]);
  });

  it("a timeout kills ffmpeg with render_timeout and leaves no file behind", async () => {
    const dir = tempDir();
    const err = await renderFile(
      fixture("clip_240p_20s.mp4"),
      { output: { preset: "tiktok" } },
      { dir, timeoutMs: 1500 },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("render_timeout");
    expect(leftovers(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, "out.mp4"))).toBe(false);
    expect(ffprobe).toBeTypeOf("function");
  });
});
