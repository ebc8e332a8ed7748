import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { openSse } from "../support/sse.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";
import { startWorker } from "../../src/worker/runtime.js";
import { streamIdAfter } from "../../src/api/job-events-hub.js";

describe("GET /v1/jobs/:id/events", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ worker: false });
  });
  afterAll(() => svc?.close());

  const submit = async (clip = "clip_240p_2s.mp4") => {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: fixture(clip), fields: { options: JSON.stringify({ preset: "tiktok" }) } }),
    });
    return ((await res.json()) as any).id as string;
  };

  it("shows an early client the progress in order, then the final event, then ends", async () => {
    const id = await submit();
    const sse = await openSse(`${svc.url}/v1/jobs/${id}/events`);
    expect(sse.status).toBe(200);
    const worker = await startWorker(svc.ctx);
    try {
      await sse.done;
      const names = sse.events.map((e) => e.event);
      expect(names[0]).toBe("step");
      expect(JSON.parse(sse.events[0]!.data)).toMatchObject({ step: "queued", status: "queued" });
      expect(names.at(-1)).toBe("completed");
      const job = JSON.parse(sse.events.at(-1)!.data);
      expect(job).toMatchObject({ id, status: "completed", result: { width: 1080, height: 1920 } });
      const progress = sse.events.filter((e) => e.event === "progress").map((e) => JSON.parse(e.data).progress);
      expect(progress.length).toBeGreaterThan(3);
      expect([...progress].sort((a, b) => a - b)).toEqual(progress);
      expect(names).toContain("step");
      const steps = sse.events.filter((e) => e.event === "step").map((e) => JSON.parse(e.data).step);
      expect(steps).toEqual(expect.arrayContaining(["queued", "render"]));
      expect(steps.indexOf("render")).toBeGreaterThan(steps.indexOf("probe"));
      // Ids are the queue event stream's, increasing.
      const ids = sse.events.map((e) => e.id!);
      expect(ids.every((i) => /^\d+-\d+$/.test(i))).toBe(true);
    } finally {
      await worker.close(0);
    }
  });

  it("gives a client that connects after completion the final state at once", async () => {
    const id = await submit();
    const worker = await startWorker(svc.ctx);
    try {
      await waitForJob(svc.url, id);
    } finally {
      await worker.close(0);
    }
    const started = Date.now();
    const sse = await openSse(`${svc.url}/v1/jobs/${id}/events`);
    await sse.done;
    // At once: not after a keep-alive period (15 s) or a poll; generous for a loaded machine.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sse.events.map((e) => e.event)).toEqual(["completed"]);
  });

  it("resumes after Last-Event-ID with only the events that came later", async () => {
    const id = await submit();
    const full = await openSse(`${svc.url}/v1/jobs/${id}/events`);
    const worker = await startWorker(svc.ctx);
    try {
      await full.done;
    } finally {
      await worker.close(0);
    }
    const progressEvents = full.events.filter((e) => e.event === "progress");
    const cut = progressEvents[Math.floor(progressEvents.length / 2)]!;
    const resumed = await openSse(`${svc.url}/v1/jobs/${id}/events`, { "last-event-id": cut.id! });
    await resumed.done;
    const later = full.events.filter((e) => streamIdAfter(e.id!, cut.id!));
    expect(resumed.events.map((e) => e.event).at(-1)).toBe("completed");
    expect(resumed.events.filter((e) => e.event === "progress").map((e) => e.data)).toEqual(
      later.filter((e) => e.event === "progress").map((e) => e.data),
    );
  });

  it("ends with canceled when the job is canceled while a client watches", async () => {
    const id = await submit("clip_240p_20s.mp4");
    const sse = await openSse(`${svc.url}/v1/jobs/${id}/events`);
    await new Promise((r) => setTimeout(r, 200));
    await fetch(`${svc.url}/v1/jobs/${id}`, { method: "DELETE" });
    await sse.done;
    expect(sse.events.at(-1)!.event).toBe("canceled");
  });

  it("answers 404 for another id", async () => {
    const res = await fetch(`${svc.url}/v1/jobs/job_01m8bcdbd30jhr5mkzzeyy8ave/events`);
    expect(res.status).toBe(404);
  });
});
