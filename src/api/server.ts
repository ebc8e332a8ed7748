import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { ConfigError, isOpenMode } from "../shared/config.js";
import type { Context } from "../context.js";
import { createRedis } from "../shared/redis.js";
import { cancelChannel, createEditEventsProducer, createEditQueue, createWebhookQueue } from "../jobs/queues.js";
import { JobNotifier } from "../jobs/notifier.js";
import { Idempotency } from "../jobs/idempotency.js";
import { Metrics } from "./metrics.js";
import { NemoClient } from "../nemo/client.js";
import { RedisTokenStore } from "../nemo/redis-token-store.js";
import { interpretFollowUp } from "../plan/interpret/index.js";
import { Sessions } from "../sessions/service.js";
import { SessionStore } from "../sessions/store.js";
import { JobEventsHub } from "./job-events-hub.js";
import { buildApp } from "./app.js";
import type { ApiDeps } from "./deps.js";
import type { Interpreter } from "../plan/merge.js";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

export const OPENAPI_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../openapi.yaml");

export interface ApiServer {
  app: FastifyInstance;
  url: string;
  /** Stops taking requests, finishes in-flight ones, closes connections. */
  close(): Promise<void>;
}

/** Starts the HTTP API with its queue producers. */
export async function startApi(ctx: Context, opts: { interpret?: Interpreter } = {}): Promise<ApiServer> {
  const { cfg, log } = ctx;
  if (isOpenMode(cfg)) {
    if (!LOOPBACK_HOSTS.has(cfg.HOST)) {
      throw new ConfigError(
        `No API_KEYS are set, so the API may only listen on loopback, not ` +
          `${cfg.HOST}. Set API_KEYS=key:tenant to expose it.`,
      );
    }
    log.warn("no API_KEYS set: the API runs open, for requests from this machine only");
  }
  const connection = createRedis(cfg.REDIS_URL, `${cfg.QUEUE_PREFIX}:api`);
  connection.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
  const editQueue = createEditQueue(connection, cfg.QUEUE_PREFIX, cfg.JOB_ATTEMPTS);
  const webhookQueue = createWebhookQueue(connection, cfg.QUEUE_PREFIX, cfg.WEBHOOK_RETRY_DELAYS_MS);
  const eventsProducer = createEditEventsProducer(connection, cfg.QUEUE_PREFIX);
  const eventsConnection = createRedis(cfg.REDIS_URL, `${cfg.QUEUE_PREFIX}:api-events`);
  const events = new JobEventsHub(eventsConnection, connection, cfg.QUEUE_PREFIX);
  await events.ready();
  let nemo: NemoClient | null = null;
  const nemoClient = () =>
    (nemo ??= NemoClient.fromConfig(cfg, {
      log: log.child({ engine: "nemo" }),
      tokenStore: new RedisTokenStore(ctx.redis, cfg.QUEUE_PREFIX),
      urlPolicy: ctx.urlPolicy,
    }));
  let accepting = true;
  const deps: ApiDeps = {
    ctx,
    editQueue,
    dashboardQueues: [editQueue, webhookQueue],
    notifier: new JobNotifier(ctx.store, webhookQueue, eventsProducer, cfg.WEBHOOK_RETRY_DELAYS_MS[0] ?? 0),
    openapiPath: OPENAPI_PATH,
    idempotency: new Idempotency(connection, cfg.QUEUE_PREFIX),
    events,
    openStreams: new Set(),
    metrics: new Metrics(async () => ({
      edit: await editQueue.getJobCounts("waiting", "active", "delayed", "completed", "failed"),
      webhook: await webhookQueue.getJobCounts("waiting", "active", "delayed", "completed", "failed"),
    })),
    nemoClient,
    sessions: new Sessions({
      ctx,
      store: new SessionStore(ctx.redis, cfg.QUEUE_PREFIX, cfg.SESSION_IDLE_MS, cfg.SESSION_LOCK_MS),
      editQueue,
      interpret: interpretFollowUp,
      nemo: nemoClient,
    }),
    publishCancel: async (jobId) => {
      await connection.publish(cancelChannel(cfg.QUEUE_PREFIX), jobId);
    },
    accepting: () => accepting,
    interpret: opts.interpret,
  };
  const app = await buildApp(deps);
  const address = await app.listen({ port: cfg.PORT, host: cfg.HOST });
  log.info({ address }, "API listening");
  return {
    app,
    url: address,
    async close() {
      accepting = false;
      for (const end of [...deps.openStreams]) end();
      await app.close();
      await editQueue.close();
      await webhookQueue.close();
      await eventsProducer.close();
      await nemo?.close();
      await events.close();
      await eventsConnection.quit().catch(() => eventsConnection.disconnect());
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
