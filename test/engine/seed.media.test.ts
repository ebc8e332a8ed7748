import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileRender } from "../../src/engine/compile/index.js";
import { runFfmpeg } from "../../src/engine/run.js";
import type { EditPlanInput } from "../../src/plan/schema.js";
import { probeMedia } from "../../src/media/probe.js";
import type { Timeline } from "../../src/timeline/schema.js";
import { SHARED_MEDIA } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { frameMs, grayFrame, meanDiff, renderFile, syncErrorMs, tempDir } from "./render-support.js";

/**
 * The seed example on every real clip: "trim the awkward pauses, add a fun text overlay, and cut
 * it down to 10 seconds", for TikTok — written as the EditPlan the interpreter will produce.
 */
const SEED: EditPlanInput = {
  output: { preset: "tiktok" },
  cut: { removePauses: {}, targetDurationMs: 10_000, durationMode: "exact" },
  texts: [{ text: "Banana Bread!", style: "fun", position: "top", animation: "pop", startMs: 0, endMs: 3000 }],
};

const CLIPS = fs
  .readdirSync(SHARED_MEDIA)
  .filter((f) => f !== "MANIFEST.md")
  .sort();

/** The same Timeline without its text, encoded alike, at `atMs`: what the picture is under the title. */
async function frameWithoutText(timeline: Timeline, source: string, atMs: number): Promise<Buffer> {
  const dir = tempDir();
  const info = await probeMedia(source, fs.statSync(source).size);
  const bare: Timeline = { ...timeline, durationMs: atMs + 500, tracks: timeline.tracks.filter((t) => t.type === 0) };
  const out = path.join(dir, "ref.mp4");
  const c = compileRender({
    timeline: bare,
    format: "mp4",
    quality: "high",
    media: { main: { path: source, info } },
    machine: { cpus: 2 },
    outputPath: out,
  });
  await runFfmpeg({ ffmpegPath: "ffmpeg", args: c.args, cwd: dir, expectedDurationMs: null, timeoutMs: 60_000 });
  return grayFrame(out, atMs / 1000, 270, 480);
}

describe.each(CLIPS)("the seed example on %s", (name) => {
  it("renders a 1080×1920 H.264/AAC clip of its Timeline's length, in sync, with the title drawn", {
    timeout: 240_000,
  }, async () => {
    const src = path.join(SHARED_MEDIA, name);
    const r = await renderFile(src, SEED);
    const t = r.res.timeline;

    expect(r.video).toMatchObject({
      codec_name: "h264",
      profile: "High",
      pix_fmt: "yuv420p",
      width: 1080,
      height: 1920,
    });
    expect(r.audio).toMatchObject({ codec_name: "aac", sample_rate: "48000", channels: 2 });
    // Exactly two streams: telemetry and timecode tracks are not carried over.
    expect(ffprobe(r.out).streams).toHaveLength(2);
    expect(JSON.stringify(r.tags)).not.toMatch(/location|xyz/i);

    // 10 s when the clip is long enough after its pauses go, else all that is left.
    expect(t.durationMs).toBeLessThanOrEqual(10_000 + frameMs(t));
    if ((r.res.output.durationMs ?? 0) > 0)
      expect(Math.abs(r.formatDurationMs - t.durationMs)).toBeLessThanOrEqual(frameMs(t));
    expect(Number(r.video?.duration) * 1000).toBeCloseTo(t.durationMs, -2);
    expect(syncErrorMs(r)).toBeLessThanOrEqual(40);

    const withText = grayFrame(r.out, 1.0, 270, 480);
    const without = await frameWithoutText(t, src, 1000);
    // The title sits just under the top 10%; the picture elsewhere is the same.
    const band = meanDiff(withText, without, 270, { x0: 40, x1: 230, y0: 58, y1: 84 });
    const rest = meanDiff(withText, without, 270, { x0: 0, x1: 270, y0: 120, y1: 480 });
    expect(band).toBeGreaterThan(15);
    expect(rest).toBeLessThan(4);
    console.log(
      `${name}: ${r.res.summary} | ${(r.res.output.sizeBytes / 1024).toFixed(0)} ` +
        `KiB | title band diff ${band.toFixed(1)}, elsewhere ${rest.toFixed(1)} | ${r.res.notes.join(" ")}`,
    );
  });
});
