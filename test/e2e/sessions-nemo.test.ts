import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Simulator } from "../../src/sim/server.js";
import { media } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { startTestSim } from "../support/nemo.js";
import { startService, waitForJob, type TestService } from "../support/service.js";

describe("a five-turn session on the nemo engine (simulator)", () => {
  let sim: Simulator;
  let svc: TestService;
  let sid: string;
  const say = async (text: string) => {
    const res = await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const body: any = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    return body;
  };

  beforeAll(async () => {
    sim = await startTestSim();
    svc = await startService({
      env: {
        NEMO_API_URL: sim.url,
        NEMO_CLIENT_ID: `sess-${Math.random().toString(36).slice(2)}`,
        NEMO_POLL_INTERVAL_MS: "300",
        NEMO_CONFIRM_DELAYS_MS: "200,300,400,500,600",
        NEMO_RETRY_DELAYS_MS: "50,100,200,400,800",
      },
    });
    const created = await fetch(`${svc.url}/v1/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ engine: "nemo" }),
    });
    sid = ((await created.json()) as any).id;
    const fd = new FormData();
    fd.append("file", new Blob([fs.readFileSync(media("speech_film_dialogue_his_girl_friday_bw.mp4"))]), "friday.mp4");
    expect((await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, { method: "POST", body: fd })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await svc?.close();
    await sim?.close();
  });

  it("edits, reports status, refines, undoes and exports through one upstream session", async () => {
    const t1 = await say('make it 4 seconds for tiktok and put "His Girl Friday" at the top');
    expect(t1.turn.kind).toBe("edit");
    expect(t1.turn.reply).not.toMatch(/click export/i);
    expect(t1.session.summaries.src_1).toMatch(
      /^Timeline \(\d tracks\): 1\. Video: friday\.mp4 \(0-4s[,)].*Title: "His Girl Friday"/,
    );
    expect(t1.session.plan.cut.targetDurationMs).toBe(4000);

    const t2 = await say("show tracks");
    expect(t2.turn.kind).toBe("status");
    expect(t2.turn.reply).toContain(t1.session.summaries.src_1);

    const t3 = await say("actually 3 seconds");
    expect(t3.turn.kind).toBe("edit");
    expect(t3.session.summaries.src_1).toMatch(/\(0-3s[,)].*Title: "His Girl Friday"/);

    const t4 = await say("undo");
    expect(t4.turn.kind).toBe("undo");
    expect(t4.session.summaries.src_1).toBe(t1.session.summaries.src_1);

    const t5 = await say("export");
    expect(t5.turn.kind).toBe("export");
    const job = await waitForJob(svc.url, t5.turn.jobs[0].jobId, { timeoutMs: 90_000 });
    expect(job.status, JSON.stringify(job.error)).toBe("completed");
    expect(job.engine).toBe("nemo");
    const probe = ffprobe(`${svc.storageDir}/jobs/${job.id}/output.mp4`);
    const v = probe.streams.find((s) => s.codec_type === "video")!;
    expect([v.width, v.height]).toEqual([1080, 1920]);
    // The export renders the undone-to draft (4 s), not the last one the agent made (3 s).
    expect(Math.abs(Number(probe.format.duration) - 4)).toBeLessThanOrEqual(0.04);

    const stats = sim.stats();
    expect(stats.sessionsCreated).toBe(1);
    // Two edit turns reached the agent; status, undo and export were answered here.
    expect(stats.messages.total).toBe(2);
    expect(Object.values(stats.messages.bySession)).toEqual([2]);
  }, 180_000);
});

describe("two messages to one nemo session at once", () => {
  it("are answered one after the other, even when a turn outlives the lock's lifetime", async () => {
    const sim = await startTestSim({ turnMs: 2000, heartbeatMs: 200 });
    const svc = await startService({
      env: {
        NEMO_API_URL: sim.url,
        NEMO_CLIENT_ID: `lock-${Math.random().toString(36).slice(2)}`,
        SESSION_LOCK_MS: "600",
        NEMO_CONFIRM_DELAYS_MS: "100,100,100,100,100",
      },
    });
    try {
      const sid = (
        (await (
          await fetch(`${svc.url}/v1/sessions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ engine: "nemo" }),
          })
        ).json()) as any
      ).id;
      const fd = new FormData();
      fd.append(
        "file",
        new Blob([fs.readFileSync(media("speech_film_dialogue_his_girl_friday_bw.mp4"))]),
        "friday.mp4",
      );
      await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, { method: "POST", body: fd });
      const say = (text: string) =>
        fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text }),
        });
      const one = say("make it 4 seconds");
      await new Promise((r) => setTimeout(r, 900));
      const two = say("make it square");
      const answers = await Promise.all([one, two]);
      const bodies = (await Promise.all(answers.map((a) => a.json()))) as any[];
      // The second waits for the first (or is told to come back); it never runs alongside it.
      const turns = bodies.filter((b) => b.turn).map((b) => b.turn.n);
      expect(new Set(turns).size).toBe(turns.length);
      const session = (await (await fetch(`${svc.url}/v1/sessions/${sid}`)).json()) as any;
      expect(session.turns.map((t: any) => t.n)).toEqual(turns.sort());
      expect(sim.stats().sessionsCreated).toBe(1);
    } finally {
      await svc.close();
      await sim.close();
    }
  }, 90_000);
});
