import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/shared/config.js";
import { createContext, type Context } from "../../src/context.js";
import { createLogger } from "../../src/shared/logger.js";
import { startApi, type ApiServer } from "../../src/api/server.js";
import { startWorker, type WorkerRuntime } from "../../src/worker/runtime.js";
import type { Interpreter } from "../../src/plan/merge.js";

export interface TestService {
  url: string;
  cfg: Config;
  ctx: Context;
  api: ApiServer | undefined;
  worker: WorkerRuntime | undefined;
  env: Record<string, string>;
  storageDir: string;
  close(): Promise<void>;
}

let counter = 0;

/** Env for a fresh, isolated deployment: its own Redis key prefix and storage dir. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const prefix = `t${process.pid}x${Date.now().toString(36)}x${counter++}`;
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-test-"));
  return {
    REDIS_URL: inject("redisUrl"),
    QUEUE_PREFIX: prefix,
    STORAGE_DIR: storageDir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ALLOW_LOOPBACK_URLS: "true",
    WORKER_LOCK_MS: "5000",
    ...overrides,
  };
}

/** Starts API and/or worker in this process against the test Redis. */
export async function startService(
  opts: { env?: Record<string, string>; api?: boolean; worker?: boolean; interpret?: Interpreter } = {},
): Promise<TestService> {
  const env = testEnv(opts.env);
  const cfg = loadConfig(env);
  const ctx = createContext(cfg, createLogger(cfg.LOG_LEVEL));
  const worker = opts.worker === false ? undefined : await startWorker(ctx);
  const api = opts.api === false ? undefined : await startApi(ctx, { interpret: opts.interpret });
  const url = api ? api.url : "";
  // PUBLIC_BASE_URL follows the real port once it is known.
  if (api) (ctx as { baseUrl: string }).baseUrl = url;
  return {
    url,
    cfg,
    ctx,
    api,
    worker,
    env,
    storageDir: cfg.STORAGE_DIR,
    async close() {
      await api?.close();
      await worker?.close(0);
      await ctx.redis.eval(
        "local keys = redis.call('KEYS', ARGV[1]) for i = 1, #keys, 500 do " +
          "redis.call('DEL', unpack(keys, i, math.min(i + 499, #keys))) end return #keys",
        0,
        `${cfg.QUEUE_PREFIX}:*`,
      );
      await ctx.close();
      fs.rmSync(cfg.STORAGE_DIR, { recursive: true, force: true });
    },
  };
}

/** Polls a job until it reaches a final status. */
export async function waitForJob(
  url: string,
  id: string,
  opts: { timeoutMs?: number; headers?: Record<string, string>; until?: (job: any) => boolean } = {},
): Promise<any> {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const until = opts.until ?? ((j: any) => ["completed", "failed", "canceled"].includes(j.status));
  for (;;) {
    const res = await fetch(`${url}/v1/jobs/${id}`, { headers: opts.headers });
    const job: any = await res.json();
    if (until(job)) return job;
    if (Date.now() > deadline)
      throw new Error(`job ${id} still ${job.status} (${job.step} ${job.progress}%) after timeout`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Builds a multipart body from files on disk and fields. */
export function form(parts: {
  file?: string;
  filename?: string;
  music?: string;
  fields?: Record<string, string>;
}): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(parts.fields ?? {})) fd.append(k, v);
  if (parts.file)
    fd.append("file", new Blob([fs.readFileSync(parts.file)]), parts.filename ?? path.basename(parts.file));
  if (parts.music) fd.append("music", new Blob([fs.readFileSync(parts.music)]), path.basename(parts.music));
  return fd;
}

/** Every file under a directory, recursively (to prove nothing was left behind). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}
