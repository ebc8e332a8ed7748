import fsp from "node:fs/promises";
import path from "node:path";
import type { Logger } from "pino";
import { AppError, CanceledError } from "../shared/errors.js";
import { probeMedia, type MediaInfo } from "../media/probe.js";
import type { TimelineSource } from "../timeline/schema.js";
import { summarizeTimeline } from "../timeline/summary.js";
import { NemoCheckpointSchema, type NemoCheckpoint, type NemoJobResult, type NemoStep } from "./checkpoint.js";
import type { NemoClient, NemoToken } from "./client.js";
import { draftFingerprint, draftToTimeline, isExportable } from "./draft.js";
import { NemoError, NemoRateLimitedError, isNemoError } from "./errors.js";
import { translateGuiPhrases } from "./phrases.js";
import type { TurnEvent } from "./sse.js";
import type { UploadedFile } from "./wire.js";

/**
 * A nemo job as a resumable state machine (NEMO.md, issue 5):
 *   token → session → upload → baseline → message → confirm → export → poll → download → done
 * `advance` runs at most one non-idempotent upstream call and returns the next checkpoint, which the
 * caller saves before calling again. Waits are returned (`waitMs`), never slept, so a BullMQ job can
 * sit in `delayed` instead of holding a worker slot.
 *
 * Guarantees, for any saved checkpoint a worker resumes from:
 * - the message is sent at most once per session: the sending run is claimed in the checkpoint
 *   *before* the send, and a checkpoint showing another run's claim is treated as sent;
 * - at most one render is started: its id is claimed before the export call, looked up before any
 *   new export when a previous call's outcome is unknown, and polled (never re-exported) once known.
 */

export type NemoApi = Pick<
  NemoClient,
  | "token"
  | "adoptToken"
  | "currentToken"
  | "createSession"
  | "uploadFiles"
  | "uploadUrls"
  | "state"
  | "credits"
  | "sendMessage"
  | "newRenderId"
  | "exportRender"
  | "render"
  | "cancelRender"
  | "download"
>;

export type NemoSource =
  | { kind: "file"; path: string; name?: string | undefined }
  | { kind: "url"; url: string; name?: string | undefined };

export interface LifecycleTimings {
  /** NEMO_POLL_INTERVAL_MS (NEMO.md: the seed polls every 30 s; a real render took about 28 s). */
  pollIntervalMs: number;
  /**
   * NEMO.md: after a dropped stream wait 30 s, then 60 s, …; five unchanged reads ≈ failure.
   * Doubling covers the 15-minute turn cap.
   */
  confirmDelaysMs: readonly number[];
  /** Backoff for 5xx/network failures of one step; its length is the retry budget. */
  retryDelaysMs: readonly number[];
  /** 1002 answers survived per job before giving up. */
  maxSessionResets: number;
  /** A render still not finished after this long is canceled and the job fails. */
  renderTimeoutMs: number;
  /**
   * 429s on the token call itself before giving up. NEMO.md: one anonymous token per client id per
   * 7 days, so a token 429 usually means "already issued" — waiting it out would take days.
   */
  maxTokenRateLimitWaits: number;
}

export const DEFAULT_LIFECYCLE_TIMINGS: LifecycleTimings = {
  pollIntervalMs: 30_000,
  confirmDelaysMs: [30_000, 60_000, 120_000, 240_000, 480_000],
  retryDelaysMs: [5_000, 15_000, 30_000, 60_000, 120_000],
  maxSessionResets: 2,
  renderTimeoutMs: 30 * 60_000,
  maxTokenRateLimitWaits: 10,
};

export interface LifecycleDeps {
  client: NemoApi;
  source: NemoSource;
  instruction: string;
  /** Final path of the output; written under a temp name and renamed. */
  outputPath: string;
  /**
   * Unique per worker invocation (e.g. a random id made when the processor starts a job run). It
   * fences the non-idempotent calls: a claim by another run id means "maybe done already".
   */
  runId: string;
  log: Logger;
  now: () => number;
  timings?: Partial<LifecycleTimings> | undefined;
  ffprobePath?: string | undefined;
  language?: string | undefined;
  signal?: AbortSignal | undefined;
  onEvent?: ((ev: TurnEvent) => void) | undefined;
}

