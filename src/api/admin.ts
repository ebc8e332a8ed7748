import { timingSafeEqual } from "node:crypto";
import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { Queue } from "bullmq";
import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { isOpenMode, type Config } from "../shared/config.js";
import { AppError } from "../shared/errors.js";
import { isLoopback } from "./auth.js";
import { sendProblem } from "./problem.js";

export const DASHBOARD_PATH = "/admin/queues";

function sameKey(given: string, key: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key from `Bearer <key>`, or from Basic auth's password so a browser can log in with a prompt. */
function presentedKey(req: FastifyRequest): string | null {
  const header = req.headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
}

/**
 * BullMQ's dashboard (bull-board) at /admin/queues, for operators: with ADMIN_KEY set it asks for
 * that key; without one it exists only in open mode, for this machine. Otherwise it is not mounted
 * at all, so it answers 404 like any unknown path.
 */
export async function installQueueDashboard(app: FastifyInstance, cfg: Config, queues: Queue[]): Promise<void> {
  const key = cfg.ADMIN_KEY;
  if (!key && !isOpenMode(cfg)) return;
  const adapter = new FastifyAdapter();
  adapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((q) => new BullMQAdapter(q)), serverAdapter: adapter });
  const dashboard: FastifyPluginAsync = async (scope) => {
    scope.addHook("onRequest", async (req: FastifyRequest, reply: FastifyReply) => {
      const allowed = key ? sameKey(presentedKey(req) ?? "", key) : isLoopback(req.socket.remoteAddress);
      if (allowed) return;
      // Basic, so that a browser shows its login prompt.
      reply.header("www-authenticate", 'Basic realm="promptcut admin"');
      const detail = key
        ? "The queue dashboard needs the ADMIN_KEY (Bearer, or Basic with the key as password)."
        : "Without ADMIN_KEY the queue dashboard is open to this machine only.";
      await sendProblem(reply, req, new AppError("unauthorized", detail));
    });
    await scope.register(adapter.registerPlugin(), { prefix: DASHBOARD_PATH });
  };
  await app.register(dashboard);
}
