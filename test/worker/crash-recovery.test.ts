import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { spawnService, waitForExit, waitForOutput } from "../support/processes.js";
import { filesUnder, form, startService, waitForJob, type TestService } from "../support/service.js";
import { startReceiver } from "../support/receiver.js";

describe("when the worker process is killed in the middle of a render", () => {
  let api: TestService;
  beforeAll(async () => {
    // API in this process; workers as separate processes so one can be SIGKILLed.
    api = await startService({ worker: false, env: { WORKER_LOCK_MS: "2000" } });
  });
  afterAll(() => api?.close());

  it("another worker picks the job up and it completes with exactly one output", async () => {
    const first = spawnService("worker", api.env);
    await waitForOutput(first, /worker started/);
    const res = await fetch(`${api.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: fixture("clip_240p_20s.mp4"), fields: { options: JSON.stringify({ preset: "tiktok" }) } }),
    });
    const { id } = (await res.json()) as any;
    await waitForJob(api.url, id, { until: (j) => j.step === "render" && j.progress >= 20, timeoutMs: 60_000 });

    first.kill("SIGKILL");
    await waitForExit(first);
    // The dead worker's ffmpeg may have written a temp file; it must never become an output.
    const afterKill = await waitForJob(api.url, id, { until: () => true });
    expect(afterKill.status).toBe("processing");

    const second = spawnService("worker", api.env);
    try {
      const job = await waitForJob(api.url, id, { timeoutMs: 90_000 });
      expect(job.status).toBe("completed");
      const files = filesUnder(`${api.storageDir}/jobs/${id}`).map((f) => f.split("/").pop());
      expect(files.sort()).toEqual(["output.mp4", "source"]);
      const probe = ffprobe(`${api.storageDir}/jobs/${id}/output.mp4`);
      expect(Math.abs(Number(probe.format.duration) - 20)).toBeLessThan(0.1);
      expect(fs.statSync(`${api.storageDir}/jobs/${id}/output.mp4`).size).toBe(job.result.sizeBytes);
      // The record is written before the log line reaches our pipe: wait for it rather than race it.
      await waitForOutput(second, new RegExp(`"jobId":"${id}".*job completed`));
    } finally {
      second.kill("SIGTERM");
      await waitForExit(second);
    }
  }, 180_000);

  it("a job whose worker keeps dying ends failed, once, and its webhook hears it", async () => {
    const receiver = await startReceiver();
    const env = { ...api.env, WORKER_MAX_STALLS: "0", WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" };
    const first = spawnService("worker", env);
    try {
      await waitForOutput(first, /worker started/);
      const res = await fetch(`${api.url}/v1/jobs`, {
        method: "POST",
        body: form({
          file: fixture("clip_240p_20s.mp4"),
          fields: { options: JSON.stringify({ preset: "tiktok", webhook: { url: receiver.url } }) },
        }),
      });
      const { id } = (await res.json()) as any;
      await waitForJob(api.url, id, { until: (j) => j.step === "render" && j.progress >= 15, timeoutMs: 60_000 });
      first.kill("SIGKILL");
      await waitForExit(first);

      const second = spawnService("worker", env);
      try {
        const job = await waitForJob(api.url, id, { timeoutMs: 60_000 });
        expect(job.status).toBe("failed");
        expect(job.error.code).toBe("internal");
        const [hook] = await receiver.waitFor(1);
        expect(JSON.parse(hook!.body)).toMatchObject({ type: "job.failed", data: { id, status: "failed" } });
        await new Promise((r) => setTimeout(r, 500));
        expect(receiver.received).toHaveLength(1);
        expect(filesUnder(`${api.storageDir}/jobs/${id}`).filter((f) => !f.endsWith("/source"))).toEqual([]);
      } finally {
        second.kill("SIGTERM");
        await waitForExit(second);
      }
    } finally {
      if (first.exitCode === null) first.kill("SIGKILL");
      await receiver.close();
    }
  }, 120_000);
});
