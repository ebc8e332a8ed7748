import fs from "node:fs";
import { Transform } from "node:stream";
import { FileTooLargeError } from "../shared/errors.js";
import fsp from "node:fs/promises";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Agent, FormData, request, type Dispatcher } from "undici";
import { checkUrl, createGuardedAgent, type UrlPolicy } from "../shared/ssrf.js";
import { pino, type Logger } from "pino";
import type { Config } from "../shared/config.js";
import { NemoError, isNemoError, neverSent, transientFromNetwork, type NemoOp } from "./errors.js";
import {
  failureOf,
  parseRenderStatus,
  unwrapBusiness,
  unwrapProxy,
  type Answer,
  type ErrorContext,
  type RenderInfo,
} from "./envelope.js";
import { readTurn, type TurnEvent, type TurnResult } from "./sse.js";
import { TokenKeeper, type NemoToken, type TokenStore } from "./token.js";
import {
  CreditsDataSchema,
  ExportDataSchema,
  SessionDataSchema,
  StateDataSchema,
  TokenDataSchema,
  UploadDataSchema,
  type CreditsData,
  type RenderStatusName,
  type StateData,
  type UploadData,
} from "./wire.js";

export type { NemoToken, RenderInfo, TokenStore };

/** X-Skill-* headers: NEMO.md says export answers 402 without them, so every call carries them. */
export interface Attribution {
  source: string;
  version: string;
  platform: string;
}

export interface NemoClientTimings {
  /** NEMO.md: one turn runs up to 15 minutes. */
  turnCapMs: number;
  /** NEMO.md: ten minutes of heartbeats only means the turn timed out. */
  heartbeatOnlyMs: number;
  /** Headers-and-body limit for ordinary JSON calls. */
  requestTimeoutMs: number;
  /** Uploads and downloads move whole clips. */
  transferTimeoutMs: number;
  /** NEMO.md: a 429 without Retry-After means wait 30 s. */
  defaultRetryAfterMs: number;
  /** Backoff between attempts of idempotent GETs on 5xx/network errors; its length is the retry count. */
  getRetryDelaysMs: readonly number[];
  /** Renew an anonymous token this long before it expires, so no call races its expiry. */
  tokenRenewMarginMs: number;
}

export const DEFAULT_CLIENT_TIMINGS: NemoClientTimings = {
  turnCapMs: 15 * 60_000,
  heartbeatOnlyMs: 10 * 60_000,
  requestTimeoutMs: 60_000,
  transferTimeoutMs: 15 * 60_000,
  defaultRetryAfterMs: 30_000,
  getRetryDelaysMs: [500, 2_000, 5_000],
  tokenRenewMarginMs: 60_000,
};

export interface NemoClientOptions {
  baseUrl: string;
  /** Sent as X-Client-Id on the token call (NEMO.md: a stable string of at most 64 characters). */
  clientId: string;
  /** A fixed token (NEMO_TOKEN). Without one the client fetches an anonymous token. */
  token?: string | null | undefined;
  attribution: Attribution;
  timings?: Partial<NemoClientTimings> | undefined;
  now?: (() => number) | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
  log?: Logger | undefined;
  /** Defaults to a keep-alive Agent owned (and closed) by the client. */
  dispatcher?: Dispatcher | undefined;
  /** Shares the anonymous token between processes (see TokenStore). */
  tokenStore?: TokenStore | undefined;
  /**
   * The SSRF guard for every connection (API calls, and the upstream-supplied outputUrl and its
   * redirects). Without it only the scheme is checked; the service always passes its policy.
   */
  urlPolicy?: UrlPolicy | undefined;
  /** Largest output we download (MAX_DOWNLOAD_MB); a bigger one fails rather than fill the disk. */
  maxDownloadBytes?: number | undefined;
}

export interface NemoSession {
  taskId: string;
  sessionId: string;
  userId: string | null;
}

export interface ExportRequest {
  sessionId: string;
  draft: unknown;
  /** The render id to use; default a fresh `render_<ts>`. */
  id?: string | undefined;
  output?: { format: "mp4"; quality: "high" | "standard" | "draft" } | undefined;
  /**
   * NEMO.md: a duplicate id fails — retry with a new id. The lifecycle turns this off and handles
   * duplicates itself, so every id it sends is checkpointed first and no render is ever orphaned.
   */
  retryOnDuplicate?: boolean | undefined;
}