export interface Advance {
  checkpoint: NemoCheckpoint;
  /** Wait this long before the next call (rate limit, backoff, polling); the job should not hold a slot. */
  waitMs?: number;
  /** Set on the final step. */
  done?: NemoJobResult;
}

interface Ctx {
  deps: LifecycleDeps;
  t: LifecycleTimings;
  log: Logger;
}

/** Runs the next step of a nemo job. Throws AppError (stable code, actionable message) when the job fails. */
export async function advance(saved: unknown, deps: LifecycleDeps): Promise<Advance> {
  const cp = NemoCheckpointSchema.parse(saved ?? {});
  const ctx: Ctx = {
    deps,
    t: { ...DEFAULT_LIFECYCLE_TIMINGS, ...deps.timings },
    log: deps.log.child({ step: cp.step, sessionId: cp.sessionId, renderId: cp.renderId }),
  };
  if (cp.token) deps.client.adoptToken(cp.token);
  let out: Advance;
  try {
    out = await runStep(cp, ctx);
  } catch (err) {
    out = await recover(cp, err, ctx);
  }
  return {
    ...out,
    checkpoint: { ...out.checkpoint, token: tokenToSave(deps.client.currentToken(), out.checkpoint.token) },
  };
}

function tokenToSave(current: NemoToken | null, saved: NemoCheckpoint["token"]): NemoCheckpoint["token"] {
  return current?.anonymous ? current : saved;
}

/** The step is done: move on and reset the step's retry budget. */
const next = (cp: NemoCheckpoint, step: NemoStep, waitMs?: number): Advance => ({
  checkpoint: { ...cp, step, retries: 0 },
  ...(waitMs !== undefined ? { waitMs } : {}),
});

function runStep(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  switch (cp.step) {
    case "token":
      return stepToken(cp, ctx);
    case "session":
      return stepSession(cp, ctx);
    case "upload":
      return stepUpload(cp, ctx);
    case "baseline":
      return stepBaseline(cp, ctx);
    case "message":
      return stepMessage(cp, ctx);
    case "confirm":
      return stepConfirm(cp, ctx);
    case "export":
      return stepExport(cp, ctx);
    case "poll":
      return stepPoll(cp, ctx);
    case "download":
      return stepDownload(cp, ctx);
    case "done":
      if (!cp.result) throw new AppError("internal", "nemo checkpoint is done without a result");
      return Promise.resolve({ checkpoint: cp, done: cp.result });
  }
}

async function stepToken(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  await ctx.deps.client.token();
  return next(cp, "session");
}

async function stepSession(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const s = await ctx.deps.client.createSession({ taskName: "promptcut", language: ctx.deps.language });
  ctx.log.info({ sessionId: s.sessionId, taskId: s.taskId }, "nemo: session created");
  return next({ ...cp, sessionId: s.sessionId, taskId: s.taskId }, "upload");
}

async function stepUpload(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { client, source } = ctx.deps;
  const sid = need(cp.sessionId, "sessionId");
  let files: UploadedFile[];
  try {
    const up =
      source.kind === "file"
        ? await client.uploadFiles(sid, [{ path: source.path, name: source.name }])
        : await client.uploadUrls(sid, [source.url]);
    files = up.files;
  } catch (err) {
    // An upload whose outcome is unknown may have landed in the session's state; a fresh session
    // is cheaper than finding out, and keeps the clip from being in the draft twice.
    if (isNemoError(err, "transient")) {
      return retryLater({ ...cp, step: "session", sessionId: null, taskId: null }, err, ctx);
    }
    throw err;
  }
  if (files.length === 0)
    throw new AppError(
      "upstream_error",
      "NemoVideo accepted the upload but reported no file. Retry the job, or use the local engine.",
    );
  const uploaded = files.map((f) => ({
    filename: f.filename,
    fileType: f.file_type,
    cdnUrl: f.cdn_url,
    durationMs: f.duration === null ? null : Math.round(f.duration * 1000),
    width: f.width === null ? null : Math.round(f.width),
    height: f.height === null ? null : Math.round(f.height),
    fps: f.fps,
    hash: f.hash,
  }));
  return next({ ...cp, uploaded }, "baseline");
}

