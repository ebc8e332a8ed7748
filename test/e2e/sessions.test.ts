import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, media } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { filesUnder, startService, waitForJob, type TestService } from "../support/service.js";

async function json(res: Response): Promise<any> {
  return res.json();
}

function uploadForm(paths: string[]): FormData {
  const fd = new FormData();
  for (const p of paths) fd.append("file", new Blob([fs.readFileSync(p)]), p.split("/").pop()!);
  return fd;
}

describe("a five-turn session on the local engine", () => {
  let svc: TestService;
  let sid: string;
  const turns: any[] = [];
  const say = async (text: string, extra: object = {}) => {
    const res = await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, ...extra }),
    });
    expect(res.status).toBe(200);
    const body = await json(res);
    turns.push(body.turn);
    return body;
  };

  beforeAll(async () => {
    svc = await startService();
    const created = await fetch(`${svc.url}/v1/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({}),
    });
    expect(created.status).toBe(201);
    sid = (await json(created)).id;
    const up = await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, {
      method: "POST",
      body: uploadForm([media("speech_film_dialogue_his_girl_friday_bw.mp4")]),
    });
    expect(up.status).toBe(201);
    const body = await json(up);
    expect(body.added).toEqual([{ id: "src_1", name: "speech_film_dialogue_his_girl_friday_bw.mp4" }]);
  }, 60_000);
  afterAll(() => svc?.close());

  it("turn 1 edits: the plan, the summary and a draft preview", async () => {
    const { turn, session } = await say('make it 4 seconds for tiktok and put "His Girl Friday" at the top');
    expect(turn.kind).toBe("edit");
    expect(session.plan.cut.targetDurationMs).toBe(4000);
    expect(session.plan.output.preset).toBe("tiktok");
    expect(session.plan.texts).toEqual([expect.objectContaining({ text: "His Girl Friday", position: "top" })]);
    expect(session.summaries.src_1).toMatch(
      new RegExp(
        String.raw`^Timeline \(\d tracks\): 1\. Video: speech_film_dialogue_his_girl_friday_bw\.mp4 ` +
          String.raw`\(0-4s[,)].*Title: "His Girl Friday"`,
      ),
    );
    expect(turn.reply).toContain(session.summaries.src_1);
    expect(turn.jobs).toEqual([{ jobId: expect.any(String), sourceId: "src_1", kind: "preview" }]);
    const preview = await waitForJob(svc.url, turn.jobs[0].jobId, { timeoutMs: 60_000 });
    expect(preview.status).toBe("completed");
    expect(preview.origin).toMatchObject({ sessionId: sid, sourceId: "src_1", kind: "preview", turn: 1 });
    expect([preview.result.width, preview.result.height]).toEqual([480, 854]);
    expect(Math.abs(preview.result.durationMs - 4000)).toBeLessThanOrEqual(34);
  }, 90_000);

  it("turn 2 answers status with the timeline summary and renders nothing", async () => {
    const { turn, session } = await say("show tracks");
    expect(turn.kind).toBe("status");
    expect(turn.jobs).toEqual([]);
    expect(turn.reply).toContain(session.summaries.src_1);
  });

  it("turn 3 refines relative to the current plan", async () => {
    const { turn, session } = await say("actually 3 seconds, and move the text to the bottom");
    expect(turn.kind).toBe("edit");
    expect(session.plan.cut.targetDurationMs).toBe(3000);
    expect(session.plan.texts[0]).toMatchObject({ text: "His Girl Friday", position: "bottom" });
    expect(session.plan.output.preset).toBe("tiktok");
    expect(session.summaries.src_1).toMatch(/\(0-3s\)/);
  });

  it("turn 4 undoes the refinement", async () => {
    const { turn, session } = await say("undo");
    expect(turn.kind).toBe("undo");
    expect(session.plan.cut.targetDurationMs).toBe(4000);
    expect(session.plan.texts[0].position).toBe("top");
    expect(session.canRedo).toBe(true);
  });

  it("turn 5 exports the final video at full quality", async () => {
    const { turn, session } = await say("export");
    expect(turn.kind).toBe("export");
    expect(turn.jobs).toHaveLength(1);
    const job = await waitForJob(svc.url, turn.jobs[0].jobId, { timeoutMs: 90_000 });
    expect(job.status).toBe("completed");
    const file = `${svc.storageDir}/jobs/${job.id}/output.mp4`;
    const probe = ffprobe(file);
    const v = probe.streams.find((s) => s.codec_type === "video")!;
    expect([v.codec_name, v.width, v.height]).toEqual(["h264", 1080, 1920]);
    expect(Math.abs(Number(probe.format.duration) - 4)).toBeLessThanOrEqual(0.034);
    expect(session.exports).toEqual([expect.objectContaining({ jobId: job.id, sourceId: "src_1", turn: 5 })]);
    const after = await json(await fetch(`${svc.url}/v1/sessions/${sid}`));
    expect(after.turns.map((t: any) => t.kind)).toEqual(["edit", "status", "edit", "undo", "export"]);
    expect(after.exports[0]).toMatchObject({ status: "completed", result: { width: 1080, height: 1920 } });
  }, 120_000);
});

describe("a batch session", () => {
  it("gives three clips three instructions and three outputs with the right properties", async () => {
    const svc = await startService();
    try {
      const sid = (
        await json(
          await fetch(`${svc.url}/v1/sessions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          }),
        )
      ).id;
      const up = await json(
        await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, {
          method: "POST",
          body: uploadForm([fixture("clip_240p_2s.mp4"), fixture("noaudio_2s.mp4"), fixture("still.png")]),
        }),
      );
      expect(up.added.map((a: any) => a.id)).toEqual(["src_1", "src_2", "src_3"]);
      const say = async (text: string) =>
        json(
          await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ text }),
          }),
        );
      await say("the first clip: make it square and 1 second long");
      await say("the second clip: landscape 720p");
      await say("the third clip: 3 seconds, for tiktok");
      const { turn } = await say("export");
      expect(turn.jobs.map((j: any) => j.sourceId)).toEqual(["src_1", "src_2", "src_3"]);
      const jobs = await Promise.all(turn.jobs.map((j: any) => waitForJob(svc.url, j.jobId, { timeoutMs: 90_000 })));
      expect(jobs.map((j) => j.status)).toEqual(["completed", "completed", "completed"]);
      expect([jobs[0].result.width, jobs[0].result.height]).toEqual([1080, 1080]);
      expect(Math.abs(jobs[0].result.durationMs - 1000)).toBeLessThanOrEqual(40);
      expect([jobs[1].result.width, jobs[1].result.height]).toEqual([1280, 720]);
      expect([jobs[2].result.width, jobs[2].result.height]).toEqual([1080, 1920]);
      expect(Math.abs(jobs[2].result.durationMs - 3000)).toBeLessThanOrEqual(40);
      for (const j of jobs) {
        const probe = ffprobe(`${svc.storageDir}/jobs/${j.id}/output.mp4`);
        expect(probe.streams.find((s) => s.codec_type === "video")?.width).toBe(j.result.width);
        expect(probe.streams.some((s) => s.codec_type === "audio")).toBe(true);
      }
    } finally {
      await svc.close();
    }
  }, 180_000);
});

