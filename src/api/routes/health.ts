import fs from "node:fs";
import { z } from "zod";
import { execFile } from "../../shared/exec.js";
import { route, type AnyRoute } from "../route.js";

const CheckSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const ReadySchema = z.object({
  ok: z.boolean(),
  checks: z.object({ redis: CheckSchema, ffmpeg: CheckSchema, storage: CheckSchema }),
});

async function check(fn: () => Promise<unknown>): Promise<z.infer<typeof CheckSchema>> {
  try {
    await fn();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export const healthRoutes: AnyRoute[] = [
  route({
    method: "GET",
    url: "/healthz",
    operationId: "health",
    summary: "Liveness: the process answers",
    tag: "operations",
    auth: false,
    responses: { 200: { description: "Alive", schema: z.object({ ok: z.literal(true) }) } },
    handler: async () => ({ ok: true as const }),
  }),
  route({
    method: "GET",
    url: "/readyz",
    operationId: "ready",
    summary: "Readiness: Redis answers, ffmpeg is present, storage is writable",
    tag: "operations",
    auth: false,
    responses: {
      200: { description: "Ready", schema: ReadySchema },
      503: { description: "Not ready; checks say why", schema: ReadySchema },
    },
    handler: async (_req, reply, deps) => {
      const { ctx } = deps;
      const [redis, ffmpeg, storage] = await Promise.all([
        check(async () => {
          const pong = await Promise.race([
            ctx.redis.ping(),
            new Promise((_, rej) => setTimeout(() => rej(new Error("timeout")), 2000)),
          ]);
          if (pong !== "PONG") throw new Error(`unexpected answer ${String(pong)}`);
        }),
        check(async () => {
          for (const bin of [ctx.cfg.FFMPEG_PATH, ctx.cfg.FFPROBE_PATH]) {
            const r = await execFile(bin, ["-version"], { timeoutMs: 5000 });
            if (r.code !== 0) throw new Error(`${bin} -version exited ${r.code}`);
          }
        }),
        check(() => ctx.storage.checkWritable()),
      ]);
      const ok = redis.ok && ffmpeg.ok && storage.ok && deps.accepting();
      return reply.code(ok ? 200 : 503).send({ ok, checks: { redis, ffmpeg, storage } });
    },
  }),
  route({
    method: "GET",
    url: "/metrics",
    operationId: "metrics",
    summary: "Prometheus metrics: HTTP answers by route and status, queue depths, job outcomes, process metrics",
    tag: "operations",
    auth: false,
    responses: { 200: { description: "Prometheus text exposition format 0.0.4", contentType: "text/plain" } },
    handler: async (_req, reply, deps) => reply.type(deps.metrics.contentType).send(await deps.metrics.render()),
  }),
  route({
    method: "GET",
    url: "/openapi.yaml",
    operationId: "openapi",
    summary: "This API's OpenAPI document",
    tag: "operations",
    auth: false,
    responses: { 200: { description: "OpenAPI 3.1 YAML", contentType: "application/yaml" } },
    handler: async (_req, reply, deps) => reply.type("application/yaml").send(fs.createReadStream(deps.openapiPath)),
  }),
];