async function stepBaseline(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const sid = need(cp.sessionId, "sessionId");
  const st = await ctx.deps.client.state(sid);
  const credits = await readCredits(ctx);
  return next(
    { ...cp, baseline: { draftHash: draftFingerprint(st.state?.draft ?? null), creditsAvailable: credits } },
    "message",
  );
}

/** Credits are informational (creditsUsed); a failing balance call must not fail the job. */
async function readCredits(ctx: Ctx): Promise<number | null> {
  try {
    return (await ctx.deps.client.credits()).available;
  } catch (err) {
    ctx.log.debug({ err: String(err) }, "nemo: credits unavailable");
    return null;
  }
}

async function stepMessage(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { deps, t } = ctx;
  const sid = need(cp.sessionId, "sessionId");
  if (cp.messageSent) return next(cp, "confirm");
  if (cp.messageClaim === null) {
    // Saved before the send: whoever finds this claim later knows the message may be out.
    return { checkpoint: { ...cp, messageClaim: deps.runId } };
  }
  if (cp.messageClaim !== deps.runId) {
    ctx.log.warn(
      { claim: cp.messageClaim },
      "nemo: an earlier run may have sent the message; reading state instead of re-sending (NEMO.md)",
    );
    return next(
      { ...cp, messageSent: true, confirm: { mode: "dropped", reads: 0, error: null } },
      "confirm",
      t.confirmDelaysMs[0] ?? 0,
    );
  }

  let turn: Awaited<ReturnType<NemoClient["sendMessage"]>>;
  try {
    turn = await deps.client.sendMessage(sid, deps.instruction, { signal: deps.signal, onEvent: deps.onEvent });
  } catch (err) {
    // sendMessage throws only when NemoVideo provably did not take the message: release the claim
    // so whichever run retries may send it.
    return recover({ ...cp, messageClaim: null }, err, ctx);
  }
  const mode =
    turn.outcome !== "closed" ? "dropped" : turn.hadText ? "text" : turn.error !== null ? "error" : "no_text";
  ctx.log.info({ outcome: turn.outcome, mode, tools: turn.toolCalls, ms: turn.durationMs }, "nemo: turn ended");
  const sent: NemoCheckpoint = {
    ...cp,
    messageSent: true,
    agentText: turn.hadText ? turn.text : "",
    confirm: { mode, reads: 0, error: turn.error },
  };
  return mode === "dropped" ? next(sent, "confirm", t.confirmDelaysMs[0] ?? 0) : next(sent, "confirm");
}

const MAX_READS = { text: 2, no_text: 5, dropped: 5, error: 1 } as const;

async function stepConfirm(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { deps, t } = ctx;
  const sid = need(cp.sessionId, "sessionId");
  const confirm = cp.confirm ?? { mode: "dropped" as const, reads: 0, error: null };
  const st = await deps.client.state(sid);
  const draft = st.state?.draft ?? null;
  const reads = confirm.reads + 1;
  const changed = draftFingerprint(draft) !== (cp.baseline?.draftHash ?? draftFingerprint(null));

  if (changed && isExportable(draft)) {
    const after = await readCredits(ctx);
    const before = cp.baseline?.creditsAvailable ?? null;
    const creditsUsed = before !== null && after !== null && before >= after ? before - after : null;
    ctx.log.info({ reads, mode: confirm.mode }, "nemo: the draft changed");
    return next({ ...cp, draft, creditsUsed, confirm: { ...confirm, reads } }, "export");
  }
  if (reads >= MAX_READS[confirm.mode]) throw unchangedFailure(cp, confirm.mode, confirm.error, reads);
  // Reads in the "dropped" mode started after the first delay; the others read at once first.
  const delays = t.confirmDelaysMs;
  const wait = delays[confirm.mode === "dropped" ? reads : reads - 1] ?? delays[delays.length - 1] ?? 0;
  return { checkpoint: { ...cp, confirm: { ...confirm, reads }, retries: 0 }, waitMs: wait };
}

