import type { FastifyRequest } from "fastify";
import fs from "node:fs/promises";
import type { ApiDeps } from "./deps.js";
import { AppError, FileTooLargeError, UnsupportedMediaError, isAppError, zodIssues } from "../shared/errors.js";
import type { JobRecord, JobSource } from "../shared/job-record.js";
import { newId } from "../shared/ids.js";
import { probeMedia, type MediaInfo } from "../shared/probe.js";
import { checkUrl, checkUrlResolves } from "../shared/ssrf.js";
import { CreateJobJsonSchema, JobOptionsSchema, type JobOptions } from "./schemas.js";
import { planForJob } from "./job-plan.js";
import { filenameFromUrl, safeFilename } from "../shared/names.js";
import type {} from "@fastify/multipart";

export interface CreatedJob {
  record: JobRecord;
  /** The tenant's webhook secret, present only the first time it is created. */
  webhookSecret: string | null;
}

interface Draft {
  instruction: string | undefined;
  options: JobOptions;
  source: JobSource;
  sourceInfo: MediaInfo | null;
  music: { filename: string; sizeBytes: number } | null;
}

/** POST /v1/jobs as JSON: a URL source, downloaded later by the worker. */
export async function createJobFromJson(req: FastifyRequest, deps: ApiDeps): Promise<CreatedJob> {
  const parsed = CreateJobJsonSchema.safeParse(req.body ?? {});
  if (!parsed.success) throw new AppError("invalid_request", "The job request is not valid.", { issues: zodIssues(parsed.error.issues) });
  const { source, instruction, options, ...top } = parsed.data;
  await checkUrlResolves(source.url, deps.ctx.urlPolicy);
  const id = newId("job");
  return finishCreate(req, deps, id, {
    instruction,
    options: { ...options, ...stripUndefined(top) },
    source: { type: "url", url: source.url },
    sourceInfo: null,
    music: null,
  });
}

/**
 * POST /v1/jobs as multipart: the file streams to storage (never into memory), cut at the limit;
 * it is judged by probing its content. Any failure removes everything written for the job.
 */
