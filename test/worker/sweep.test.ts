import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/shared/ids.js";
import { sweepStorage } from "../../src/jobs/sweep.js";
import { startService, type TestService } from "../support/service.js";
import { jobRecord } from "../support/records.js";
import { fixture } from "../support/fixtures.js";
import { probeMedia } from "../../src/media/probe.js";

describe("the storage sweep", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ api: false, worker: false });
  });
  afterAll(() => svc?.close());

  const makeDir = (id: string, ageMs: number) => {
    const dir = svc.ctx.storage.jobDir(id);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "output.mp4"), "x");
    const t = new Date(Date.now() - ageMs);
    fs.utimesSync(dir, t, t);
    return dir;
  };

  it("removes the media of jobs whose record has expired, and nothing else", async () => {
    const expired = newId("job");
    const young = newId("job");
    const live = newId("job");
    const expiredDir = makeDir(expired, 3600_000);
    const youngDir = makeDir(young, 60_000);
    const liveDir = makeDir(live, 3600_000);
    await svc.ctx.store.create(jobRecord({ id: live, status: "completed" }));

    const { removed } = await sweepStorage(svc.ctx);
    expect(removed).toEqual([expired]);
    expect(fs.existsSync(expiredDir)).toBe(false);
    expect(fs.existsSync(youngDir)).toBe(true);
    expect(fs.existsSync(liveDir)).toBe(true);
  });

  it("removes uploads whose record has expired and keeps live ones", async () => {
    const expired = newId("upl");
    const live = newId("upl");
    fs.mkdirSync(`${svc.storageDir}/uploads`, { recursive: true });
    for (const id of [expired, live]) {
      const file = svc.ctx.storage.uploadPath(id);
      fs.writeFileSync(file, "x");
      const t = new Date(Date.now() - 3600_000);
      fs.utimesSync(file, t, t);
    }
    await svc.ctx.uploads.save({
      id: live,
      tenant: "t",
      filename: "a.mp4",
      sizeBytes: 1,
      info: await probeMedia(fixture("tone_3s.wav"), fs.statSync(fixture("tone_3s.wav")).size),
      createdAt: new Date().toISOString(),
      expiresAt: new Date().toISOString(),
    });
    const { removed } = await sweepStorage(svc.ctx);
    expect(removed).toEqual([expired]);
    expect(fs.existsSync(svc.ctx.storage.uploadPath(live))).toBe(true);
  });
});
