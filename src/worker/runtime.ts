import http from "node:http";
import { Worker } from "bullmq";
import { processRegistry } from "../shared/metrics.js";
import type { Context } from "../context.js";
import { createRedis } from "../shared/redis.js";
import {
  QUEUE_NAMES,
  cancelChannel,
  createEditEventsProducer,
  createMaintenanceQueue,
  createWebhookQueue,
  webhookBackoff,
  type EditJobData,
  type WebhookJobData,
} from "../jobs/queues.js";
import { JobNotifier } from "../jobs/notifier.js";
import { createEditProcessor, failAbandoned, type EditProcessorDeps } from "../jobs/process.js";
import { createWebhookProcessor } from "../webhooks/deliver.js";
import { sweepStorage } from "../jobs/sweep.js";
import { SessionStore } from "../sessions/store.js";
import { expireSessions } from "../sessions/service.js";
import { NemoClient } from "../nemo/client.js";
import { RedisTokenStore } from "../nemo/redis-token-store.js";

export interface WorkerRuntime {
  /** Stops taking jobs; waits up to `graceMs` for running ones, then hands them back to the queue. */
  close(graceMs: number): Promise<void>;
}

/**
 * The worker process: an edit worker, a webhook worker, and a subscription to cancel requests so a
 * DELETE reaches whichever process runs the job.
 */
export async function startWorker(
  ctx: Context,
  opts: { render?: EditProcessorDeps["render"] } = {},
): Promise<WorkerRuntime> {
  const { cfg, log } = ctx;
  const connection = createRedis(cfg.REDIS_URL, `${cfg.QUEUE_PREFIX}:worker`);
  const webhookQueue = createWebhookQueue(connection, cfg.QUEUE_PREFIX, cfg.WEBHOOK_RETRY_DELAYS_MS);
  const eventsProducer = createEditEventsProducer(connection, cfg.QUEUE_PREFIX);
  const notifier = new JobNotifier(ctx.store, webhookQueue, eventsProducer, cfg.WEBHOOK_RETRY_DELAYS_MS[0] ?? 0);
  const handingBack = new Set<string>();
  const active = new Set<string>();

  const nemo = NemoClient.fromConfig(cfg, {
    log: log.child({ engine: "nemo" }),
    tokenStore: new RedisTokenStore(ctx.redis, cfg.QUEUE_PREFIX),
    urlPolicy: ctx.urlPolicy,
  });
  const processEdit = createEditProcessor(ctx, {
    render: opts.render,
    notifier,
    nemo,
    isHandingBack: (id) => handingBack.has(id),
  });
  const edit = new Worker<EditJobData>(
    QUEUE_NAMES.edit,
    async (job, token, signal) => {
      active.add(job.data.jobId);
      try {
        return await processEdit(job, token, signal);
      } finally {
        active.delete(job.data.jobId);
      }
    },
    {
      connection,
      prefix: cfg.QUEUE_PREFIX,
      concurrency: cfg.WORKER_CONCURRENCY,
      lockDuration: cfg.WORKER_LOCK_MS,
      stalledInterval: cfg.WORKER_LOCK_MS,
      // A job whose worker keeps dying is likely killing workers; let it fail instead of looping.
      maxStalledCount: cfg.WORKER_MAX_STALLS,
    },
  );
  const webhooks = new Worker<WebhookJobData>(QUEUE_NAMES.webhook, createWebhookProcessor(ctx), {
    connection,
    prefix: cfg.QUEUE_PREFIX,
    concurrency: 8,
    settings: { backoffStrategy: webhookBackoff(cfg.WEBHOOK_RETRY_DELAYS_MS) },
  });
  const maintenanceQueue = createMaintenanceQueue(connection, cfg.QUEUE_PREFIX);
  await maintenanceQueue.upsertJobScheduler("sweep", { every: cfg.SWEEP_INTERVAL_MS }, { name: "sweep" });
  await maintenanceQueue.upsertJobScheduler(
    "expire-sessions",
    { every: cfg.SESSION_SWEEP_MS },
    { name: "expire-sessions" },
  );
  const sessions = new SessionStore(ctx.redis, cfg.QUEUE_PREFIX, cfg.SESSION_IDLE_MS);
  const maintenance = new Worker(
    QUEUE_NAMES.maintenance,
    async (job) => {
      switch (job.name) {
        case "sweep":
          return sweepStorage(ctx);
        case "expire-sessions":
          return { expired: await expireSessions(ctx, sessions) };
        default:
          return undefined;
      }
    },
    { connection, prefix: cfg.QUEUE_PREFIX, concurrency: 1 },
  );
  for (const w of [edit, webhooks, maintenance]) {
    w.on("error", (err) => log.warn({ err: err.message, queue: w.name }, "worker error"));
  }
  edit.on("failed", (job, err) => {
    log.warn({ jobId: job?.data.jobId, err: err.message }, "edit attempt failed");
    // BullMQ gave up on its own (the stall limit): the processor never ran to record it.
    if (
      job &&
      (/stalled more than allowable limit/i.test(err.message) || job.attemptsMade >= (job.opts.attempts ?? 1))
    ) {
      void failAbandoned(ctx, notifier, job.data.jobId, err.message).catch((e: unknown) =>
        log.error({ err: String(e) }, "could not record an abandoned job"),
      );
    }
  });

  const sub = createRedis(cfg.REDIS_URL, `${cfg.QUEUE_PREFIX}:cancel-sub`);
  await sub.subscribe(cancelChannel(cfg.QUEUE_PREFIX));
  sub.on("message", (_channel, jobId: string) => {
    if (edit.cancelJob(jobId, "canceled")) log.info({ jobId }, "cancel requested; stopping the render");
  });

  await Promise.all([edit.waitUntilReady(), webhooks.waitUntilReady(), maintenance.waitUntilReady()]);
  const metrics = cfg.WORKER_METRICS_PORT > 0 ? await serveMetrics(cfg.HOST, cfg.WORKER_METRICS_PORT) : null;
  log.info({ concurrency: cfg.WORKER_CONCURRENCY, prefix: cfg.QUEUE_PREFIX }, "worker started");

  return {
    async close(graceMs: number) {
      await sub.quit().catch(() => sub.disconnect());
      const closing = edit.close();
      const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), graceMs).unref());
      if ((await Promise.race([closing, timer])) === "timeout") {
        log.warn({ jobs: [...active] }, "shutdown grace period over; handing running jobs back");
        for (const id of active) handingBack.add(id);
        edit.cancelAllJobs("shutdown");
        await closing;
      }
      await new Promise((r) => (metrics ? metrics.close(r) : r(undefined)));
      await webhooks.close();
      await maintenance.close();
      await maintenanceQueue.close();
      await nemo.close();
      await webhookQueue.close();
      await eventsProducer.close();
      await connection.quit().catch(() => connection.disconnect());
      log.info("worker stopped");
    },
  };
}

/** A worker on its own has no API to be scraped through: it answers GET /metrics itself. */
async function serveMetrics(host: string, port: number): Promise<http.Server> {
  const registry = processRegistry();
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  return server;
}