export async function createJobFromMultipart(req: FastifyRequest, deps: ApiDeps): Promise<CreatedJob> {
  const { ctx } = deps;
  const id = newId("job");
  const maxBytes = Math.round(ctx.cfg.MAX_UPLOAD_MB * 1024 * 1024);
  try {
    await ctx.storage.ensureJobDir(id);
    const fields: Record<string, string> = {};
    let source: { filename: string; sizeBytes: number } | null = null;
    let music: { filename: string; sizeBytes: number } | null = null;
    for await (const part of req.parts()) {
      if (part.type === "file") {
        if ((part.fieldname !== "file" && part.fieldname !== "music") || (part.fieldname === "file" ? source : music)) {
          part.file.resume();
          throw new AppError("invalid_request", `Unexpected file part "${part.fieldname}"; send one "file" and at most one "music".`);
        }
        const dest = ctx.storage.sourcePath(id, part.fieldname === "file" ? "source" : "music");
        const sizeBytes = await ctx.storage.writeStream(part.file, dest, maxBytes).catch((err: unknown) => {
          throw isFileTooLarge(err) ? new FileTooLargeError(maxBytes) : err;
        });
        if ((part.file as { truncated?: boolean }).truncated) throw new FileTooLargeError(maxBytes);
        const entry = { filename: safeFilename(part.filename), sizeBytes };
        if (part.fieldname === "file") source = entry;
        else music = entry;
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    if (!source) throw new AppError("invalid_request", 'Attach the clip as the multipart file part "file".', { issues: [{ path: "file", message: "required" }] });
    const options = parseOptionsField(fields.options);
    // Cheap checks before probing, so a bad instruction is reported without running ffprobe.
    planForJob({ instruction: fields.instruction, plan: options.plan, preset: options.preset, output: options.output });
    const info = await probeStored(deps, ctx.storage.sourcePath(id));
    if (music) {
      const musicInfo = await probeStored(deps, ctx.storage.sourcePath(id, "music"));
      if (!musicInfo.audio) throw new UnsupportedMediaError('the "music" part has no audio');
    }
    return await finishCreate(req, deps, id, {
      instruction: fields.instruction,
      options,
      source: { type: "upload", filename: source.filename, sizeBytes: source.sizeBytes, kind: info.kind },
      sourceInfo: info,
      music,
    });
  } catch (err) {
    await ctx.storage.removeJob(id);
    throw isFileTooLarge(err) ? new FileTooLargeError(maxBytes) : err;
  }
}

async function finishCreate(req: FastifyRequest, deps: ApiDeps, id: string, d: Draft): Promise<CreatedJob> {
  const { ctx } = deps;
  if (!deps.accepting()) throw new AppError("service_unavailable", "The service is shutting down; send the job again in a moment.");
  const engine = d.options.engine ?? ctx.cfg.DEFAULT_ENGINE;
  if (engine === "nemo") throw new AppError("not_configured", "The nemo engine is not available in this deployment; use the local engine.");
  if (d.options.webhook) {
    try {
      checkUrl(d.options.webhook.url, ctx.urlPolicy);
    } catch (err) {
      throw new AppError("webhook_url_forbidden", `The webhook URL may not be called: ${(err as Error).message.replace(/^That URL may not be fetched: /, "")}`);
    }
  }
  const sourceName = d.source.type === "upload" ? d.source.filename : filenameFromUrl(d.source.url);
  const plan = planForJob(
    { instruction: d.instruction, plan: d.options.plan, preset: d.options.preset, output: d.options.output },
    { sourceName, sourceDurationMs: d.sourceInfo?.durationMs ?? null },
  );
  const now = new Date().toISOString();
  const record: JobRecord = {
    id,
    tenant: req.tenant,
    status: "queued",
    step: "queued",
    progress: 0,
    engine,
    instruction: d.instruction ?? null,
    plan,
    source: d.source,
    music: d.music,
    webhook: d.options.webhook ?? null,
    metadata: d.options.metadata ?? null,
    summary: null,
    timeline: null,
    notes: plan.notes,
    result: null,
    error: null,
    details: {},
    deliveries: [],
    createdAt: now,
    updatedAt: now,
    startedAt: null,
    finishedAt: null,
  };
  const secret = record.webhook ? await ctx.secrets.ensure(req.tenant) : null;
  await ctx.store.create(record);
  try {
    await deps.editQueue.add("edit", { jobId: id, tenant: req.tenant }, { jobId: id });
  } catch (err) {
    await ctx.store.remove(record);
    throw new AppError("service_unavailable", "The job queue is unavailable; try again shortly.", { cause: err });
  }
  req.log.info({ jobId: id, engine, source: d.source.type }, "job queued");
  return { record, webhookSecret: secret?.created ? secret.secret : null };
}

function parseOptionsField(raw: string | undefined): JobOptions {
  if (raw === undefined || raw.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_options", 'The "options" part is not valid JSON.', { issues: [{ path: "options", message: "invalid JSON" }] });
  }
  const parsed = JobOptionsSchema.safeParse(json);
  if (!parsed.success) throw new AppError("invalid_options", 'The "options" part is not valid.', { issues: zodIssues(parsed.error.issues, "options") });
  return parsed.data;
}

async function probeStored(deps: ApiDeps, file: string): Promise<MediaInfo> {
  const stat = await fs.stat(file);
  return probeMedia(file, stat.size, { ffprobePath: deps.ctx.cfg.FFPROBE_PATH });
}

function isFileTooLarge(err: unknown): boolean {
  return (isAppError(err) && err.code === "file_too_large") || (err as { code?: string })?.code === "FST_REQ_FILE_TOO_LARGE";
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
