import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobRecord } from "../support/records.js";
import { startService, type TestService } from "../support/service.js";

describe("the job store", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ api: false, worker: false });
  });
  afterAll(() => svc?.close());

  it("applies a status change only from the allowed statuses, so a canceled job stays canceled", async () => {
    const rec = jobRecord({ status: "processing" });
    await svc.ctx.store.create(rec);
    expect(await svc.ctx.store.patch(rec.id, ["queued", "processing"], { status: "canceled" })).toEqual({
      applied: true,
      previous: "processing",
    });
    expect(await svc.ctx.store.patch(rec.id, ["processing"], { status: "completed", progress: 100 })).toEqual({
      applied: false,
      previous: "canceled",
    });
    const now = await svc.ctx.store.get(rec.id);
    expect(now).toMatchObject({ status: "canceled", progress: 0 });
  });

  it("gives a finished job's record an expiry and leaves a running one's alone", async () => {
    const done = jobRecord({ status: "processing" });
    const running = jobRecord({ status: "processing" });
    await svc.ctx.store.create(done);
    await svc.ctx.store.create(running);
    await svc.ctx.store.patch(done.id, ["processing"], { status: "completed" });
    await svc.ctx.store.patch(running.id, ["processing"], { progress: 40 });
    const ttl = await svc.ctx.redis.pttl(`${svc.cfg.QUEUE_PREFIX}:job:${done.id}`);
    expect(ttl).toBeGreaterThan(167 * 3600_000);
    expect(await svc.ctx.redis.pttl(`${svc.cfg.QUEUE_PREFIX}:job:${running.id}`)).toBe(-1);
  });

  it("answers null for another tenant's job", async () => {
    const rec = jobRecord({ tenant: "acme" });
    await svc.ctx.store.create(rec);
    expect(await svc.ctx.store.getForTenant("globex", rec.id)).toBeNull();
    expect((await svc.ctx.store.getForTenant("acme", rec.id))?.id).toBe(rec.id);
  });

  it("drops expired records from a tenant's list", async () => {
    const gone = jobRecord({ tenant: "lister" });
    const kept = jobRecord({ tenant: "lister" });
    await svc.ctx.store.create(gone);
    await svc.ctx.store.create(kept);
    await svc.ctx.redis.del(`${svc.cfg.QUEUE_PREFIX}:job:${gone.id}`);
    const page = await svc.ctx.store.list("lister", { limit: 10 });
    expect(page.jobs.map((j) => j.id)).toEqual([kept.id]);
    expect(await svc.ctx.redis.zcard(`${svc.cfg.QUEUE_PREFIX}:tenant:lister:jobs`)).toBe(1);
  });
});