export interface SendMessageOptions {
  signal?: AbortSignal | undefined;
  onEvent?: ((ev: TurnEvent) => void) | undefined;
}

/**
 * A turn's result, plus whether the upstream provably took the message. `accepted: "unknown"` means
 * the request left this machine but no answer came: the message may be spent and must not be re-sent.
 */
export type SendResult = TurnResult & { accepted: true | "unknown" };

interface Raw {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: Dispatcher.ResponseData["body"];
}

const sleepReal = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The only module that talks to NemoVideo (DEVELOPERS.md). Each method is one documented call of
 * NEMO.md; retries here are limited to what is safe without knowing the job: idempotent GETs retry
 * 5xx/network errors with backoff, and any call retries once with a fresh anonymous token on
 * 1001/1010/1011/401. Everything else surfaces as a typed NemoError for the lifecycle to decide.
 */
export class NemoClient {
  readonly baseUrl: string;
  readonly clientId: string;
  private readonly attribution: Attribution;
  private readonly timings: NemoClientTimings;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: Logger;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly tokens: TokenKeeper;
  private readonly urlPolicy: UrlPolicy | null;
  private readonly maxDownloadBytes: number;
  private lastRenderTs = 0;
  private closed = false;

  constructor(opts: NemoClientOptions) {
    if (!opts.clientId || opts.clientId.length > 64)
      throw new Error("NemoClient: clientId must be 1–64 characters (NEMO.md)");
    this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
    this.clientId = opts.clientId;
    this.attribution = opts.attribution;
    this.timings = { ...DEFAULT_CLIENT_TIMINGS, ...opts.timings };
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? sleepReal;
    this.log = opts.log ?? pino({ level: "silent" });
    this.ownsDispatcher = !opts.dispatcher;
    this.urlPolicy = opts.urlPolicy ?? null;
    this.maxDownloadBytes = opts.maxDownloadBytes ?? 2 * 1024 ** 3;
    const pool = { keepAliveTimeout: 10_000, connections: 16 };
    this.dispatcher = opts.dispatcher ?? (this.urlPolicy ? createGuardedAgent(this.urlPolicy, pool) : new Agent(pool));
    this.tokens = new TokenKeeper({
      clientId: this.clientId,
      staticToken: opts.token ?? null,
      store: opts.tokenStore ?? null,
      now: this.now,
      renewMarginMs: this.timings.tokenRenewMarginMs,
      issue: () => this.issueAnonymousToken(),
    });
  }

  /** Builds a client from the service configuration (NEMO_* keys). */
  static fromConfig(cfg: Config, extra: Partial<NemoClientOptions> = {}): NemoClient {
    return new NemoClient({
      baseUrl: cfg.NEMO_API_URL,
      clientId: cfg.NEMO_CLIENT_ID ?? defaultClientId(),
      token: cfg.NEMO_TOKEN ?? null,
      maxDownloadBytes: Math.round(cfg.MAX_DOWNLOAD_MB * 1024 * 1024),
      attribution: {
        source: cfg.NEMO_SKILL_SOURCE,
        version: cfg.NEMO_SKILL_VERSION,
        platform: cfg.NEMO_SKILL_PLATFORM,
      },
      ...extra,
    });
  }

  /** Closes the client's own connection pool; safe to call more than once. */
  async close(): Promise<void> {
    if (!this.ownsDispatcher || this.closed) return;
    this.closed = true;
    await this.dispatcher.close();
  }

  // ── token ──────────────────────────────────────────────────────────────────────────────────────

  /** The token in use: NEMO_TOKEN, else an anonymous one (memory → token store → upstream). */
  token(): Promise<NemoToken> {
    return this.tokens.get();
  }

  /**
   * Uses a token saved elsewhere (a job checkpoint), so a restarted worker does not ask for a new
   * one — a second request within 7 days answers 429.
   */
  adoptToken(t: NemoToken): void {
    this.tokens.adopt(t);
  }

  /** The anonymous token in use, for the lifecycle to checkpoint (a static NEMO_TOKEN is never copied). */
  currentToken(): NemoToken | null {
    return this.tokens.current();
  }

