import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { spawnService, waitForExit, waitForOutput } from "../support/processes.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

describe("on SIGTERM", () => {
  let api: TestService;
  beforeAll(async () => {
    api = await startService({ worker: false });
  });
  afterAll(() => api?.close());

  const submit = async (clip: string) => {
    const res = await fetch(`${api.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: fixture(clip), fields: { options: JSON.stringify({ preset: "tiktok" }) } }),
    });
    return ((await res.json()) as any).id as string;
  };

  it("a worker finishes the job it is running within the grace period, then exits 0", async () => {
    const worker = spawnService("worker", { ...api.env, SHUTDOWN_TIMEOUT_MS: "60000" });
    await waitForOutput(worker, /worker started/);
    const id = await submit("clip_240p_2s.mp4");
    await waitForJob(api.url, id, { until: (j) => j.status === "processing" });
    worker.kill("SIGTERM");
    expect(await waitForExit(worker)).toBe(0);
    const job = await waitForJob(api.url, id, { until: () => true });
    expect(job.status).toBe("completed");
    expect(job.result.width).toBe(1080);
  });

  it("a worker past its grace period hands the job back to the queue, and the next worker completes it", async () => {
    const worker = spawnService("worker", { ...api.env, SHUTDOWN_TIMEOUT_MS: "300" });
    await waitForOutput(worker, /worker started/);
    const id = await submit("clip_240p_20s.mp4");
    await waitForJob(api.url, id, { until: (j) => j.step === "render" && j.progress > 12, timeoutMs: 60_000 });
    worker.kill("SIGTERM");
    expect(await waitForExit(worker)).toBe(0);
    expect(worker.output()).toMatch(/handed back to the queue/);
    const handedBack = await waitForJob(api.url, id, { until: () => true });
    expect(handedBack.status).toBe("queued");

    const next = spawnService("worker", api.env);
    try {
      const job = await waitForJob(api.url, id, { timeoutMs: 90_000 });
      expect(job.status).toBe("completed");
    } finally {
      next.kill("SIGTERM");
      await waitForExit(next);
    }
  }, 150_000);

  it("the API stops taking jobs and exits once its requests are done", async () => {
    const both = spawnService("all", { ...api.env, PORT: "0" });
    await waitForOutput(both, /API listening/);
    const url = /"address":"(http:\/\/[^"]+)"/.exec(both.output())![1]!;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    both.kill("SIGTERM");
    expect(await waitForExit(both)).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
