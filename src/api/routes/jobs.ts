import { z } from "zod";
import { AppError, NotFoundError } from "../../shared/errors.js";
import { isId } from "../../shared/ids.js";
import { jobsFinished } from "../../shared/metrics.js";
import { JobViewSchema, toJobView } from "../../jobs/view.js";
import type { JobRecord } from "../../jobs/record.js";
import { problemResponse } from "../problem.js";
import { route, type AnyRoute } from "../route.js";
import type { ApiDeps } from "../deps.js";
import { JobIdParams, ListJobsQuery } from "../schemas.js";
import { CreateJobJsonSchema } from "../../jobs/options.js";
import { createJobFromJson, createJobFromParts, type CreatedJob, type CreateRequest } from "../../jobs/create.js";
import { sendFile } from "../output-file.js";
import { streamJobEvents } from "../sse.js";
import { FINAL_STATUSES } from "../../jobs/record.js";
import type { FastifyRequest } from "fastify";

const CreatedJobSchema = JobViewSchema.extend({
  webhookSecret: z
    .string()
    .optional()
    .describe("The tenant's webhook signing secret (whsec_…); returned only the first time it is created"),
});

/** A job the caller may see, or 404 — never 403, which would confirm another tenant's id exists. */
async function loadJob(req: FastifyRequest<{ Params: { id: string } }>, deps: ApiDeps): Promise<JobRecord> {
  const { id } = req.params;
  if (!isId(id, "job")) throw new NotFoundError("job");
  const rec = await deps.ctx.store.getForTenant(req.tenant, id);
  if (!rec) throw new NotFoundError("job");
  return rec;
}

