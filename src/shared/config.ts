import { z } from "zod";
import path from "node:path";

const bool = z
  .union([z.boolean(), z.string()])
  .transform((v) => (typeof v === "boolean" ? v : /^(1|true|yes|on)$/i.test(v.trim())));

const intFrom = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const msList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean)
      .map(Number),
  )
  .pipe(z.array(z.number().int().min(0)));

/**
 * `key:tenant` pairs separated by commas. A key alone maps to a tenant of the same name, so a
 * single-tenant install can write `API_KEYS=secret`.
 */
const apiKeys = z.string().transform((s, ctx) => {
  const map = new Map<string, string>();
  for (const pair of s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const idx = pair.lastIndexOf(":");
    const key = idx > 0 ? pair.slice(0, idx) : pair;
    const tenant = idx > 0 ? pair.slice(idx + 1) : pair;
    if (key.length < 8) {
      ctx.addIssue({ code: "custom", message: "every API key needs at least 8 characters" });
      return z.NEVER;
    }
    if (!/^[\w.-]{1,64}$/.test(tenant)) {
      ctx.addIssue({ code: "custom", message: `tenant "${tenant}" may only use letters, digits, _ . -` });
      return z.NEVER;
    }
    map.set(key, tenant);
  }
  return map;
});

/**
 * The whole configuration, read from the environment. Every key documents its default here;
 * README's configuration table is written from this schema.
 */
export const ConfigSchema = z.object({
  /** Port the API listens on. */
  PORT: intFrom(3000, 0),
  /** Interface the API binds to. Open mode (no API_KEYS) refuses anything but loopback. */
  HOST: z.string().default("127.0.0.1"),
  /** Redis used by BullMQ and the job records. */
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  /** Prefix for every Redis key, so deployments and test runs can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[\w.-]+$/)
    .default("promptcut"),
  /** Where uploads and outputs live on local disk. */
  STORAGE_DIR: z.string().default(path.resolve(".data")),
  /** Base of result URLs in job documents and webhooks; default derives from HOST and PORT. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** `key:tenant` pairs; empty means open mode on loopback only. */
  API_KEYS: apiKeys.default(new Map()),
  /** Upload limit in MB (PRODUCT.md §6). */
  MAX_UPLOAD_MB: z.coerce.number().positive().default(200),
  /** Size cap for URL sources, in MB. */
  MAX_DOWNLOAD_MB: z.coerce.number().positive().default(200),
  /** Connect + total timeout for downloading a URL source. */
  DOWNLOAD_TIMEOUT_MS: intFrom(120_000, 1000),
  /** Jobs one worker process runs at once. */
  WORKER_CONCURRENCY: intFrom(1, 1),
  /** How long a worker holds a job lock; a dead worker's job is picked up again after about this. */
  WORKER_LOCK_MS: intFrom(30_000, 1000),
  /** Times a job may lose its worker (crash, kill) and be picked up again before it fails. */
  WORKER_MAX_STALLS: intFrom(2, 0),
  /** Port where a worker running on its own serves its Prometheus metrics; 0 = none (an API serves them). */
  WORKER_METRICS_PORT: intFrom(0, 0),
  /** Key for the queue dashboard at /admin/queues (Bearer, or Basic with any user); empty = open mode only. */
  ADMIN_KEY: z.string().default(""),
  /** Attempts per job for transient failures (a stalled worker counts as one). */
  JOB_ATTEMPTS: intFrom(3, 1),
  /** How long a finished job (record and files) is kept. */
  JOB_RETENTION_HOURS: z.coerce.number().positive().default(168),
  /** How often the maintenance sweep removes expired files (a BullMQ job scheduler, any worker runs it). */
  SWEEP_INTERVAL_MS: intFrom(600_000, 1000),
  /** How long a file uploaded on its own (POST /v1/uploads) can be named by jobs. */
  UPLOAD_RETENTION_HOURS: z.coerce.number().positive().default(24),
  /** A session untouched this long expires: its files are removed and its id answers 404. */
  SESSION_IDLE_MS: intFrom(24 * 3600_000, 1000),
  /** A session turn's lock lifetime without a heartbeat (the API renews it while the turn runs). */
  SESSION_LOCK_MS: intFrom(30_000, 100),
  /** How often a worker looks for expired sessions (a BullMQ job scheduler). */
  SESSION_SWEEP_MS: intFrom(60_000, 100),
  /** Hard limit for one ffmpeg run. */
  RENDER_TIMEOUT_MS: intFrom(15 * 60_000, 1000),
  /** Let source and webhook URLs reach loopback (tests and local development only). */
  ALLOW_LOOPBACK_URLS: bool.default(false),
  /** Default signing secret (`whsec_…`) for webhooks; generated per tenant when unset. */
  WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/)
    .optional(),
  /** Webhook retry schedule in ms, comma-separated (PRODUCT.md §5). */
  WEBHOOK_RETRY_DELAYS_MS: msList.default([
    0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
  ]),
  /** Per-attempt webhook timeout. */
  WEBHOOK_TIMEOUT_MS: intFrom(15_000, 100),
  /** Engine used when a job does not say: `local` (offline) or `nemo`. */
  DEFAULT_ENGINE: z.enum(["local", "nemo"]).default("local"),
  NEMO_API_URL: z.string().url().default("https://mega-api-prod.nemovideo.ai"),
  NEMO_TOKEN: z.string().optional(),
  /**
   * X-Client-Id for the anonymous token (≤ 64 chars); default `promptcut-<hash of the host name>`,
   * stable across restarts.
   */
  NEMO_CLIENT_ID: z.string().max(64).optional(),
  NEMO_POLL_INTERVAL_MS: intFrom(30_000, 10),
  /** Waits between state reads that confirm a turn's effect (NEMO.md: 30 s, then 60 s, …). */
  NEMO_CONFIRM_DELAYS_MS: msList.default([30_000, 60_000, 120_000, 240_000, 480_000]),
  /** Backoff for 5xx/network failures of one nemo step; its length is the retry budget. */
  NEMO_RETRY_DELAYS_MS: msList.default([5_000, 15_000, 30_000, 60_000, 120_000]),
  /** Attribution headers sent on every NemoVideo call; export answers 402 without them (NEMO.md). */
  NEMO_SKILL_SOURCE: z.string().min(1).default("promptcut"),
  NEMO_SKILL_VERSION: z.string().min(1).default("0.1.0"),
  /** `clawhub` / `cursor` / `unknown`; NEMO.md: a server says `unknown`. */
  NEMO_SKILL_PLATFORM: z.string().min(1).default("unknown"),
  /** ffmpeg / ffprobe binaries. */
  FFMPEG_PATH: z.string().default("ffmpeg"),
  FFPROBE_PATH: z.string().default("ffprobe"),
  /** How long SIGTERM waits for running jobs before handing them back. */
  SHUTDOWN_TIMEOUT_MS: intFrom(30_000, 0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the configuration; empty strings count as unset so `KEY=` in a .env falls back to the default. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(ConfigSchema.shape);
  const input: Record<string, string> = {};
  for (const k of known) {
    const v = env[k];
    if (v !== undefined && v !== "") input[k] = v;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function publicBaseUrl(cfg: Config): string {
  if (cfg.PUBLIC_BASE_URL) return cfg.PUBLIC_BASE_URL.replace(/\/+$/, "");
  const host = cfg.HOST.includes(":") ? `[${cfg.HOST}]` : cfg.HOST;
  return `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${cfg.PORT}`;
}

export function isOpenMode(cfg: Config): boolean {
  return cfg.API_KEYS.size === 0;
}
