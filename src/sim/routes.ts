import { createHash, randomBytes } from "node:crypto";
import { analyseForAnyPlan } from "../engine/index.js";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { request } from "undici";
import { z } from "zod";
import { draftFingerprint, isExportable } from "../nemo/draft.js";
import { probeMedia, type MediaInfo } from "../media/probe.js";
import { failCode, ok, proxyFail, proxyOk, sessionFor, userOf, type SimContext } from "./context.js";
import { runRender } from "./render.js";
import type { SimEndpoint } from "./faults.js";
import type { SimRender, SimUpload } from "./state.js";
import { handleTurn } from "./turn.js";

/** Route pattern → endpoint name, for the fault and auth hooks in server.ts. */
export const ROUTE_ENDPOINTS: Readonly<Record<string, SimEndpoint>> = {
  "/api/auth/anonymous-token": "token",
  "/api/tasks/me/with-session/nemo_agent": "session",
  "/api/upload-video/nemo_agent/me/:sid": "upload",
  "/run_sse": "run_sse",
  "/api/credits/balance/simple": "credits",
  "/api/state/nemo_agent/me/:sid/latest": "state",
  "/api/render/proxy/lambda": "export",
  "/api/render/proxy/lambda/:id": "render_status",
  "/api/render/proxy/lambda/:id/cancel": "cancel",
  "/api/render/proxy/:id/download": "download",
};

