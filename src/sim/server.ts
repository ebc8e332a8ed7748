import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import multipart from "@fastify/multipart";
import { pino, type Logger } from "pino";
import { ZodError } from "zod";
import { failCode, proxyFail, type SimContext } from "./context.js";
import { parseFaults, spend, type SimEndpoint, type SimFaults, type SimFaultsInput } from "./faults.js";
import { ROUTE_ENDPOINTS, registerNemoRoutes } from "./routes.js";
import { SimState, type SimStats } from "./state.js";

/**
 * The NemoVideo simulator: every endpoint of NEMO.md with its envelopes, ids, header checks and
 * error codes, editing for real with the local engine, plus fault injection and counters:
 *   GET  /__sim/stats              counters (messages and renders per session, exports, tokens)
 *   GET  /__sim/faults             the current behaviour
 *   POST /__sim/faults             merge a partial behaviour (JSON of SimFaults)
 *   PUT  /__sim/faults             replace it (defaults for what is left out)
 *   DELETE /__sim/faults           back to defaults
 */

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  faults?: SimFaultsInput;
  /** Where uploads and renders are kept; default a temp dir removed on close. */
  dir?: string;
  ffmpegPath?: string;
  ffprobePath?: string;
  /** Fetch URL uploads from any host (default: loopback only). */
  allowAnyUploadUrl?: boolean;
  log?: Logger;
}

export interface Simulator {
  url: string;
  port: number;
  state: SimState;
  stats(): SimStats;
  /** Merges (default) or replaces the behaviour, as the control endpoint does. */
  setFaults(input: SimFaultsInput, opts?: { merge?: boolean }): SimFaults;
  close(): Promise<void>;
}

const PROXY_ENDPOINTS = new Set<SimEndpoint>(["export", "render_status", "cancel", "download"]);

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const ownDir = !opts.dir;
  const dir = opts.dir ?? (await fsp.mkdtemp(path.join(os.tmpdir(), "promptcut-sim-")));
  await fsp.mkdir(path.join(dir, "renders"), { recursive: true });
  const state = new SimState(parseFaults(opts.faults));
  const ctx: SimContext = {
    state,
    dir,
    ffmpegPath: opts.ffmpegPath ?? "ffmpeg",
    ffprobePath: opts.ffprobePath ?? "ffprobe",
    allowAnyUploadUrl: opts.allowAnyUploadUrl ?? false,
    log: opts.log ?? pino({ level: "silent" }),
    users: new WeakMap(),
    streams: new Set(),
    timers: new Set(),
  };
  const app = await buildSimApp(ctx);
  await app.listen({ port: opts.port ?? 0, host: opts.host ?? "127.0.0.1" });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : (opts.port ?? 0);
  const host = (opts.host ?? "127.0.0.1").includes(":") ? `[${opts.host}]` : (opts.host ?? "127.0.0.1");

  return {
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
    port,
    state,
    stats: () => state.snapshot(),
    setFaults: (input, o = {}) => state.setFaults(input, o.merge ?? true),
    close: async () => {
      for (const t of ctx.timers) clearTimeout(t);
      for (const r of state.renders.values()) r.abort.abort();
      for (const res of ctx.streams) res.destroy();
      await app.close();
      if (ownDir) await fsp.rm(dir, { recursive: true, force: true });
    },
  };
}

export async function buildSimApp(ctx: SimContext): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, forceCloseConnections: true });
  await app.register(multipart);
  const { state } = ctx;

  // Faults first (a gateway answers 429/5xx before auth), then the token check.
  app.addHook("onRequest", async (req, reply) => {
    const ep = ROUTE_ENDPOINTS[req.routeOptions.url ?? ""];
    if (!ep) return;
    const limited = spend(state.faults, "rateLimit", (f) => f.on.includes(ep));
    if (limited) {
      state.stats.rateLimited++;
      if (limited.retryAfterS !== null) void reply.header("retry-after", String(limited.retryAfterS));
      return reply.code(429).send({ code: 429, message: "too many requests" });
    }
    const broken = spend(state.faults, "serverError", (f) => f.on.includes(ep));
    if (broken) return reply.code(broken.status).send();
    if (ep === "token") return;
    return authenticate(ctx, ep, req, reply);
  });

  registerNemoRoutes(app, ctx);

  app.get("/__sim/stats", async () => state.snapshot());
  app.get("/__sim/faults", async () => state.faults);
  app.post("/__sim/faults", async (req) => state.setFaults(req.body ?? {}, true));
  app.put("/__sim/faults", async (req) => state.setFaults(req.body ?? {}, false));
  app.delete("/__sim/faults", async () => state.setFaults({}, false));

  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof ZodError)
      return reply.code(400).send({ code: 400, message: "invalid faults", issues: err.issues });
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    ctx.log.error({ err }, "sim: request failed");
    return reply.code(status).send({ code: status, message: err instanceof Error ? err.message : String(err) });
  });
  return app;
}

/**
 * NEMO.md: `Authorization: Bearer <token>` on every call but the token call; an unknown or expired
 * token answers 1001 (or 1010/1011/HTTP 401 when the fault says so).
 */
async function authenticate(ctx: SimContext, ep: SimEndpoint, req: FastifyRequest, reply: FastifyReply) {
  const { state } = ctx;
  const expiry = state.faults.tokenExpiry;
  if (expiry && state.stats.authenticatedCalls >= expiry.afterCalls) {
    state.expireAllTokens();
    state.faults.tokenExpiry = null;
    state.expiredAnswer = expiry.answer;
  }
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const t = m?.[1] ? state.tokens.get(m[1]) : undefined;
  // An unknown token gets both signals (HTTP 401 and code 1001); an expired one the fault's answer.
  if (!t) return refuse(reply, ep, "1001", "invalid token", 401);
  if (t.expired || Date.now() >= t.expiresAt) return refuse(reply, ep, state.expiredAnswer, "token expired");
  state.stats.authenticatedCalls++;
  ctx.users.set(req, t.userId);
}

function refuse(reply: FastifyReply, ep: SimEndpoint, answer: SimState["expiredAnswer"], message: string, http = 200) {
  if (answer === "401") return reply.code(401).send();
  const code = Number(answer);
  return PROXY_ENDPOINTS.has(ep) ? proxyFail(reply, 401, message, code) : failCode(reply, code, message, http);
}
