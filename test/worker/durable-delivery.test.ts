import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { loadConfig } from "../../src/shared/config.js";
import { createContext, type Context } from "../../src/context.js";
import { createLogger } from "../../src/shared/logger.js";
import { startWorker, type WorkerRuntime } from "../../src/worker/runtime.js";
import { startApi, type ApiServer } from "../../src/api/server.js";
import { fixture } from "../support/fixtures.js";
import { startDurableRedis } from "../support/redis.js";
import { startReceiver } from "../support/receiver.js";
import { form, testEnv, waitForJob } from "../support/service.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

describe("when the worker and Redis restart in the middle of a webhook retry schedule", () => {
  let redis: Awaited<ReturnType<typeof startDurableRedis>>;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-aof-"));
    redis = await startDurableRedis(dir);
  });
  afterAll(async () => {
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("loses no delivery: the pending retry runs after both come back", async () => {
    const env = testEnv({ REDIS_URL: redis.url, WEBHOOK_SECRET: SECRET, WEBHOOK_RETRY_DELAYS_MS: "0,1500,1500,1500" });
    const cfg = loadConfig(env);
    const receiver = await startReceiver((n) => (n === 1 ? 500 : 200));
    const up = async () => {
      const ctx = createContext(cfg, createLogger("silent"));
      return { ctx, worker: await startWorker(ctx), api: await startApi(ctx) };
    };
    const down = async (s: { ctx: Context; worker: WorkerRuntime; api: ApiServer }) => {
      await s.api.close();
      await s.worker.close(0);
      s.ctx.redis.disconnect();
    };
    let s = await up();
    (s.ctx as { baseUrl: string }).baseUrl = s.api.url;
    try {
      const res = await fetch(`${s.api.url}/v1/jobs`, {
        method: "POST",
        body: form({
          file: fixture("clip_240p_2s.mp4"),
          fields: {
            options: JSON.stringify({
              plan: { output: { aspect: "1:1", resolution: 480 } },
              webhook: { url: receiver.url },
            }),
          },
        }),
      });
      const { id } = (await res.json()) as any;
      await receiver.waitFor(1, 30_000);

      // First attempt failed; the retry waits 1.5 s in Redis. Take everything down now.
      await down(s);
      await redis.stop();
      await redis.start();
      s = await up();
      const job = await waitForJob(s.api.url, id, {
        until: (j) => j.webhook?.status === "delivered",
        timeoutMs: 30_000,
      });
      expect(job.webhook.deliveries.map((d: any) => d.statusCode)).toEqual([500, 200]);
      const second = receiver.received[1]!;
      expect((new Webhook(SECRET).verify(second.body, second.headers as Record<string, string>) as any).data.id).toBe(
        id,
      );
      expect(receiver.received).toHaveLength(2);
    } finally {
      await down(s);
      await receiver.close();
    }
  }, 60_000);
});