/** The NEMO.md endpoints. */
export function registerNemoRoutes(app: FastifyInstance, ctx: SimContext): void {
  const { state } = ctx;
  const base = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "127.0.0.1"}`;

  app.post("/api/auth/anonymous-token", async (req, reply) => {
    const clientId = req.headers["x-client-id"];
    if (typeof clientId !== "string" || clientId.length === 0 || clientId.length > 64) {
      return reply.code(400).send({ code: 400, message: "X-Client-Id header is required (at most 64 characters)" });
    }
    const now = Date.now();
    const last = state.issued.get(clientId);
    if (last !== undefined && now - last < state.faults.tokenTtlMs) {
      state.stats.rateLimited++;
      return reply
        .code(429)
        .send({ code: 429, message: "an anonymous token was already issued to this client in the last 7 days" });
    }
    const t = state.issueToken(clientId, now);
    return ok(reply, {
      token: t.token,
      user_id: t.userId,
      expires_at: new Date(t.expiresAt).toISOString(),
      credits: state.wallet(t.userId).available,
    });
  });

  app.post("/api/tasks/me/with-session/nemo_agent", async (req, reply) => {
    const body = z
      .object({ task_name: z.string().default("project"), language: z.string().optional() })
      .safeParse(req.body ?? {});
    if (!body.success) return failCode(reply, 400, "malformed body", 400);
    const s = state.createSession(userOf(ctx, req), body.data.task_name, body.data.language ?? null);
    return ok(reply, { task_id: s.taskId, session_id: s.id, user_id: s.userId });
  });

  app.post<{ Params: { sid: string } }>("/api/upload-video/nemo_agent/me/:sid", async (req, reply) => {
    const session = sessionFor(ctx, req, req.params.sid, "upload");
    if (!session) return failCode(reply, 1002, "session not found");
    if (state.faults.uploadError === 4001) return failCode(reply, 4001, "unsupported file type");
    if (state.faults.uploadError === 4002) return failCode(reply, 4002, "file too large");
    const dir = path.join(ctx.dir, "uploads", randomBytes(6).toString("hex"));
    await fsp.mkdir(dir, { recursive: true });
    let saved: Array<{ filename: string; path: string }>;
    try {
      saved = req.isMultipart() ? await saveParts(ctx, req, dir) : await fetchUrls(ctx, req.body, dir);
    } catch (err) {
      if (err instanceof UploadRefusal) return failCode(reply, err.code, err.message);
      throw err;
    }
    if (saved.length === 0) return failCode(reply, 4001, "no files in the upload");
    const files: SimUpload[] = [];
    for (const f of saved) {
      const size = (await fsp.stat(f.path)).size;
      let info: MediaInfo;
      try {
        info = await probeMedia(f.path, size, { ffprobePath: ctx.ffprobePath });
      } catch (err) {
        return failCode(reply, 4001, `unsupported file: ${err instanceof Error ? err.message : String(err)}`);
      }
      const hash = await sha256File(f.path);
      const rel = path
        .relative(path.join(ctx.dir, "uploads"), f.path)
        .split(path.sep)
        .map(encodeURIComponent)
        .join("/");
      const analysis = await analyseForAnyPlan({
        source: { path: f.path, info },
        ffmpegPath: ctx.ffmpegPath,
        timeoutMs: 60_000,
      });
      files.push({
        filename: f.filename,
        path: f.path,
        info,
        hash,
        sizeBytes: size,
        cdnUrl: `${base(req)}/__sim/uploads/${rel}`,
        analysis,
      });
    }
    session.uploads.push(...files);
    state.stats.uploads += files.length;
    return ok(reply, {
      files: files.map((f) => ({
        filename: f.filename,
        file_type: `${f.info.kind}/${path.extname(f.filename).slice(1) || "mp4"}`,
        cdn_url: f.cdnUrl,
        duration: f.info.durationMs === null ? null : f.info.durationMs / 1000,
        width: f.info.video?.width ?? null,
        height: f.info.video?.height ?? null,
        fps: f.info.video?.fps ?? null,
        hash: f.hash,
      })),
      session_state_applied: true,
    });
  });

  app.post("/run_sse", (req, reply) => handleTurn(ctx, req, reply));

  app.get("/api/credits/balance/simple", async (req, reply) => {
    const w = state.wallet(userOf(ctx, req));
    return ok(reply, { available: w.available, frozen: w.frozen, total: w.available + w.frozen });
  });

  app.get<{ Params: { sid: string } }>("/api/state/nemo_agent/me/:sid/latest", async (req, reply) => {
    const s = sessionFor(ctx, req, req.params.sid, "state");
    if (!s) return failCode(reply, 1002, "session not found");
    return ok(reply, {
      session_id: s.id,
      task_id: s.taskId,
      task_name: s.taskName,
      state: {
        draft: s.draft,
        video_infos: s.uploads.map((u) => ({
          filename: u.filename,
          cdn_url: u.cdnUrl,
          duration: (u.info.durationMs ?? 0) / 1000,
          width: u.info.video?.width ?? null,
          height: u.info.video?.height ?? null,
        })),
        generated_media: [],
        canvas_config: s.draft?.m ?? null,
        video_analyses: [],
      },
    });
  });

  app.post("/api/render/proxy/lambda", async (req, reply) => {
    state.stats.exports.calls++;
    const refuse = (http: number, error: string, code?: number) => {
      state.stats.exports.refused++;
      return proxyFail(reply, http, error, code);
    };
    // NEMO.md: export answers 402 without the attribution headers.
    const h = req.headers;
    if (!h["x-skill-source"] || !h["x-skill-version"] || !h["x-skill-platform"]) {
      return refuse(402, "export requires the X-Skill-Source, X-Skill-Version and X-Skill-Platform headers");
    }
    if (state.faults.exportBlocked) return refuse(402, "your plan does not include export");
    const body = z
      .object({ id: z.string().min(1), sessionId: z.string(), draft: z.unknown(), output: z.unknown().optional() })
      .safeParse(req.body);
    if (!body.success) return refuse(400, "malformed export body");
    const session = sessionFor(ctx, req, body.data.sessionId, "export");
    if (!session) return refuse(200, "session not found", 1002);
    if (state.renders.has(body.data.id)) return refuse(409, `duplicate render id ${body.data.id}`);
    if (!isExportable(body.data.draft)) return refuse(400, "the draft has no segments to render");
    const render: SimRender = {
      id: body.data.id,
      sessionId: session.id,
      userId: session.userId,
      status: "pending",
      progress: 5,
      error: null,
      outputPath: null,
      durationS: null,
      sizeBytes: null,
      createdAt: new Date().toISOString(),
      completedAt: null,
      abort: new AbortController(),
    };
    state.renders.set(render.id, render);
    state.countRender(session.id);
    state.stats.exports.accepted++;
    const plan = session.plansByDraft.get(draftFingerprint(body.data.draft)) ?? session.plan;
    void runRender(state, render, session, plan, {
      dir: path.join(ctx.dir, "renders"),
      ffmpegPath: ctx.ffmpegPath,
      ffprobePath: ctx.ffprobePath,
    });
    return proxyOk(reply, { id: render.id, status: render.status, progress: render.progress });
  });

  const renderOf = (req: FastifyRequest, id: string) => {
    const r = state.renders.get(id);
    return r && r.userId === userOf(ctx, req) ? r : null;
  };

  app.get<{ Params: { id: string } }>("/api/render/proxy/lambda/:id", async (req, reply) => {
    const r = renderOf(req, req.params.id);
    if (!r) return proxyFail(reply, 404, "render not found");
    const done = r.status === "completed";
    const url = done && !state.faults.omitOutputUrl ? `${base(req)}/__sim/cdn/${encodeURIComponent(r.id)}.mp4` : null;
    if (state.faults.renderStatusShape === "toplevel") {
      return reply.send({
        id: r.id,
        status: r.status,
        progress: r.progress,
        output: done ? { url, duration: r.durationS, size: r.sizeBytes } : null,
        ...(r.error ? { error: r.error } : {}),
      });
    }
    return proxyOk(reply, {
      id: r.id,
      status: r.status,
      progress: r.progress,
      outputUrl: url,
      createdAt: r.createdAt,
      completedAt: r.completedAt,
      ...(r.error ? { error: r.error } : {}),
    });
  });

  app.post<{ Params: { id: string } }>("/api/render/proxy/lambda/:id/cancel", async (req, reply) => {
    const r = renderOf(req, req.params.id);
    if (!r) return proxyFail(reply, 404, "render not found");
    if (r.status === "pending" || r.status === "processing") r.abort.abort();
    return proxyOk(reply, { id: r.id, status: r.status });
  });

  app.get<{ Params: { id: string } }>("/api/render/proxy/:id/download", async (req, reply) => {
    const r = renderOf(req, req.params.id);
    if (r?.status !== "completed" || !r.outputPath) return proxyFail(reply, 404, "no output for this render");
    return sendFile(reply, r.outputPath, "video/mp4");
  });

  // The "CDN": outputUrl and upload cdn_url point here; no token needed, like a public CDN link.
  app.get<{ Params: { file: string } }>("/__sim/cdn/:file", async (req, reply) => {
    const r = state.renders.get(req.params.file.replace(/\.mp4$/, ""));
    if (r?.status !== "completed" || !r.outputPath) return reply.code(404).send();
    return sendFile(reply, r.outputPath, "video/mp4");
  });
  app.get<{ Params: { "*": string } }>("/__sim/uploads/*", async (req, reply) => {
    const root = path.join(ctx.dir, "uploads");
    const file = path.resolve(root, req.params["*"]);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return reply.code(404).send();
    return sendFile(reply, file, "application/octet-stream");
  });
}

async function sha256File(file: string): Promise<string> {
  const h = createHash("sha256");
  await pipeline(fs.createReadStream(file), h);
  return h.digest("hex");
}

async function sendFile(reply: FastifyReply, file: string, type: string): Promise<FastifyReply> {
  const size = (await fsp.stat(file)).size;
  return reply.header("content-type", type).header("content-length", size).send(fs.createReadStream(file));
}

class UploadRefusal extends Error {
  constructor(
    readonly code: 4001 | 4002,
    message: string,
  ) {
    super(message);
  }
}

const safeName = (name: string) =>
  path
    .basename(name)
    .replace(/[^\w.\- ]+/g, "_")
    .slice(0, 120) || "upload.bin";

/** Multipart field `files` (repeatable), streamed to disk with the size limit (4002 beyond it). */
async function saveParts(
  ctx: SimContext,
  req: FastifyRequest,
  dir: string,
): Promise<Array<{ filename: string; path: string }>> {
  const out: Array<{ filename: string; path: string }> = [];
  try {
    for await (const part of req.parts({ limits: { fileSize: ctx.state.faults.maxUploadBytes, files: 20 } })) {
      if (part.type !== "file" || part.fieldname !== "files") continue;
      const filename = safeName(part.filename);
      const dest = path.join(dir, `${out.length}_${filename}`);
      await pipeline(part.file, fs.createWriteStream(dest));
      out.push({ filename, path: dest });
    }
  } catch (err) {
    if ((err as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE") throw new UploadRefusal(4002, "file too large");
    throw err;
  }
  return out;
}

const UrlUpload = z.object({ urls: z.array(z.string().url()).min(1).max(10), source_type: z.literal("url") });

/** `{"urls":[…],"source_type":"url"}`: the simulator fetches them (loopback only unless allowed). */
async function fetchUrls(
  ctx: SimContext,
  body: unknown,
  dir: string,
): Promise<Array<{ filename: string; path: string }>> {
  const parsed = UrlUpload.safeParse(body);
  if (!parsed.success) throw new UploadRefusal(4001, 'expected multipart `files` or {urls, source_type:"url"}');
  const out: Array<{ filename: string; path: string }> = [];
  for (const u of parsed.data.urls) {
    const url = new URL(u);
    if (!ctx.allowAnyUploadUrl && !isLoopback(url.hostname))
      throw new UploadRefusal(4001, `the simulator only fetches loopback URLs (${url.hostname})`);
    const res = await request(url, { method: "GET" }).catch((err: unknown) => {
      throw new UploadRefusal(4001, `could not fetch ${u}: ${err instanceof Error ? err.message : String(err)}`);
    });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new UploadRefusal(4001, `could not fetch ${u}: HTTP ${res.statusCode}`);
    }
    const filename = safeName(decodeURIComponent(url.pathname.split("/").pop() ?? "") || "download.mp4");
    const dest = path.join(dir, `${out.length}_${filename}`);
    let seen = 0;
    const limit = ctx.state.faults.maxUploadBytes;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        seen += chunk.length;
        cb(seen > limit ? new UploadRefusal(4002, "file too large") : null, chunk);
      },
    });
    await pipeline(res.body, cap, fs.createWriteStream(dest));
    out.push({ filename, path: dest });
  }
  return out;
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
