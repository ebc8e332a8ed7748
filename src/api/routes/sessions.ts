import { z } from "zod";
import type { FastifyReply, FastifyRequest } from "fastify";
import type {} from "@fastify/multipart";
import { AppError } from "../../shared/errors.js";
import { EngineSchema } from "../../jobs/record.js";
import { safeFilename } from "../../media/names.js";
import { TurnSchema, type Session } from "../../sessions/record.js";
import { SessionViewSchema, toSessionView } from "../../sessions/view.js";
import { problemResponse } from "../problem.js";
import { route, type AnyRoute } from "../route.js";
import type { ApiDeps } from "../deps.js";
import { MetadataSchema } from "../../jobs/options.js";
import { WebhookTargetSchema } from "../../webhooks/schema.js";

const Params = z.object({ id: z.string() });

const CreateSessionSchema = z
  .object({
    engine: EngineSchema.optional(),
    webhook: WebhookTargetSchema.optional().describe("Where export jobs report (job.completed / job.failed)"),
    metadata: MetadataSchema.optional(),
  })
  .strict();

const UrlsSchema = z.object({ urls: z.array(z.string().min(1).max(4096)).min(1).max(20) }).strict();
const MessageSchema = z
  .object({
    text: z.string().describe("What to do, in English or Chinese (≤ 2,000 characters)"),
    sourceId: z
      .string()
      .optional()
      .describe("Apply the message to this source only (else: the clips it names, or all)"),
  })
  .strict();

/** The session as shown; a turn already built its summaries, so they are passed in rather than rebuilt. */
async function view(deps: ApiDeps, s: Session, summaries?: Record<string, string>) {
  return toSessionView(
    s,
    summaries ?? (await deps.sessions.summaries(s)),
    deps.ctx.store,
    deps.ctx.baseUrl,
    deps.ctx.cfg.SESSION_IDLE_MS,
  );
}

/** Multipart `file` parts as they arrive, each streamed to storage by the session service. */
async function* fileParts(req: FastifyRequest) {
  for await (const part of req.parts()) {
    if (part.type !== "file") continue;
    if (part.fieldname !== "file") {
      part.file.resume();
      throw new AppError(
        "invalid_request",
        `Unexpected file part "${part.fieldname}"; send each clip as a "file" part.`,
      );
    }
    yield { name: safeFilename(part.filename), stream: part.file };
  }
}

export const sessionRoutes: AnyRoute[] = [
  route({
    method: "POST",
    url: "/v1/sessions",
    operationId: "createSession",
    summary: "Start a session: edit in turns, over one or more clips",
    tag: "sessions",
    auth: true,
    body: { json: CreateSessionSchema },
    responses: {
      201: {
        description: "The session",
        schema: SessionViewSchema.extend({
          webhookSecret: z
            .string()
            .optional()
            .describe("The tenant's webhook signing secret (whsec_…); returned only the first time it is created"),
        }),
      },
      422: problemResponse("invalid_request or webhook_url_forbidden"),
    },
    handler: async (req, reply: FastifyReply, deps) => {
      const body = req.body;
      const { session: s, webhookSecret } = await deps.sessions.create(req.tenant, {
        engine: body.engine ?? deps.ctx.cfg.DEFAULT_ENGINE,
        webhook: body.webhook ?? null,
        metadata: body.metadata ?? null,
      });
      const shown = await view(deps, s);
      return reply
        .code(201)
        .header("location", `/v1/sessions/${s.id}`)
        .send(webhookSecret ? { ...shown, webhookSecret } : shown);
    },
  }),
  route({
    method: "POST",
    url: "/v1/sessions/:id/uploads",
    operationId: "addSessionSources",
    summary: "Add clips to a session: multipart `file` parts, or JSON {urls}; each becomes a named source",
    tag: "sessions",
    auth: true,
    params: Params,
    body: {
      json: UrlsSchema,
      multipart: { file: { type: "file", description: "A clip (repeat the part for several)", required: true } },
    },
    responses: {
      201: {
        description: "The sources added and the session",
        schema: z.object({
          added: z.array(z.object({ id: z.string(), name: z.string() })),
          session: SessionViewSchema,
        }),
      },
      404: problemResponse("not_found"),
      413: problemResponse("file_too_large"),
      415: problemResponse("unsupported_media"),
      422: problemResponse("invalid_request, source_url_forbidden"),
    },
    handler: async (req, reply, deps) => {
      const { id } = req.params;
      const res = req.isMultipart()
        ? await deps.sessions.addSources(req.tenant, id, fileParts(req))
        : await deps.sessions.addSources(req.tenant, id, (async function* () {})(), req.body.urls);
      return reply
        .code(201)
        .send({ added: res.added.map((s) => ({ id: s.id, name: s.name })), session: await view(deps, res.session) });
    },
  }),
  route({
    method: "POST",
    url: "/v1/sessions/:id/messages",
    operationId: "sendSessionMessage",
    summary:
      "Send a message: an edit (relative to the current plan), undo/redo, status, export, credits, upload or help",
    tag: "sessions",
    auth: true,
    params: Params,
    body: { json: MessageSchema },
    responses: {
      200: {
        description: "The turn and the session after it",
        schema: z.object({ turn: TurnSchema, session: SessionViewSchema }),
      },
      404: problemResponse("not_found"),
      409: problemResponse("conflict: another message to this session is still being handled"),
      422: problemResponse("invalid_instruction, invalid_request"),
    },
    handler: async (req, _reply, deps) => {
      const { id } = req.params;
      const body = req.body;
      const { session, turn } = await deps.sessions.message(req.tenant, id, body.text, body.sourceId);
      return { turn, session: await view(deps, session, turn.summaries) };
    },
  }),
  route({
    method: "GET",
    url: "/v1/sessions/:id",
    operationId: "getSession",
    summary: "A session: sources, current plans, timeline summaries, turns, previews and exports",
    tag: "sessions",
    auth: true,
    params: Params,
    responses: {
      200: { description: "The session", schema: SessionViewSchema },
      404: problemResponse("not_found (also once it expired)"),
    },
    handler: async (req, _reply, deps) => view(deps, await deps.sessions.get(req.tenant, req.params.id)),
  }),
  route({
    method: "DELETE",
    url: "/v1/sessions/:id",
    operationId: "deleteSession",
    summary: "End a session now: its files are removed (rendered jobs keep their outputs)",
    tag: "sessions",
    auth: true,
    params: Params,
    responses: { 204: { description: "Removed" }, 404: problemResponse("not_found") },
    handler: async (req, reply, deps) => {
      await deps.sessions.remove(req.tenant, req.params.id);
      return reply.code(204).send();
    },
  }),
];
