import type { FastifyInstance } from "fastify";
import { timingSafeEqual } from "node:crypto";
import { AppError } from "../shared/errors.js";
import type { Config } from "../shared/config.js";

export const OPEN_MODE_TENANT = "default";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export const isLoopback = (address: string | undefined): boolean => LOOPBACK.test(address ?? "");

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Bearer keys map to tenants; every job read is scoped to the request's tenant. With no keys the
 * service is open, but only to loopback clients: an exposed open instance would let anyone edit.
 */
export function installAuth(app: FastifyInstance, cfg: Config): void {
  const keys = [...cfg.API_KEYS.entries()];
  app.decorateRequest("tenant", "");
  app.addHook("onRequest", async (req) => {
    if (!req.routeOptions.config.auth) return;
    if (keys.length === 0) {
      if (!isLoopback(req.socket.remoteAddress)) {
        throw new AppError(
          "unauthorized",
          "This service runs without API keys and only accepts requests from this machine.",
        );
      }
      req.tenant = OPEN_MODE_TENANT;
      return;
    }
    const header = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new AppError("unauthorized", "Send your API key as `Authorization: Bearer <key>`.");
    const match = keys.find(([k]) => safeEqual(k, m[1]!));
    if (!match) throw new AppError("unauthorized", "That API key is not valid.");
    req.tenant = match[1];
  });
}