export const jobRoutes: AnyRoute[] = [
  route({
    method: "POST",
    url: "/v1/jobs",
    operationId: "createJob",
    summary: "Create an edit job from an upload or a URL",
    description:
      "multipart/form-data with `file` (the clip), optional `music`, `instruction` " +
      "and `options` (JSON: preset, output, plan, engine, webhook, metadata); " +
      "or JSON with `source.url` and the same options at the top level or under `options`.",
    tag: "jobs",
    auth: true,
    headers: {
      "idempotency-key": {
        description: "Retry-safe creation: the same key and body within 24 h return the first job (200)",
      },
    },
    body: {
      json: CreateJobJsonSchema,
      multipart: {
        file: { type: "file", description: "The clip: video, image or audio, judged by its content", required: true },
        music: { type: "file", description: "Optional music bed" },
        instruction: { type: "string", description: "What to do, in English or Chinese (≤ 2,000 characters)" },
        options: { type: "string", description: "JSON object: preset, output, plan, engine, webhook {url}, metadata" },
      },
    },
    responses: {
      200: {
        description: "An earlier request with the same Idempotency-Key and body created this job",
        schema: JobViewSchema,
      },
      202: { description: "The job, queued", schema: CreatedJobSchema, headers: { location: "URL of the job" } },
      400: problemResponse("malformed_request: the body is not valid JSON or multipart"),
      401: problemResponse("Missing or unknown API key"),
      409: problemResponse("conflict: a request with this Idempotency-Key is still being handled"),
      413: problemResponse("file_too_large: the upload is over the limit; nothing was kept"),
      415: problemResponse("unsupported_media: the file is not media we can read"),
      422: problemResponse(
        "invalid_instruction, invalid_plan, invalid_options, invalid_request, " +
          "source_url_forbidden, webhook_url_forbidden, or idempotency_mismatch (the key was used with another body)",
      ),
      503: problemResponse("service_unavailable: shutting down, or the queue is unreachable; send it again shortly"),
    },
    handler: async (req, reply, deps) => {
      const key = req.headers["idempotency-key"];
      const who: CreateRequest = {
        tenant: req.tenant,
        idempotencyKey: Array.isArray(key) ? key[0] : key,
        log: req.log,
      };
      const created: CreatedJob = req.isMultipart()
        ? await createJobFromParts(who, req.parts(), deps)
        : await createJobFromJson(who, req.body, deps);
      const view = toJobView(created.record, deps.ctx.baseUrl);
      return reply
        .code(created.replayed ? 200 : 202)
        .header("location", `/v1/jobs/${created.record.id}`)
        .send(created.webhookSecret ? { ...view, webhookSecret: created.webhookSecret } : view);
    },
  }),
  route({
    method: "GET",
    url: "/v1/jobs",
    operationId: "listJobs",
    summary: "The caller's jobs, newest first",
    tag: "jobs",
    auth: true,
    query: ListJobsQuery,
    responses: {
      200: {
        description: "A page of jobs",
        schema: z.object({ jobs: z.array(JobViewSchema), nextCursor: z.string().nullable() }),
      },
      401: problemResponse("Missing or unknown API key"),
      422: problemResponse("invalid_request: bad limit, cursor or status"),
    },
    handler: async (req, _reply, deps) => {
      const page = await deps.ctx.store.list(req.tenant, req.query);
      return { jobs: page.jobs.map((j) => toJobView(j, deps.ctx.baseUrl)), nextCursor: page.nextCursor };
    },
  }),
  route({
    method: "GET",
    url: "/v1/jobs/:id",
    operationId: "getJob",
    summary: "A job: status, progress, step, plan, timeline summary, result, error, webhook deliveries",
    tag: "jobs",
    auth: true,
    params: JobIdParams,
    responses: {
      200: { description: "The job", schema: JobViewSchema },
      401: problemResponse("Missing or unknown API key"),
      404: problemResponse("not_found"),
    },
    handler: async (req, _reply, deps) => toJobView(await loadJob(req, deps), deps.ctx.baseUrl),
  }),
  route({
    method: "GET",
    url: "/v1/jobs/:id/output",
    operationId: "getJobOutput",
    summary: "The rendered file, with Range support and a download filename",
    tag: "jobs",
    auth: true,
    params: JobIdParams,
    headers: { range: { description: "bytes=start-end" } },
    responses: {
      200: { description: "The whole file", contentType: "application/octet-stream" },
      206: { description: "The requested byte range", contentType: "application/octet-stream" },
      404: problemResponse("not_found"),
      409: problemResponse("conflict: the job has no output (not finished, failed or canceled)"),
      416: { description: "Range not satisfiable" },
    },
    handler: async (req, reply, deps) => {
      const rec = await loadJob(req, deps);
      if (rec.status !== "completed" || !rec.result) {
        throw new AppError("conflict", `The job is ${rec.status}; its output exists only once it is completed.`, {
          extra: { jobStatus: rec.status },
        });
      }
      const base = (rec.source.type === "upload" ? rec.source.filename : "clip").replace(/\.[^.]+$/, "");
      return sendFile(reply, deps.ctx.storage.outputPath(rec.id, rec.result.format), {
        format: rec.result.format,
        downloadName: `${base}-promptcut.${rec.result.format}`,
        range: req.headers.range,
      });
    },
  }),
  route({
    method: "DELETE",
    url: "/v1/jobs/:id",
    operationId: "cancelJob",
    summary: "Cancel a job: a queued job never runs, a running render is stopped; the job ends canceled",
    tag: "jobs",
    auth: true,
    params: JobIdParams,
    responses: {
      200: { description: "The job, canceled", schema: JobViewSchema },
      404: problemResponse("not_found"),
      409: problemResponse("conflict: the job already finished"),
    },
    handler: async (req, _reply, deps) => {
      const rec = await loadJob(req, deps);
      const res = await deps.ctx.store.patch(rec.id, ["queued", "processing"], {
        status: "canceled",
        finishedAt: new Date().toISOString(),
      });
      if (!res.applied)
        throw new AppError("conflict", `The job is already ${res.previous}.`, { extra: { jobStatus: res.previous } });
      if (res.previous === "queued") await deps.editQueue.remove(rec.id).catch(() => 0);
      else {
        await deps.publishCancel(rec.id);
        // A job parked between steps (nemo polling) wakes now, so its worker cancels the upstream render.
        const parked = await deps.editQueue.getJob(rec.id);
        if (parked && (await parked.isDelayed())) await parked.promote().catch(() => undefined);
      }
      jobsFinished.inc({ engine: rec.engine, outcome: "canceled" });
      await deps.notifier.final(rec, "canceled");
      req.log.info({ jobId: rec.id, was: res.previous }, "job canceled");
      const after = await deps.ctx.store.get(rec.id);
      return toJobView(after ?? rec, deps.ctx.baseUrl);
    },
  }),
  route({
    method: "GET",
    url: "/v1/jobs/:id/events",
    operationId: "streamJobEvents",
    summary:
      "Server-Sent Events: the current state, then step, progress and the final event (completed, failed or canceled)",
    description:
      "Keep-alive comments every 15 s. Event ids are resumable with `Last-Event-ID`. " +
      "The stream ends after the final event.",
    tag: "jobs",
    auth: true,
    params: JobIdParams,
    headers: { "last-event-id": { description: "Resume after this event id" } },
    responses: {
      200: { description: "text/event-stream of job events", contentType: "text/event-stream" },
      404: problemResponse("not_found"),
    },
    handler: async (req, reply, deps) => streamJobEvents(req, reply, deps, await loadJob(req, deps)),
  }),
  route({
    method: "POST",
    url: "/v1/jobs/:id/webhook/redeliver",
    operationId: "redeliverWebhook",
    summary: "Send the job's final event to its webhook again (same webhook-id), with a fresh retry schedule",
    tag: "jobs",
    auth: true,
    params: JobIdParams,
    responses: {
      202: { description: "Delivery queued", schema: z.object({ event: z.string(), webhookId: z.string() }) },
      404: problemResponse("not_found"),
      409: problemResponse("conflict: the job has no webhook or has not finished"),
    },
    handler: async (req, reply, deps) => {
      const rec = await loadJob(req, deps);
      if (!rec.webhook) throw new AppError("conflict", "The job has no webhook.");
      if (!FINAL_STATUSES.has(rec.status) || !rec.lastEvent)
        throw new AppError("conflict", `The job is ${rec.status}; its event is sent when it finishes.`);
      const event = await deps.notifier.redeliver(rec);
      return reply.code(202).send({ event: event!.type, webhookId: event!.webhookId });
    },
  }),
];
