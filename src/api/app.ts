import Fastify, { type FastifyInstance } from "fastify";
import multipart from "@fastify/multipart";
import type { ApiDeps } from "./deps.js";
import { installAuth } from "./auth.js";
import { installProblemHandlers } from "./problem.js";
import { registerRoutes } from "./route.js";
import { installQueueDashboard } from "./admin.js";
import { allRoutes } from "./routes/index.js";
import { FileTooLargeError } from "../shared/errors.js";

/** Builds the Fastify app: plugins, then routes. No listening here, so tests can inject. */
export async function buildApp(deps: ApiDeps): Promise<FastifyInstance> {
  const { cfg, log } = deps.ctx;
  const maxUpload = Math.round(cfg.MAX_UPLOAD_MB * 1024 * 1024);
  const app = Fastify({
    loggerInstance: log.child({ component: "api" }),
    bodyLimit: 1024 * 1024,
    // Upload handling needs real time on slow links; a stuck client must still not hold a socket forever.
    requestTimeout: 15 * 60_000,
    genReqId: () => `req_${Math.random().toString(36).slice(2, 10)}`,
  }) as unknown as FastifyInstance;
  installProblemHandlers(app);
  // JSON and multipart only: a text/plain body would otherwise reach the handlers as a string.
  app.removeContentTypeParser("text/plain");
  installAuth(app, cfg);
  await app.register(multipart, {
    // Jobs take a clip and a music file; session uploads take up to 20 clips at once.
    limits: { fileSize: maxUpload, files: 20, fields: 10, fieldSize: 256 * 1024, parts: 32 },
    throwFileSizeLimit: true,
  });
  // Refuse an announced oversize upload before reading it; chunked ones are cut while streaming.
  app.addHook("onRequest", async (req) => {
    const len = Number(req.headers["content-length"] ?? NaN);
    if (
      req.method === "POST" &&
      req.url.startsWith("/v1/jobs") &&
      Number.isFinite(len) &&
      len > maxUpload * 2 + 1024 * 1024
    ) {
      throw new FileTooLargeError(maxUpload);
    }
  });
  deps.metrics.install(app);
  await installQueueDashboard(app, cfg, deps.dashboardQueues);
  registerRoutes(app, allRoutes, deps);
  return app;
}
