import type { ServerResponse } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Logger } from "pino";
import { spend, type SimEndpoint } from "./faults.js";
import type { SimSession, SimState } from "./state.js";

/** What every simulator handler needs. */
export interface SimContext {
  state: SimState;
  /** Uploads and renders live here. */
  dir: string;
  ffmpegPath: string;
  ffprobePath: string;
  /** Fetch URL uploads from any host; default loopback only, so the simulator is no open fetcher. */
  allowAnyUploadUrl: boolean;
  log: Logger;
  /** The authenticated user of a request (set by the auth hook). */
  users: WeakMap<FastifyRequest, string>;
  /** Open SSE turns, ended when the simulator closes. */
  streams: Set<ServerResponse>;
  /** Timers of edits that land after a dropped stream. */
  timers: Set<NodeJS.Timeout>;
}

export const userOf = (ctx: SimContext, req: FastifyRequest): string => ctx.users.get(req) ?? "";

/** `{"code":0,"message":"","data":{…}}` (NEMO.md business envelope). */
export function ok(reply: FastifyReply, data: unknown): FastifyReply {
  return reply.code(200).send({ code: 0, message: "", data });
}

/** A non-zero business code; NEMO.md's business endpoints answer it with HTTP 200. */
export function failCode(reply: FastifyReply, code: number, message: string, http = 200): FastifyReply {
  return reply.code(http).send({ code, message, data: null });
}

/** `{"success":true,"data":{…}}` / `{"success":false,"error":"…"}` (render proxy). */
export function proxyOk(reply: FastifyReply, data: unknown): FastifyReply {
  return reply.code(200).send({ success: true, data });
}

export function proxyFail(reply: FastifyReply, http: number, error: string, code?: number): FastifyReply {
  return reply.code(http).send({ success: false, error, ...(code !== undefined ? { code } : {}) });
}

/**
 * The caller's session, or null (→ 1002). The `sessionLoss` fault forgets the session the first
 * time `ep` touches it, as if the backend had dropped it.
 */
export function sessionFor(
  ctx: SimContext,
  req: FastifyRequest,
  sessionId: string,
  ep: SimEndpoint,
): SimSession | null {
  const s = ctx.state.sessions.get(sessionId);
  if (!s || s.userId !== userOf(ctx, req)) return null;
  if (spend(ctx.state.faults, "sessionLoss", (f) => f.on === ep)) {
    ctx.state.sessions.delete(sessionId);
    ctx.log.info({ sessionId, ep }, "sim: session lost (fault)");
    return null;
  }
  return s;
}
