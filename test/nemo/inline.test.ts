import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { NemoCheckpoint } from "../../src/nemo/checkpoint.js";
import { runNemoJob } from "../../src/nemo/inline.js";
import { CanceledError } from "../../src/shared/errors.js";
import type { Simulator } from "../../src/sim/server.js";
import { ffprobe } from "../support/media.js";
import { FAST_LIFECYCLE, clipSource, eventually, silent, startTestSim, tempDir, testClient } from "../support/nemo.js";

let sim: Simulator;
const tmp = tempDir();
afterEach(async () => {
  await sim?.close();
});
afterAll(() => tmp.cleanup());

describe("runNemoJob", () => {
  it("runs a job to the end in one process, handing out every checkpoint", async () => {
    sim = await startTestSim({ rateLimit: { count: 1, retryAfterS: 0 } });
    const client = testClient(sim);
    const seen: NemoCheckpoint["step"][] = [];
    try {
      const r = await runNemoJob(
        {
          client,
          source: clipSource(),
          instruction: "square 480p",
          outputPath: path.join(tmp.dir, "sq.mp4"),
          runId: "inline",
          log: silent,
          now: Date.now,
          timings: FAST_LIFECYCLE,
        },
        { onCheckpoint: (cp) => void seen.push(cp.step) },
      );
      const v = ffprobe(r.outputPath).streams.find((s) => s.codec_type === "video");
      expect([v?.width, v?.height]).toEqual([480, 480]);
      expect(seen.at(-1)).toBe("done");
      expect(new Set(seen)).toEqual(
        new Set(["session", "upload", "baseline", "message", "confirm", "export", "poll", "download", "done"]),
      );
    } finally {
      await client.close();
    }
  });

  it("cancels the render it started when the caller aborts", async () => {
    sim = await startTestSim({ slowRenderMs: 10_000 });
    const client = testClient(sim);
    const ac = new AbortController();
    try {
      const run = runNemoJob(
        {
          client,
          source: clipSource(),
          instruction: "square 480p",
          outputPath: path.join(tmp.dir, "c.mp4"),
          runId: "inline",
          log: silent,
          now: Date.now,
          timings: FAST_LIFECYCLE,
        },
        { signal: ac.signal, onCheckpoint: (cp) => (cp.step === "poll" ? ac.abort() : undefined) },
      );
      await expect(run).rejects.toBeInstanceOf(CanceledError);
      await eventually(() => expect(sim.stats().renders.canceled).toBe(1));
    } finally {
      await client.close();
    }
  });
});
