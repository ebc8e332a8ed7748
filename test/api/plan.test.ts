import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

const SEED = "trim the awkward pauses, add a fun text overlay, and cut it down to 10 seconds";

describe("the interpreted plan through the API", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ worker: false });
  });
  afterAll(() => svc?.close());

  const dryRun = async (body: object) => {
    const res = await fetch(`${svc.url}/v1/plan`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it("shows the seed example's interpreted plan on GET /v1/jobs/:id", async () => {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({
        file: fixture("clip_240p_2s.mp4"),
        filename: "banana_bread.mp4",
        fields: { instruction: SEED, options: JSON.stringify({ preset: "tiktok" }) },
      }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as any;
    const job = await waitForJob(svc.url, id, { until: () => true });
    expect(job.instruction).toBe(SEED);
    expect(job.plan.cut).toMatchObject({
      removePauses: { minPauseMs: 500, paddingMs: 150 },
      targetDurationMs: 10_000,
      durationMode: "exact",
    });
    expect(job.plan.texts).toHaveLength(1);
    expect(job.plan.texts[0]).toMatchObject({ style: "fun" });
    expect(job.plan.texts[0].text.length).toBeGreaterThan(0);
    expect(job.plan.output).toMatchObject({ preset: "tiktok", aspect: "9:16", width: 1080, height: 1920 });
    expect(job.notes.join(" ")).toMatch(/text/i);
  });

  it("answers a dry run with the same plan a job would get, rendering nothing", async () => {
    const r = await dryRun({
      instruction: `${SEED}, for TikTok`,
      source: { name: "banana_bread.mp4", durationMs: 15_000 },
    });
    expect(r.status).toBe(200);
    expect(r.body.plan.output.preset).toBe("tiktok");
    expect(r.body.plan.cut.targetDurationMs).toBe(10_000);
    expect(r.body.plan.texts[0].text).toMatch(/banana bread/i);
  });

  it("understands Chinese", async () => {
    const r = await dryRun({ instruction: "去掉停顿，剪到10秒，竖屏" });
    expect(r.body.plan.cut.removePauses).not.toBeNull();
    expect(r.body.plan.cut.targetDurationMs).toBe(10_000);
    expect(r.body.plan.output.aspect).toBe("9:16");
  });

  it("lets explicit fields win over the text", async () => {
    const r = await dryRun({
      instruction: "cut it to 10 seconds for tiktok",
      plan: { cut: { targetDurationMs: 8000 } },
      preset: "square",
    });
    expect(r.body.plan.cut.targetDurationMs).toBe(8000);
    expect(r.body.plan.output).toMatchObject({ preset: "square", width: 1080, height: 1080 });
  });

  it("refuses an instruction over 2,000 characters, and a request with nothing to do", async () => {
    expect((await dryRun({ instruction: "x".repeat(2001) })).body.code).toBe("invalid_instruction");
    expect((await dryRun({})).body.code).toBe("invalid_instruction");
    const bad = await dryRun({ plan: { speed: 100 } });
    expect(bad.status).toBe(422);
    expect(bad.body.issues[0].path).toBe("plan.speed");
  });
});