describe("a change and an export in one message", () => {
  it("applies the change and renders the export: 'export it as a gif'", async () => {
    const svc = await startService();
    try {
      const sid = (
        await json(
          await fetch(`${svc.url}/v1/sessions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          }),
        )
      ).id;
      await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, {
        method: "POST",
        body: uploadForm([fixture("clip_240p_2s.mp4")]),
      });
      const { turn, session } = await json(
        await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: "export it as a gif" }),
        }),
      );
      expect(turn.kind).toBe("edit");
      expect(session.plan.output.format).toBe("gif");
      expect(turn.jobs).toEqual([{ jobId: expect.any(String), sourceId: "src_1", kind: "export" }]);
      const job = await waitForJob(svc.url, turn.jobs[0].jobId, { timeoutMs: 60_000 });
      expect(job.result.format).toBe("gif");
      expect(ffprobe(`${svc.storageDir}/jobs/${job.id}/output.gif`).format.format_name).toBe("gif");
    } finally {
      await svc.close();
    }
  }, 90_000);
});

describe("session expiry and mistakes", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({
      env: { SESSION_IDLE_MS: "1500", SESSION_SWEEP_MS: "200", API_KEYS: "key-alice-0001:alice,key-bob-00001:bob" },
    });
  });
  afterAll(() => svc?.close());
  const A = { authorization: "Bearer key-alice-0001" };
  const B = { authorization: "Bearer key-bob-00001" };
  const newSession = async () =>
    (
      await json(
        await fetch(`${svc.url}/v1/sessions`, {
          method: "POST",
          headers: { ...A, "content-type": "application/json" },
          body: "{}",
        }),
      )
    ).id as string;

  it("removes an idle session's files and answers 404 for its id", async () => {
    const sid = await newSession();
    await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, {
      method: "POST",
      headers: A,
      body: uploadForm([fixture("clip_240p_2s.mp4")]),
    });
    expect(filesUnder(`${svc.storageDir}/sessions/${sid}`)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(fs.existsSync(`${svc.storageDir}/sessions/${sid}`)).toBe(false);
    expect((await fetch(`${svc.url}/v1/sessions/${sid}`, { headers: A })).status).toBe(404);
    expect(await svc.ctx.redis.exists(`${svc.cfg.QUEUE_PREFIX}:session:${sid}`)).toBe(0);
  });

  it("shows another tenant's session as 404", async () => {
    const sid = await newSession();
    expect((await fetch(`${svc.url}/v1/sessions/${sid}`, { headers: B })).status).toBe(404);
    const msg = await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
      method: "POST",
      headers: { ...B, "content-type": "application/json" },
      body: JSON.stringify({ text: "export" }),
    });
    expect(msg.status).toBe(404);
  });

  it("refuses a file that is not media with 415 and keeps nothing of it", async () => {
    const sid = await newSession();
    const res = await fetch(`${svc.url}/v1/sessions/${sid}/uploads`, {
      method: "POST",
      headers: A,
      body: uploadForm([fixture("clip_240p_2s.mp4"), fixture("random_bytes.mp4")]),
    });
    expect(res.status).toBe(415);
    expect(filesUnder(`${svc.storageDir}/sessions/${sid}`)).toEqual([]);
    expect((await json(await fetch(`${svc.url}/v1/sessions/${sid}`, { headers: A }))).sources).toEqual([]);
  });

  it("refuses a message over 2,000 characters", async () => {
    const sid = await newSession();
    const res = await fetch(`${svc.url}/v1/sessions/${sid}/messages`, {
      method: "POST",
      headers: { ...A, "content-type": "application/json" },
      body: JSON.stringify({ text: "x".repeat(2001) }),
    });
    expect(res.status).toBe(422);
    expect((await json(res)).code).toBe("invalid_instruction");
  });

  it("caps metadata as jobs do", async () => {
    const res = await fetch(`${svc.url}/v1/sessions`, {
      method: "POST",
      headers: { ...A, "content-type": "application/json" },
      body: JSON.stringify({ metadata: { blob: "x".repeat(10_000) } }),
    });
    expect(res.status).toBe(422);
    expect((await json(res)).issues[0].path).toBe("metadata");
  });
});

describe("a session with a webhook", () => {
  it("returns the tenant's new signing secret once, and its exports' events verify with it", async () => {
    const { Webhook } = await import("standardwebhooks");
    const { startReceiver } = await import("../support/receiver.js");
    const svc = await startService();
    const receiver = await startReceiver();
    try {
      const create = async () =>
        json(
          await fetch(`${svc.url}/v1/sessions`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ webhook: { url: receiver.url } }),
          }),
        );
      const first = await create();
      expect(first.webhookSecret).toMatch(/^whsec_/);
      expect((await create()).webhookSecret).toBeUndefined();
      await fetch(`${svc.url}/v1/sessions/${first.id}/uploads`, {
        method: "POST",
        body: uploadForm([fixture("clip_240p_2s.mp4")]),
      });
      const say = (text: string) =>
        fetch(`${svc.url}/v1/sessions/${first.id}/messages`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text }),
        });
      await say("make it square");
      const { turn } = await json(await say("export"));
      const [hook] = await receiver.waitFor(1, 60_000);
      const event = new Webhook(first.webhookSecret).verify(hook!.body, hook!.headers as Record<string, string>) as any;
      expect(event).toMatchObject({
        type: "job.completed",
        data: { id: turn.jobs[0].jobId, origin: { sessionId: first.id, kind: "export" } },
      });
    } finally {
      await receiver.close();
      await svc.close();
    }
  }, 90_000);
});