function unchangedFailure(
  cp: NemoCheckpoint,
  mode: "text" | "no_text" | "dropped" | "error",
  error: string | null,
  reads: number,
): AppError {
  switch (mode) {
    case "text":
      return new AppError(
        "upstream_error",
        `NemoVideo's agent answered without changing the edit: "${translateGuiPhrases(cp.agentText).slice(0, 400)}". ` +
          `Rephrase the instruction and retry, or use the local engine.`,
      );
    case "error":
      return new AppError(
        "upstream_error",
        `NemoVideo's agent reported an error and changed nothing: ${error ?? "no reason given"}. ` +
          `Retry the job, or use the local engine.`,
      );
    case "no_text":
    case "dropped":
      return new AppError(
        "upstream_error",
        `NemoVideo's agent did not finish the edit: the draft was unchanged ` +
          `after ${reads} checks. The instruction was not sent again, so it ` +
          `was not charged twice; retry the job to try again, or use the local engine.`,
      );
  }
}

async function stepExport(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { deps, t } = ctx;
  const { client } = deps;
  const sid = need(cp.sessionId, "sessionId");
  if (cp.renderId) return next(cp, "poll");
  if (cp.draft === null) throw new AppError("internal", "nemo: export step without a draft");
  const claim = cp.exportClaim;
  // Claiming an id is not progress: the step's retry budget carries over.
  const fresh = (): Advance => ({
    checkpoint: { ...cp, exportClaim: { renderId: client.newRenderId(), runId: deps.runId, ambiguous: false } },
  });
  if (!claim) return fresh();

  if (claim.runId !== deps.runId || claim.ambiguous) {
    // A call with this id may have started a render we never heard back from: look before exporting.
    try {
      const r = await client.render(claim.renderId);
      ctx.log.info(
        { renderId: claim.renderId, status: r.status },
        "nemo: adopting the render an earlier attempt started",
      );
      return next(
        { ...cp, renderId: claim.renderId, exportClaim: null, renderStartedAt: deps.now(), renderProgress: r.progress },
        "poll",
      );
    } catch (err) {
      if (!isNemoError(err, "not_found")) throw err;
      return fresh();
    }
  }

  try {
    const r = await client.exportRender({
      sessionId: sid,
      draft: cp.draft,
      id: claim.renderId,
      retryOnDuplicate: false,
    });
    ctx.log.info({ renderId: r.id }, "nemo: render started");
    return next(
      { ...cp, renderId: r.id, exportClaim: null, renderStartedAt: deps.now(), renderProgress: r.progress },
      "poll",
      t.pollIntervalMs,
    );
  } catch (err) {
    // Someone else's render has this id (NEMO.md: retry with a new id) — ours never started.
    if (isNemoError(err, "duplicate_render")) return fresh();
    if (isNemoError(err, "transient")) return recover({ ...cp, exportClaim: { ...claim, ambiguous: true } }, err, ctx);
    return recover({ ...cp, exportClaim: null }, err, ctx);
  }
}

async function stepPoll(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { deps, t } = ctx;
  const id = need(cp.renderId, "renderId");
  let r: Awaited<ReturnType<NemoClient["render"]>>;
  try {
    r = await deps.client.render(id);
  } catch (err) {
    if (isNemoError(err, "not_found"))
      throw new AppError(
        "upstream_error",
        `NemoVideo no longer knows render ${id}. Retry the job, or use the local engine.`,
        { cause: err },
      );
    throw err;
  }
  const now = deps.now();
  switch (r.status) {
    case "completed":
      return next({ ...cp, renderProgress: 100, lastPollAt: now, outputUrl: r.outputUrl }, "download");
    case "failed":
      throw new AppError(
        "render_failed",
        `NemoVideo's render ${id} failed: ${r.error ?? "no reason given"}. Retry the job, or use the local engine.`,
      );
    case "canceled":
      throw new CanceledError();
    case "pending":
    case "processing": {
      if (cp.renderStartedAt !== null && now - cp.renderStartedAt > t.renderTimeoutMs) {
        await deps.client
          .cancelRender(id)
          .catch((err: unknown) => ctx.log.warn({ err: String(err) }, "nemo: cancel after timeout failed"));
        throw new AppError(
          "render_timeout",
          `NemoVideo's render ${id} did not finish within ${Math.round(t.renderTimeoutMs / 60_000)} ` +
            `minutes and was canceled. Retry the job later, or use the local engine.`,
        );
      }
      return {
        checkpoint: { ...cp, renderProgress: Math.max(cp.renderProgress, r.progress), lastPollAt: now, retries: 0 },
        waitMs: t.pollIntervalMs,
      };
    }
  }
}

