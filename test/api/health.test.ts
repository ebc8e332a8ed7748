import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { startService } from "../support/service.js";

describe("readiness", () => {
  it("is ready when Redis answers, ffmpeg is present and storage is writable", async () => {
    const svc = await startService({ worker: false });
    try {
      const res = await fetch(`${svc.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        ok: true,
        checks: { redis: { ok: true }, ffmpeg: { ok: true }, storage: { ok: true } },
      });
      expect((await fetch(`${svc.url}/healthz`)).status).toBe(200);
    } finally {
      await svc.close();
    }
  });

  it("says which check fails, with 503, when ffmpeg is missing", async () => {
    const svc = await startService({ worker: false, env: { FFMPEG_PATH: "/nonexistent/ffmpeg" } });
    try {
      const res = await fetch(`${svc.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.ok).toBe(false);
      expect(body.checks.ffmpeg.ok).toBe(false);
      expect(body.checks.redis.ok).toBe(true);
    } finally {
      await svc.close();
    }
  });

  it("says which check fails when storage cannot be written", async () => {
    const svc = await startService({ worker: false });
    const saved = svc.ctx.storage.root;
    try {
      // A path under a regular file: no directory can be made there.
      const file = `${svc.storageDir}/a-file`;
      fs.writeFileSync(file, "x");
      (svc.ctx.storage as { root: string }).root = `${file}/storage`;
      const res = await fetch(`${svc.url}/readyz`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as any).checks.storage.ok).toBe(false);
    } finally {
      (svc.ctx.storage as { root: string }).root = saved;
      await svc.close();
    }
  });
});
