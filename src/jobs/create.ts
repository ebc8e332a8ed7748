import type { Readable } from "node:stream";
import type { Queue } from "bullmq";
import type { Context } from "../context.js";
import type { Logger } from "../shared/logger.js";
import type { EditJobData } from "./queues.js";
import { AppError, FileTooLargeError, UnsupportedMediaError, isAppError, zodIssues } from "../shared/errors.js";
import { sourceName, type JobRecord, type JobSource } from "./record.js";
import { newJobRecord, submitJob } from "./submit.js";
import { newId } from "../shared/ids.js";
import { probeStoredFile, type MediaInfo } from "../media/probe.js";
import { checkUrlResolves, checkWebhookUrl } from "../shared/ssrf.js";
import { safeFilename } from "../media/names.js";
import { JobOptionsSchema, type CreateJobJson, type JobOptions } from "./options.js";
import { checkJobPlan, planForJob } from "./plan.js";
import type { Interpreter } from "../plan/merge.js";
import { Idempotency, fingerprint, type Claim } from "./idempotency.js";

export interface CreatedJob {
  record: JobRecord;
  /** True when an Idempotency-Key matched an earlier identical request: this is that job. */
  replayed: boolean;
  /** The tenant's webhook secret, present only the first time it is created. */
  webhookSecret: string | null;
}

/** What creating a job needs from the process that takes the request. */
export interface CreateJobDeps {
  ctx: Context;
  editQueue: Queue<EditJobData>;
  idempotency: Idempotency;
  /** False while the process drains on SIGTERM. */
  accepting: () => boolean;
  /** The interpreter a job's instruction is read with (the rule interpreter unless given). */
  interpret?: Interpreter | undefined;
}

/** Who asks, and the retry key they sent (validated here). */
export interface CreateRequest {
  tenant: string;
  idempotencyKey: string | undefined;
  log: Pick<Logger, "info" | "warn">;
}

/** One part of a multipart body, as the HTTP layer hands it over (busboy's shape). */
export type FormPart =
  | { type: "file"; fieldname: string; filename: string; file: Readable & { truncated?: boolean } }
  | { type: "field"; fieldname: string; value: unknown };

interface Draft {
  instruction: string | undefined;
  options: JobOptions;
  source: JobSource;
  sourceInfo: MediaInfo | null;
  music: JobRecord["music"];
}

function idempotencyKey(req: CreateRequest): string | null {
  const key = req.idempotencyKey;
  if (key === undefined) return null;
  if (!Idempotency.validKey(key)) {
    throw new AppError("invalid_request", "Idempotency-Key must be 1–255 visible ASCII characters.", {
      issues: [{ path: "Idempotency-Key", message: "invalid" }],
    });
  }
  return key;
}

/** Claims the key (or finds the earlier job); without a key every request is new. */
async function claimKey(req: CreateRequest, deps: CreateJobDeps, fp: () => string): Promise<Claim | null> {
  const key = idempotencyKey(req);
  return key ? deps.idempotency.claim(req.tenant, key, fp()) : null;
}

async function replay(req: CreateRequest, deps: CreateJobDeps, jobId: string): Promise<CreatedJob> {
  const record = await deps.ctx.store.getForTenant(req.tenant, jobId);
  if (!record)
    throw new AppError("conflict", "The job created for this Idempotency-Key no longer exists; use a new key.");
  return { record, replayed: true, webhookSecret: null };
}

/** POST /v1/jobs as JSON: a URL source (downloaded later by the worker) or an earlier upload. */
export async function createJobFromJson(
  req: CreateRequest,
  body: CreateJobJson,
  deps: CreateJobDeps,
): Promise<CreatedJob> {
  const { source, instruction, options, ...top } = body;
  const claim = await claimKey(req, deps, () => fingerprint(body));
  if (claim?.kind === "replay") return replay(req, deps, claim.jobId);
  const id = newId("job");
  try {
    const merged = { ...options, ...stripUndefined(top) };
    if ("uploadId" in source) {
      const upload = await deps.ctx.uploads.get(req.tenant, source.uploadId);
      if (!upload) {
        throw new AppError(
          "invalid_request",
          "There is no upload with that id for this API key (uploads are kept for a limited time).",
          {
            issues: [{ path: "source.uploadId", message: "unknown or expired upload" }],
          },
        );
      }
      await deps.ctx.storage.linkUploadToJob(upload.id, id);
      return await finishCreate(req, deps, id, claim, {
        instruction,
        options: merged,
        source: { type: "upload", filename: upload.filename, sizeBytes: upload.sizeBytes, kind: upload.info.kind },
        sourceInfo: upload.info,
        music: null,
      });
    }
    await checkUrlResolves(source.url, deps.ctx.urlPolicy);
    return await finishCreate(req, deps, id, claim, {
      instruction,
      options: merged,
      source: { type: "url", url: source.url },
      sourceInfo: null,
      music: null,
    });
  } catch (err) {
    await deps.ctx.storage.removeJob(id);
    await claim?.release();
    throw err;
  }
}

/**
 * POST /v1/jobs as multipart: the file streams to storage (never into memory), cut at the limit;
 * it is judged by probing its content. Any failure removes everything written for the job.
 */