async function stepDownload(cp: NemoCheckpoint, ctx: Ctx): Promise<Advance> {
  const { deps } = ctx;
  const renderId = need(cp.renderId, "renderId");
  const dest = deps.outputPath;
  await fsp.mkdir(path.dirname(dest), { recursive: true });
  // A temp name per run: a half-written file is never seen under the final name, and two runs never share one.
  const tmp = path.join(path.dirname(dest), `.${path.basename(dest)}.${deps.runId}.part`);
  try {
    const got = await deps.client.download(renderId, cp.outputUrl, tmp);
    ctx.log.info({ bytes: got.bytes, from: got.from }, "nemo: output downloaded");
    await fsp.rename(tmp, dest);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  }
  const size = (await fsp.stat(dest)).size;
  let info: MediaInfo;
  try {
    info = await probeMedia(dest, size, { ffprobePath: deps.ffprobePath });
  } catch (err) {
    throw new AppError(
      "upstream_error",
      `NemoVideo's render ${renderId} is not a playable video (${err instanceof Error ? err.message : String(err)}). ` +
        `Retry the job, or use the local engine.`,
      { cause: err },
    );
  }

  const main = cp.uploaded[0];
  const timeline = draftToTimeline(cp.draft, {
    sources: sourcesOf(cp, deps.source),
    fps: main?.fps ?? info.video?.fps ?? undefined,
  });
  // A real draft may not carry its frame in `m`; the output's frame is the truth then.
  if (timeline.width === 0 || timeline.height === 0) {
    timeline.width = info.video?.width ?? 0;
    timeline.height = info.video?.height ?? 0;
  }
  const summary = summarizeTimeline(timeline);
  const said = translateGuiPhrases(cp.agentText, { timelineSummary: summary });
  const result: NemoJobResult = {
    outputPath: dest,
    format: "mp4",
    width: info.video?.width ?? null,
    height: info.video?.height ?? null,
    durationMs: info.durationMs,
    sizeBytes: size,
    timeline,
    summary,
    // NEMO.md: a turn without text is reported by what changed in the draft.
    text: said || `NemoVideo made the edit without a written reply. ${summary}.`,
    creditsUsed: cp.creditsUsed,
    renderId,
    sessionId: need(cp.sessionId, "sessionId"),
  };
  return { checkpoint: { ...cp, step: "done", retries: 0, result }, done: result };
}

function sourcesOf(cp: NemoCheckpoint, source: NemoSource): TimelineSource[] {
  return cp.uploaded.map((f, i) => ({
    id: i === 0 ? "main" : `src_${i + 1}`,
    // The name the caller knows wins over the upstream's (which may be a hash or a CDN key).
    name: i === 0 && source.name ? source.name : f.filename,
    kind: /^audio/i.test(f.fileType ?? "") ? "audio" : /^image/i.test(f.fileType ?? "") ? "image" : "video",
    durationMs: f.durationMs,
    generator: null,
  }));
}

// ── errors ───────────────────────────────────────────────────────────────────────────────────────

/**
 * NEMO.md's error table as decisions: 429 waits without spending anything; 1002 starts a new
 * session (and is the only way a message is sent again, in that new session); 5xx/network retry
 * with growing delays up to a budget; everything else fails the job with its PRODUCT.md code.
 */
async function recover(cp: NemoCheckpoint, err: unknown, ctx: Ctx): Promise<Advance> {
  if (err instanceof NemoRateLimitedError) {
    if (err.op === "token") return tokenRateLimited(cp, err, ctx);
    ctx.log.info({ waitMs: err.retryAfterMs, op: err.op }, "nemo: rate limited, waiting");
    return { checkpoint: { ...cp, rateLimitWaits: cp.rateLimitWaits + 1 }, waitMs: Math.max(100, err.retryAfterMs) };
  }
  if (!(err instanceof NemoError)) throw err;
  switch (err.kind) {
    case "session_not_found":
      return resetSession(cp, err, ctx);
    case "transient":
    case "token_invalid": // the client already renewed once; a second refusal is worth a later try
      return retryLater(cp, err, ctx);
    case "rate_limited":
    case "credits_exhausted":
    case "export_blocked":
    case "unsupported_media":
    case "file_too_large":
    case "bad_request":
    case "duplicate_render":
    case "not_found":
    case "rejected":
    case "protocol":
      if (err.kind === "bad_request")
        ctx.log.error({ err: err.message, op: err.op }, "nemo: request rejected as malformed — a bug in the client");
      throw err;
  }
}