  private async issueAnonymousToken(): Promise<NemoToken> {
    const a = await this.call("token", {
      method: "POST",
      path: "/api/auth/anonymous-token",
      auth: null,
      headers: { "x-client-id": this.clientId },
    });
    const data = unwrapBusiness(a, TokenDataSchema, this.errCtx());
    this.log.info({ userId: data.user_id, expiresAt: data.expires_at }, "nemo: anonymous token issued");
    return { token: data.token, userId: data.user_id, expiresAt: data.expires_at, anonymous: true };
  }

  /**
   * Runs one authenticated step; on an invalid token (1001/1010/1011/401) renews an anonymous
   * token and runs the step once more (NEMO.md error table). A configured NEMO_TOKEN cannot be
   * renewed, so its rejection says what to fix.
   */
  private async withAuth<T>(op: NemoOp, step: (t: NemoToken) => Promise<T>): Promise<T> {
    const t = await this.token();
    try {
      return await step(t);
    } catch (err) {
      if (!isNemoError(err, "token_invalid")) throw err;
      if (!t.anonymous) {
        // Not renewable, so not worth a retry: "rejected" fails the job at once with what to fix.
        const why = err.upstreamCode !== null ? `code ${err.upstreamCode}` : `HTTP ${err.httpStatus ?? "?"}`;
        throw new NemoError(
          "rejected",
          `NemoVideo rejected the configured NEMO_TOKEN (${why}). Set a valid ` +
            `token, or unset NEMO_TOKEN to use an anonymous one.`,
          {
            op,
            httpStatus: err.httpStatus,
            upstreamCode: err.upstreamCode,
          },
        );
      }
      this.tokens.reject(t);
      this.log.info({ op }, "nemo: token rejected, renewing once");
      return step(await this.token());
    }
  }

  // ── business calls ─────────────────────────────────────────────────────────────────────────────

  async createSession(opts: { taskName?: string; language?: string } = {}): Promise<NemoSession> {
    const data = await this.withAuth("session", async (t) => {
      const a = await this.call("session", {
        method: "POST",
        path: "/api/tasks/me/with-session/nemo_agent",
        auth: t,
        json: { task_name: opts.taskName ?? "project", ...(opts.language ? { language: opts.language } : {}) },
      });
      return unwrapBusiness(a, SessionDataSchema, this.errCtx());
    });
    return { taskId: data.task_id, sessionId: data.session_id, userId: data.user_id };
  }

  /** Multipart upload of local files (field `files`, repeatable), streamed from disk. */
  async uploadFiles(sessionId: string, files: ReadonlyArray<{ path: string; name?: string }>): Promise<UploadData> {
    return this.withAuth("upload", async (t) => {
      const form = new FormData();
      for (const f of files) form.append("files", await fs.openAsBlob(f.path), f.name ?? path.basename(f.path));
      const a = await this.call("upload", {
        method: "POST",
        path: `/api/upload-video/nemo_agent/me/${enc(sessionId)}`,
        auth: t,
        body: form,
        timeoutMs: this.timings.transferTimeoutMs,
      });
      return unwrapBusiness(a, UploadDataSchema, this.errCtx());
    });
  }

  /** URL upload: NemoVideo fetches the files itself. */
  async uploadUrls(sessionId: string, urls: readonly string[]): Promise<UploadData> {
    return this.withAuth("upload", async (t) => {
      const a = await this.call("upload", {
        method: "POST",
        path: `/api/upload-video/nemo_agent/me/${enc(sessionId)}`,
        auth: t,
        json: { urls, source_type: "url" },
        timeoutMs: this.timings.transferTimeoutMs,
      });
      return unwrapBusiness(a, UploadDataSchema, this.errCtx());
    });
  }

  async credits(): Promise<CreditsData> {
    const data = await this.getJson("credits", "/api/credits/balance/simple", (a) =>
      unwrapBusiness(a, CreditsDataSchema, this.errCtx()),
    );
    return { ...data, total: data.total ?? data.available + data.frozen };
  }

  async state(sessionId: string): Promise<StateData> {
    return this.getJson("state", `/api/state/nemo_agent/me/${enc(sessionId)}/latest`, (a) =>
      unwrapBusiness(a, StateDataSchema, this.errCtx()),
    );
  }

  // ── the agent turn ─────────────────────────────────────────────────────────────────────────────

