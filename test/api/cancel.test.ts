import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { fixture } from "../support/fixtures.js";
import { startReceiver } from "../support/receiver.js";
import { filesUnder, form, startService, waitForJob, type TestService } from "../support/service.js";

function ffmpegProcessesFor(jobId: string): string[] {
  const out = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes("ffmpeg") && l.includes(jobId));
}

describe("canceling a job", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ env: { WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });
  });
  afterAll(() => svc?.close());

  it("stops a running render: canceled, no ffmpeg, no output, and job.canceled heard once", async () => {
    const receiver = await startReceiver();
    try {
      const res = await fetch(`${svc.url}/v1/jobs`, {
        method: "POST",
        body: form({
          file: fixture("clip_240p_20s.mp4"),
          fields: { options: JSON.stringify({ preset: "tiktok", webhook: { url: receiver.url } }) },
        }),
      });
      const { id } = (await res.json()) as any;
      await waitForJob(svc.url, id, { until: (j) => j.step === "render" && j.progress > 10 });
      expect(ffmpegProcessesFor(id).length).toBe(1);

      const del = await fetch(`${svc.url}/v1/jobs/${id}`, { method: "DELETE" });
      expect(del.status).toBe(200);
      expect(((await del.json()) as any).status).toBe("canceled");

      const deadline = Date.now() + 5000;
      while (ffmpegProcessesFor(id).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(ffmpegProcessesFor(id)).toEqual([]);

      const [hook] = await receiver.waitFor(1);
      const event = new Webhook(svc.cfg.WEBHOOK_SECRET!).verify(
        hook!.body,
        hook!.headers as Record<string, string>,
      ) as any;
      expect(event.type).toBe("job.canceled");
      expect(event.data.id).toBe(id);

      await new Promise((r) => setTimeout(r, 500));
      const job = await waitForJob(svc.url, id);
      expect(job.status).toBe("canceled");
      expect(filesUnder(`${svc.storageDir}/jobs/${id}`).filter((f) => !f.endsWith("/source"))).toEqual([]);
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("keeps a queued job from ever running", async () => {
    const stopped = await startService({ worker: false });
    try {
      const res = await fetch(`${stopped.url}/v1/jobs`, {
        method: "POST",
        body: form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "for tiktok" } }),
      });
      const { id } = (await res.json()) as any;
      const del = await fetch(`${stopped.url}/v1/jobs/${id}`, { method: "DELETE" });
      expect(((await del.json()) as any).status).toBe("canceled");
      const again = await fetch(`${stopped.url}/v1/jobs/${id}`, { method: "DELETE" });
      expect(again.status).toBe(409);
      // RFC 9457: `status` is the HTTP status; the job's own state has its own member.
      expect(await again.json()).toMatchObject({ code: "conflict", status: 409, jobStatus: "canceled" });
      const out = await fetch(`${stopped.url}/v1/jobs/${id}/output`);
      expect(out.status).toBe(409);
    } finally {
      await stopped.close();
    }
  });
});