/** Token 429s are counted against the step's retries: they are the one 429 that does not pass. */
function tokenRateLimited(cp: NemoCheckpoint, err: NemoRateLimitedError, ctx: Ctx): Advance {
  if (cp.retries >= ctx.t.maxTokenRateLimitWaits) {
    throw new AppError(
      "upstream_error",
      `NemoVideo will not issue another anonymous token to this client id ` +
        `(one per 7 days) and none is saved here. Set NEMO_TOKEN, or share ` +
        `the token between workers (a TokenStore), or use the local engine.`,
      { cause: err },
    );
  }
  ctx.log.warn({ waitMs: err.retryAfterMs, retry: cp.retries + 1 }, "nemo: the token call was rate limited");
  return {
    checkpoint: { ...cp, retries: cp.retries + 1, rateLimitWaits: cp.rateLimitWaits + 1 },
    waitMs: Math.max(100, err.retryAfterMs),
  };
}

function retryLater(cp: NemoCheckpoint, err: NemoError, ctx: Ctx): Advance {
  const delay = ctx.t.retryDelaysMs[cp.retries];
  if (delay === undefined) {
    throw new AppError(
      "upstream_error",
      `NemoVideo kept failing (${cp.retries + 1} tries at ${err.op}): ${err.message} ` +
        `Retry the job later, or use the local engine.`,
      { cause: err },
    );
  }
  ctx.log.warn(
    { op: err.op, retry: cp.retries + 1, delay, err: err.message },
    "nemo: transient failure, retrying later",
  );
  return { checkpoint: { ...cp, retries: cp.retries + 1 }, waitMs: delay };
}

function resetSession(cp: NemoCheckpoint, err: NemoError, ctx: Ctx): Advance {
  if (cp.renderId)
    throw new AppError(
      "upstream_error",
      `NemoVideo lost the session while render ${cp.renderId} was running: ${err.message}`,
      { cause: err },
    );
  if (cp.sessionResets >= ctx.t.maxSessionResets) {
    throw new AppError(
      "upstream_error",
      `NemoVideo lost the editing session ${cp.sessionResets + 1} times ` +
        `(code 1002). Retry the job later, or use the local engine.`,
      { cause: err },
    );
  }
  ctx.log.warn(
    { op: err.op, resets: cp.sessionResets + 1 },
    "nemo: session not found (1002): new session, re-upload, resend",
  );
  const reset: NemoCheckpoint = {
    ...cp,
    step: "session",
    sessionId: null,
    taskId: null,
    sessionResets: cp.sessionResets + 1,
    uploaded: [],
    baseline: null,
    messageClaim: null,
    messageSent: false,
    confirm: null,
    agentText: "",
    draft: null,
    creditsUsed: null,
    exportClaim: null,
    retries: 0,
  };
  return { checkpoint: reset };
}

function need<T>(v: T | null, what: string): T {
  if (v === null) throw new AppError("internal", `nemo checkpoint has no ${what} at this step`);
  return v;
}

/**
 * Stops what a job started upstream, for `DELETE /v1/jobs/:id`: the running render (or one an
 * export attempt may have started). Best effort; an unknown render is not an error.
 */
export async function cancelUpstream(saved: unknown, client: Pick<NemoApi, "cancelRender">): Promise<void> {
  const cp = NemoCheckpointSchema.parse(saved ?? {});
  const id = cp.renderId ?? cp.exportClaim?.renderId ?? null;
  if (!id || cp.step === "done") return;
  try {
    await client.cancelRender(id);
  } catch (err) {
    if (!isNemoError(err, "not_found")) throw err;
  }
}