  /**
   * Sends one message and reads the turn. Throws only when the upstream provably did not take the
   * message (an HTTP error answer, or a connection that was never made), so the caller may retry.
   * Once the request may have been received it returns — with `outcome` saying how the stream
   * ended — and never re-sends: NEMO.md says a re-sent message is charged twice.
   */
  async sendMessage(sessionId: string, text: string, opts: SendMessageOptions = {}): Promise<SendResult> {
    return this.withAuth("message", async (t) => {
      const started = this.now();
      const ac = new AbortController();
      const onAbort = () => ac.abort();
      opts.signal?.addEventListener("abort", onAbort, { once: true });
      // The 15-minute cap covers waiting for the response too.
      const cap = setTimeout(() => ac.abort(), this.timings.turnCapMs);
      let raw: Raw;
      try {
        raw = await request(this.url("/run_sse"), {
          method: "POST",
          dispatcher: this.dispatcher,
          headers: { ...this.headers(t), "content-type": "application/json", accept: "text/event-stream" },
          body: JSON.stringify({
            app_name: "nemo_agent",
            user_id: "me",
            session_id: sessionId,
            new_message: { parts: [{ text }] },
          }),
          signal: ac.signal,
          headersTimeout: this.timings.turnCapMs,
          bodyTimeout: 0,
        });
      } catch (err) {
        clearTimeout(cap);
        opts.signal?.removeEventListener("abort", onAbort);
        if (neverSent(err)) throw transientFromNetwork("message", err);
        this.log.warn({ err: String(err) }, "nemo: /run_sse failed before an answer; the message may be spent");
        const outcome = ac.signal.aborted && this.now() - started >= this.timings.turnCapMs - 50 ? "capped" : "dropped";
        return { ...emptyTurn(this.now() - started), outcome, accepted: "unknown" as const };
      }
      clearTimeout(cap);
      try {
        const ctype = String(raw.headers["content-type"] ?? "");
        if (raw.statusCode < 200 || raw.statusCode >= 300 || !ctype.includes("text/event-stream")) {
          // Not a stream: an error answer (business envelope or bare status). Nothing was started.
          const a: Answer = {
            op: "message",
            statusCode: raw.statusCode,
            headers: raw.headers,
            body: await this.readJson("message", raw.body),
          };
          const code = a.body && typeof a.body === "object" ? Number((a.body as { code?: unknown }).code) : NaN;
          if (raw.statusCode >= 200 && raw.statusCode < 300 && code === 0) {
            return { ...emptyTurn(this.now() - started), accepted: true as const };
          }
          // A 2xx envelope with a non-zero code is judged by its code (422 stands for "not ok").
          throw failureOf(raw.statusCode < 300 ? { ...a, statusCode: 422 } : a, this.errCtx());
        }
        const turn = await readTurn(raw.body, {
          limits: { capMs: this.timings.turnCapMs, heartbeatOnlyMs: this.timings.heartbeatOnlyMs },
          elapsedMs: this.now() - started,
          abort: () => ac.abort(),
          onEvent: opts.onEvent,
          now: this.now,
        });
        this.log.debug(
          { outcome: turn.outcome, events: turn.events, hadText: turn.hadText, tools: turn.toolCalls },
          "nemo: turn ended",
        );
        return { ...turn, accepted: true as const };
      } finally {
        opts.signal?.removeEventListener("abort", onAbort);
      }
    });
  }

  // ── render ─────────────────────────────────────────────────────────────────────────────────────

  /** A fresh `render_<ts>` (NEMO.md), strictly increasing within this client so retries never collide. */
  newRenderId(): string {
    this.lastRenderTs = Math.max(this.now(), this.lastRenderTs + 1);
    return `render_${this.lastRenderTs}`;
  }

