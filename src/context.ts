import type { Redis } from "ioredis";
import { publicBaseUrl, type Config } from "./shared/config.js";
import { createLogger, type Logger } from "./shared/logger.js";
import { createRedis } from "./shared/redis.js";
import { JobStore } from "./jobs/store.js";
import { Storage } from "./media/storage.js";
import { WebhookSecrets } from "./webhooks/secrets.js";
import { UploadStore } from "./media/uploads.js";
import type { UrlPolicy } from "./shared/ssrf.js";

/** What both the API and the worker share: config, Redis, job records, media storage. */
export interface Context {
  cfg: Config;
  log: Logger;
  redis: Redis;
  store: JobStore;
  uploads: UploadStore;
  storage: Storage;
  secrets: WebhookSecrets;
  baseUrl: string;
  urlPolicy: UrlPolicy;
  close(): Promise<void>;
}

export function createContext(cfg: Config, log: Logger = createLogger(cfg.LOG_LEVEL)): Context {
  const redis = createRedis(cfg.REDIS_URL, `${cfg.QUEUE_PREFIX}:store`);
  redis.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
  return {
    cfg,
    log,
    redis,
    store: new JobStore(redis, cfg.QUEUE_PREFIX, cfg.JOB_RETENTION_HOURS * 3600_000),
    uploads: new UploadStore(redis, cfg.QUEUE_PREFIX, cfg.UPLOAD_RETENTION_HOURS * 3600_000),
    storage: new Storage(cfg.STORAGE_DIR),
    secrets: new WebhookSecrets(redis, cfg.QUEUE_PREFIX, cfg.WEBHOOK_SECRET),
    baseUrl: publicBaseUrl(cfg),
    urlPolicy: { allowLoopback: cfg.ALLOW_LOOPBACK_URLS },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
