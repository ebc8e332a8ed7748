import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import type { Simulator } from "../../src/sim/server.js";
import { fixture } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { startTestSim } from "../support/nemo.js";
import { spawnService, waitForExit, waitForOutput } from "../support/processes.js";
import { startReceiver } from "../support/receiver.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

const SEED = "trim the awkward pauses, add a fun text overlay, and cut it down to 10 seconds";
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

function nemoEnv(sim: Simulator, over: Record<string, string> = {}): Record<string, string> {
  return {
    NEMO_API_URL: sim.url,
    NEMO_CLIENT_ID: `svc-test-${Math.random().toString(36).slice(2)}`,
    NEMO_POLL_INTERVAL_MS: "300",
    NEMO_CONFIRM_DELAYS_MS: "200,300,400,500,600",
    NEMO_RETRY_DELAYS_MS: "50,100,200,400,800",
    WEBHOOK_SECRET: SECRET,
    ...over,
  };
}

const submit = async (svc: TestService, opts: { clip?: string; instruction?: string; webhook?: string } = {}) => {
  const options = { preset: "tiktok", engine: "nemo", ...(opts.webhook ? { webhook: { url: opts.webhook } } : {}) };
  const res = await fetch(`${svc.url}/v1/jobs`, {
    method: "POST",
    body: form({
      file: fixture(opts.clip ?? "clip_240p_2s.mp4"),
      fields: { instruction: opts.instruction ?? SEED, options: JSON.stringify(options) },
    }),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as any).id as string;
};

describe("a nemo job against the simulator", () => {
  let sim: Simulator;
  let svc: TestService;
  beforeAll(async () => {
    sim = await startTestSim();
    svc = await startService({ env: nemoEnv(sim) });
  });
  afterAll(async () => {
    await svc?.close();
    await sim?.close();
  });

  it("completes the seed example: a real 1080x1920 MP4, a local job's result fields, a signed webhook", async () => {
    const receiver = await startReceiver();
    try {
      const id = await submit(svc, { webhook: receiver.url });
      const job = await waitForJob(svc.url, id, { timeoutMs: 90_000 });
      expect(job.status, JSON.stringify(job.error)).toBe("completed");
      expect(job.engine).toBe("nemo");
      expect(job.result).toMatchObject({
        format: "mp4",
        width: 1080,
        height: 1920,
        url: `${svc.url}/v1/jobs/${id}/output`,
      });
      expect(job.summary).toMatch(/^Timeline \(\d+ tracks?\): 1\. Video: clip_240p_2s\.mp4/);
      expect(job.details.nemo).toMatchObject({
        sessionId: expect.stringMatching(/^\d{19}$/),
        renderId: expect.stringMatching(/^render_/),
      });
      expect(job.notes.some((n: string) => n.startsWith("NemoVideo: "))).toBe(true);

      const file = `${svc.storageDir}/jobs/${id}/output.mp4`;
      const probe = ffprobe(file);
      const v = probe.streams.find((s) => s.codec_type === "video")!;
      expect([v.codec_name, v.width, v.height]).toEqual(["h264", 1080, 1920]);
      expect(fs.statSync(file).size).toBe(job.result.sizeBytes);

      // Same shape as a local job of the same clip.
      const localRes = await fetch(`${svc.url}/v1/jobs`, {
        method: "POST",
        body: form({
          file: fixture("clip_240p_2s.mp4"),
          fields: { instruction: SEED, options: JSON.stringify({ preset: "tiktok" }) },
        }),
      });
      const local = await waitForJob(svc.url, ((await localRes.json()) as any).id, { timeoutMs: 60_000 });
      expect(Object.keys(job.result).sort()).toEqual(Object.keys(local.result).sort());
      expect(Object.keys(job).sort()).toEqual(Object.keys(local).sort());

      const [hook] = await receiver.waitFor(1);
      const event = new Webhook(SECRET).verify(hook!.body, hook!.headers as Record<string, string>) as any;
      expect(event).toMatchObject({ type: "job.completed", data: { id, engine: "nemo", status: "completed" } });

      const stats = sim.stats();
      expect(stats.renders.bySession[job.details.nemo.sessionId]).toBe(1);
      expect(stats.messages.bySession[job.details.nemo.sessionId]).toBe(1);
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it("shows the account's credits", async () => {
    const res = await fetch(`${svc.url}/v1/credits`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.local.costs).toBe("none");
    expect(body.nemo.total).toBe(body.nemo.available + body.nemo.frozen);
    expect(body.nemo.available).toBeLessThan(100); // the edit turn above cost credits
  });
});

describe("nemo jobs when the upstream misbehaves", () => {
  it("completes through a burst of 429s without spending an attempt", async () => {
    const sim = await startTestSim({ rateLimit: { count: 4, retryAfterS: 1 } });
    const svc = await startService({ env: nemoEnv(sim, { JOB_ATTEMPTS: "1" }) });
    try {
      const id = await submit(svc);
      const job = await waitForJob(svc.url, id, { timeoutMs: 90_000 });
      expect(job.status, JSON.stringify(job.error)).toBe("completed");
      expect(sim.stats().rateLimited).toBeGreaterThanOrEqual(4);
    } finally {
      await svc.close();
      await sim.close();
    }
  }, 120_000);

  it.each([
    [{ creditsExhausted: true }, "upstream_credits_exhausted", /register\?bind=/],
    [{ exportBlocked: true }, "upstream_export_blocked", /export/i],
  ])(
    "fails with a code a person can act on (%j → %s)",
    async (faults, code, message) => {
      const sim = await startTestSim(faults);
      const svc = await startService({ env: nemoEnv(sim) });
      try {
        const id = await submit(svc);
        const job = await waitForJob(svc.url, id, { timeoutMs: 90_000 });
        expect(job.status).toBe("failed");
        expect(job.error.code).toBe(code);
        expect(job.error.message).toMatch(message);
      } finally {
        await svc.close();
        await sim.close();
      }
    },
    120_000,
  );
});

describe("when the worker is killed while a nemo render is being polled", () => {
  it("the next worker resumes polling the same render: one render, one message", async () => {
    const sim = await startTestSim({ slowRenderMs: 6000 });
    const api = await startService({ worker: false, env: nemoEnv(sim, { WORKER_LOCK_MS: "2000" }) });
    const first = spawnService("worker", api.env);
    try {
      await waitForOutput(first, /worker started/);
      const id = await submit(api);
      const polling = await waitForJob(api.url, id, {
        until: (j) => j.step === "poll" && !!j.details?.nemo?.renderId,
        timeoutMs: 60_000,
      });
      const renderId = polling.details.nemo.renderId;
      first.kill("SIGKILL");
      await waitForExit(first);

      const second = spawnService("worker", api.env);
      try {
        const job = await waitForJob(api.url, id, { timeoutMs: 90_000 });
        expect(job.status, JSON.stringify(job.error)).toBe("completed");
        expect(job.details.nemo.renderId).toBe(renderId);
        const stats = sim.stats();
        expect(stats.renders.started).toBe(1);
        expect(stats.exports.accepted).toBe(1);
        expect(Object.values(stats.messages.bySession).every((n) => n <= 1)).toBe(true);
        expect(stats.messages.total).toBe(1);
      } finally {
        second.kill("SIGTERM");
        await waitForExit(second);
      }
    } finally {
      if (first.exitCode === null) first.kill("SIGKILL");
      await api.close();
      await sim.close();
    }
  }, 180_000);

  it("a job canceled while parked between polls stops its upstream render", async () => {
    const sim = await startTestSim({ slowRenderMs: 20_000 });
    const svc = await startService({ env: nemoEnv(sim, { NEMO_POLL_INTERVAL_MS: "3000" }) });
    try {
      const id = await submit(svc);
      await waitForJob(svc.url, id, {
        until: (j) => j.step === "poll" && !!j.details?.nemo?.renderId,
        timeoutMs: 60_000,
      });
      const del = await fetch(`${svc.url}/v1/jobs/${id}`, { method: "DELETE" });
      expect(((await del.json()) as any).status).toBe("canceled");
      const deadline = Date.now() + 10_000;
      while (sim.stats().renders.canceled === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(sim.stats().renders.canceled).toBe(1);
      expect((await waitForJob(svc.url, id)).status).toBe("canceled");
    } finally {
      await svc.close();
      await sim.close();
    }
  }, 120_000);
});

describe("a nemo job waiting between polls", () => {
  it("holds no worker slot: a local job queued after it finishes first on a one-slot worker", async () => {
    const sim = await startTestSim({ slowRenderMs: 8000 });
    const svc = await startService({ env: nemoEnv(sim, { WORKER_CONCURRENCY: "1", NEMO_POLL_INTERVAL_MS: "2000" }) });
    try {
      const nemoId = await submit(svc);
      await waitForJob(svc.url, nemoId, { until: (j) => j.step === "poll", timeoutMs: 60_000 });
      const res = await fetch(`${svc.url}/v1/jobs`, {
        method: "POST",
        body: form({ file: fixture("clip_240p_2s.mp4"), fields: { options: JSON.stringify({ preset: "square" }) } }),
      });
      const localId = ((await res.json()) as any).id;
      const local = await waitForJob(svc.url, localId, { timeoutMs: 60_000 });
      const nemoMeanwhile = await waitForJob(svc.url, nemoId, { until: () => true });
      expect(local.status).toBe("completed");
      expect(nemoMeanwhile.status).toBe("processing");
      const nemo = await waitForJob(svc.url, nemoId, { timeoutMs: 60_000 });
      expect(nemo.status).toBe("completed");
      expect(Date.parse(local.finishedAt)).toBeLessThan(Date.parse(nemo.finishedAt));
    } finally {
      await svc.close();
      await sim.close();
    }
  }, 120_000);
});