  /** Starts a render of the draft. Export is free (NEMO.md); it answers 402 without attribution headers. */
  async exportRender(req: ExportRequest): Promise<{ id: string; status: RenderStatusName; progress: number }> {
    const retries = req.retryOnDuplicate === false ? 0 : 3;
    let id = req.id ?? this.newRenderId();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.withAuth("export", async (t) => {
          const a = await this.call("export", {
            method: "POST",
            path: "/api/render/proxy/lambda",
            auth: t,
            json: {
              id,
              sessionId: req.sessionId,
              draft: req.draft,
              output: req.output ?? { format: "mp4", quality: "high" },
            },
          });
          const data = unwrapProxy(a, ExportDataSchema, this.errCtx());
          return { id: data.id || id, status: data.status, progress: data.progress ?? 0 };
        });
      } catch (err) {
        if (!isNemoError(err, "duplicate_render") || attempt >= retries) throw err;
        const next = this.newRenderId();
        this.log.info({ id, next }, "nemo: duplicate render id, retrying with a new one");
        id = next;
      }
    }
  }

  /** Render status in either documented shape, normalised. */
  async render(id: string): Promise<RenderInfo> {
    return this.getJson("render_status", `/api/render/proxy/lambda/${enc(id)}`, (a) =>
      parseRenderStatus(id, a, this.errCtx()),
    );
  }

  async cancelRender(id: string): Promise<void> {
    await this.withAuth("cancel", async (t) => {
      const a = await this.call("cancel", {
        method: "POST",
        path: `/api/render/proxy/lambda/${enc(id)}/cancel`,
        auth: t,
      });
      // NEMO.md documents no answer body for cancel: only a failure is read.
      if (
        a.statusCode >= 300 ||
        (a.body && typeof a.body === "object" && (a.body as { success?: unknown }).success === false)
      ) {
        throw failureOf(a.statusCode >= 300 ? a : { ...a, statusCode: 422 }, this.errCtx());
      }
    });
  }

  /**
   * Streams a finished render to `destPath`: from `outputUrl` when there is one, else (or when it
   * fails) from the download fallback endpoint. Our token only ever goes to the API's own origin.
   */
  async download(
    renderId: string,
    outputUrl: string | null,
    destPath: string,
  ): Promise<{ bytes: number; from: "outputUrl" | "fallback" }> {
    if (outputUrl && /^https?:\/\//i.test(outputUrl)) {
      try {
        const bytes = await this.retryGet("download", async () =>
          this.fetchTo("download", outputUrl, await this.token(), destPath),
        );
        return { bytes, from: "outputUrl" };
      } catch (err) {
        if (isNemoError(err, "rate_limited")) throw err;
        this.log.warn({ err: String(err), renderId }, "nemo: outputUrl failed, using the download fallback");
      }
    }
    const bytes = await this.retryGet("download", () =>
      this.withAuth("download", (t) =>
        this.fetchTo("download", this.url(`/api/render/proxy/${enc(renderId)}/download`), t, destPath),
      ),
    );
    return { bytes, from: "fallback" };
  }

  // ── plumbing ───────────────────────────────────────────────────────────────────────────────────

  private url(p: string): string {
    return `${this.baseUrl}${p}`;
  }

  private headers(t: NemoToken | null): Record<string, string> {
    const h: Record<string, string> = {
      "x-skill-source": this.attribution.source,
      "x-skill-version": this.attribution.version,
      "x-skill-platform": this.attribution.platform,
    };
    if (t) h.authorization = `Bearer ${t.token}`;
    return h;
  }

  private async send(
    op: NemoOp,
    init: {
      method: "GET" | "POST";
      path: string;
      auth: NemoToken | null;
      json?: unknown;
      body?: FormData;
      headers?: Record<string, string>;
      timeoutMs?: number;
    },
  ): Promise<Raw> {
    const timeout = init.timeoutMs ?? this.timings.requestTimeoutMs;
    const headers = { ...this.headers(init.auth), ...init.headers, accept: "application/json" } as Record<
      string,
      string
    >;
    let body: string | FormData | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else body = init.body;
    const t0 = this.now();
    try {
      const res = await request(this.url(init.path), {
        method: init.method,
        dispatcher: this.dispatcher,
        headers,
        body,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      this.log.debug({ op, status: res.statusCode, ms: this.now() - t0 }, "nemo: call");
      return { statusCode: res.statusCode, headers: res.headers, body: res.body };
    } catch (err) {
      throw transientFromNetwork(op, err);
    }
  }

  /** One call and its JSON answer (whatever the status: the envelope helpers judge it). */
  private async call(op: NemoOp, init: Parameters<NemoClient["send"]>[1]): Promise<Answer> {
    const raw = await this.send(op, init);
    return { op, statusCode: raw.statusCode, headers: raw.headers, body: await this.readJson(op, raw.body) };
  }

  /** The body as JSON, or null when empty or not JSON (NEMO.md: non-2xx answers may have no body). */
  private async readJson(op: NemoOp, body: Raw["body"]): Promise<unknown> {
    let text: string;
    try {
      text = await body.text();
    } catch (err) {
      throw transientFromNetwork(op, err);
    }
    if (!text.trim()) return null;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  }

  private errCtx(): ErrorContext {
    return { now: this.now(), defaultRetryAfterMs: this.timings.defaultRetryAfterMs, account: this.tokens.account() };
  }

  /** An authenticated GET, retried with backoff on 5xx/network errors (safe: it changes nothing). */
  private async getJson<T>(op: NemoOp, p: string, parse: (a: Answer) => T): Promise<T> {
    return this.retryGet(op, () =>
      this.withAuth(op, async (t) => parse(await this.call(op, { method: "GET", path: p, auth: t }))),
    );
  }

  private async retryGet<T>(op: NemoOp, fn: () => Promise<T>): Promise<T> {
    const delays = this.timings.getRetryDelaysMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const delay = delays[attempt];
        if (!isNemoError(err, "transient") || delay === undefined) throw err;
        this.log.debug({ op, attempt, delay, err: err.message }, "nemo: transient failure, retrying GET");
        await this.sleep(delay);
      }
    }
  }

  /**
   * Streams a GET into a file; the caller decides the final name (the lifecycle writes a temp name).
   * CDN links may redirect (signed storage URLs): up to 3 hops are followed by hand, http(s) only,
   * and the token is dropped as soon as a hop leaves the API's origin.
   */
  private async fetchTo(op: NemoOp, url: string, t: NemoToken | null, destPath: string): Promise<number> {
    const apiOrigin = new URL(this.baseUrl).origin;
    let current = url;
    let res: Dispatcher.ResponseData | null = null;
    for (let hop = 0; hop <= 3; hop++) {
      const auth = t && new URL(current).origin === apiOrigin ? t : null;
      // outputUrl and its redirects come from the upstream: they pass the same guard as any URL we fetch.
      if (this.urlPolicy) checkUrl(current, this.urlPolicy);
      try {
        res = await request(current, {
          method: "GET",
          dispatcher: this.dispatcher,
          headers: this.headers(auth),
          headersTimeout: this.timings.requestTimeoutMs,
          bodyTimeout: this.timings.transferTimeoutMs,
        });
      } catch (err) {
        throw transientFromNetwork(op, err);
      }
      const location = res.headers.location;
      if (res.statusCode < 300 || res.statusCode >= 400 || typeof location !== "string") break;
      await res.body.dump();
      const next = new URL(location, current);
      if (next.protocol !== "http:" && next.protocol !== "https:") break;
      current = next.toString();
    }
    if (!res) throw new NemoError("protocol", `No answer to ${op}.`, { op });
    const ctype = String(res.headers["content-type"] ?? "");
    if (res.statusCode >= 300 || ctype.includes("application/json")) {
      const body = await this.readJson(op, res.body);
      throw failureOf(
        { op, statusCode: res.statusCode >= 300 ? res.statusCode : 422, headers: res.headers, body },
        this.errCtx(),
      );
    }
    const max = this.maxDownloadBytes;
    if (Number(res.headers["content-length"] ?? 0) > max) {
      res.body.destroy();
      throw new FileTooLargeError(max);
    }
    let bytes = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        cb(bytes > max ? new FileTooLargeError(max) : null, chunk);
      },
    });
    try {
      await pipeline(res.body, cap, fs.createWriteStream(destPath));
    } catch (err) {
      await fsp.rm(destPath, { force: true });
      if (err instanceof FileTooLargeError) throw err;
      throw transientFromNetwork(op, err);
    }
    return (await fsp.stat(destPath)).size;
  }
}

function enc(s: string): string {
  return encodeURIComponent(s);
}

function emptyTurn(durationMs: number): TurnResult {
  return {
    outcome: "closed",
    text: "",
    hadText: false,
    rawText: "",
    error: null,
    toolCalls: [],
    events: 0,
    dialect: null,
    durationMs,
  };
}

/**
 * NEMO.md wants a stable client id (≤ 64 chars). Without NEMO_CLIENT_ID we derive one from the host
 * name so a restarted worker keeps it (a new id per start would ask for a new token every time).
 */
export function defaultClientId(): string {
  return `promptcut-${createHash("sha256").update(os.hostname()).digest("hex").slice(0, 24)}`;
}