export async function createJobFromParts(
  req: CreateRequest,
  parts: AsyncIterable<FormPart>,
  deps: CreateJobDeps,
): Promise<CreatedJob> {
  const { ctx } = deps;
  const id = newId("job");
  const maxBytes = Math.round(ctx.cfg.MAX_UPLOAD_MB * 1024 * 1024);
  let claim: Claim | null = null;
  try {
    await ctx.storage.ensureJobDir(id);
    const fields: Record<string, string> = {};
    const files: Partial<Record<"file" | "music", { filename: string; sizeBytes: number; sha256: string }>> = {};
    for await (const part of parts) {
      if (part.type === "file") {
        const field = part.fieldname;
        if ((field !== "file" && field !== "music") || files[field]) {
          part.file.resume();
          throw new AppError(
            "invalid_request",
            `Unexpected file part "${field}"; send one "file" and at most one "music".`,
          );
        }
        const dest = ctx.storage.sourcePath(id, field === "file" ? "source" : "music");
        const written = await ctx.storage.writeStream(part.file, dest, maxBytes);
        if ((part.file as { truncated?: boolean }).truncated) throw new FileTooLargeError(maxBytes);
        files[field] = { filename: safeFilename(part.filename), sizeBytes: written.bytes, sha256: written.sha256 };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    const source = files.file;
    if (!source)
      throw new AppError("invalid_request", 'Attach the clip as the multipart file part "file".', {
        issues: [{ path: "file", message: "required" }],
      });
    claim = await claimKey(req, deps, () =>
      fingerprint({ fields, file: source.sha256, music: files.music?.sha256 ?? null }),
    );
    if (claim?.kind === "replay") {
      await ctx.storage.removeJob(id);
      return await replay(req, deps, claim.jobId);
    }
    const options = parseOptionsField(fields.options);
    // Cheap checks before probing, so a bad instruction is reported without running ffprobe.
    checkJobPlan({
      instruction: fields.instruction,
      plan: options.plan,
      preset: options.preset,
      output: options.output,
    });
    const info = await probeStored(deps, ctx.storage.sourcePath(id));
    const musicInfo = files.music ? await probeStored(deps, ctx.storage.sourcePath(id, "music")) : null;
    if (musicInfo && !musicInfo.audio) throw new UnsupportedMediaError('the "music" part has no audio');
    return await finishCreate(req, deps, id, claim, {
      instruction: fields.instruction,
      options,
      source: { type: "upload", filename: source.filename, sizeBytes: source.sizeBytes, kind: info.kind },
      sourceInfo: info,
      music:
        files.music && musicInfo
          ? { filename: files.music.filename, sizeBytes: files.music.sizeBytes, info: musicInfo }
          : null,
    });
  } catch (err) {
    await ctx.storage.removeJob(id);
    if (claim?.kind === "new") await claim.release();
    throw isFileTooLarge(err) ? new FileTooLargeError(maxBytes) : err;
  }
}

async function finishCreate(
  req: CreateRequest,
  deps: CreateJobDeps,
  id: string,
  claim: Claim | null,
  d: Draft,
): Promise<CreatedJob> {
  const { ctx } = deps;
  if (!deps.accepting())
    throw new AppError("service_unavailable", "The service is shutting down; send the job again in a moment.");
  const engine = d.options.engine ?? ctx.cfg.DEFAULT_ENGINE;
  if (d.options.webhook) checkWebhookUrl(d.options.webhook.url, ctx.urlPolicy);
  const plan = planForJob(
    { instruction: d.instruction, plan: d.options.plan, preset: d.options.preset, output: d.options.output },
    { sourceName: sourceName(d.source), sourceDurationMs: d.sourceInfo?.durationMs ?? null },
    deps.interpret,
  );
  const record = newJobRecord({
    id,
    tenant: req.tenant,
    engine,
    instruction: d.instruction ?? null,
    plan,
    source: d.source,
    // Probed here once; the worker renders from these facts instead of probing again.
    sourceInfo: d.sourceInfo,
    music: d.music,
    webhook: d.options.webhook ?? null,
    metadata: d.options.metadata ?? null,
  });
  const secret = record.webhook ? await ctx.secrets.ensure(req.tenant) : null;
  await submitJob(ctx.store, deps.editQueue, record);
  if (claim?.kind === "new") await claim.commit(id);
  req.log.info({ jobId: id, engine, source: d.source.type }, "job queued");
  return { record, replayed: false, webhookSecret: secret?.created ? secret.secret : null };
}

function parseOptionsField(raw: string | undefined): JobOptions {
  if (raw === undefined || raw.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError("invalid_options", 'The "options" part is not valid JSON.', {
      issues: [{ path: "options", message: "invalid JSON" }],
    });
  }
  const parsed = JobOptionsSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError("invalid_options", 'The "options" part is not valid.', {
      issues: zodIssues(parsed.error.issues, "options"),
    });
  return parsed.data;
}

const probeStored = (deps: CreateJobDeps, file: string): Promise<MediaInfo> =>
  probeStoredFile(file, { ffprobePath: deps.ctx.cfg.FFPROBE_PATH });

function isFileTooLarge(err: unknown): boolean {
  return (
    (isAppError(err) && err.code === "file_too_large") || (err as { code?: string })?.code === "FST_REQ_FILE_TOO_LARGE"
  );
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
