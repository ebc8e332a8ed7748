import { AppError, ACCEPTED_FORMATS, type ErrorCode } from "../shared/errors.js";

/**
 * Typed errors of the NemoVideo client. Each carries a closed `kind` the lifecycle switches on and
 * an AppError code (PRODUCT.md §6) so a job that fails on one of them already has the code and a
 * sentence a person can act on. The mapping follows NEMO.md's error table.
 */
export const NEMO_ERROR_KINDS = [
  "rate_limited", // HTTP 429: wait and retry, no attempt spent
  "token_invalid", // 1001 / 1010 / 1011 / HTTP 401
  "session_not_found", // 1002
  "credits_exhausted", // 2001
  "export_blocked", // HTTP 402
  "unsupported_media", // 4001
  "file_too_large", // 4002
  "bad_request", // HTTP 400: a bug on our side (e.g. missing X-Client-Id)
  "transient", // 5xx, network errors
  "duplicate_render", // export with an id that already exists
  "not_found", // an unknown render id (HTTP 404)
  "rejected", // any other non-zero business code or `success:false`
  "protocol", // an answer we cannot read
] as const;

export type NemoErrorKind = (typeof NEMO_ERROR_KINDS)[number];

/** The client operations, named in errors and logs. */
export type NemoOp =
  | "token"
  | "session"
  | "upload"
  | "message"
  | "state"
  | "credits"
  | "export"
  | "render_status"
  | "cancel"
  | "download";

const APP_CODE: Record<NemoErrorKind, ErrorCode> = {
  rate_limited: "rate_limited",
  token_invalid: "upstream_error",
  session_not_found: "upstream_error",
  credits_exhausted: "upstream_credits_exhausted",
  export_blocked: "upstream_export_blocked",
  unsupported_media: "unsupported_media",
  file_too_large: "file_too_large",
  bad_request: "internal",
  transient: "upstream_error",
  duplicate_render: "upstream_error",
  not_found: "upstream_error",
  rejected: "upstream_error",
  protocol: "upstream_error",
};

export interface NemoErrorInit {
  op: NemoOp;
  httpStatus?: number | null;
  upstreamCode?: number | null;
  cause?: unknown;
}

export class NemoError extends AppError {
  readonly kind: NemoErrorKind;
  readonly op: NemoOp;
  readonly httpStatus: number | null;
  readonly upstreamCode: number | null;

  constructor(kind: NemoErrorKind, message: string, init: NemoErrorInit) {
    super(APP_CODE[kind], message, {
      cause: init.cause,
      extra: { upstream: { kind, op: init.op, httpStatus: init.httpStatus ?? null, code: init.upstreamCode ?? null } },
    });
    this.name = "NemoError";
    this.kind = kind;
    this.op = init.op;
    this.httpStatus = init.httpStatus ?? null;
    this.upstreamCode = init.upstreamCode ?? null;
  }
}

/** HTTP 429: carries how long to wait (Retry-After, else the NEMO.md default of 30 s). */
export class NemoRateLimitedError extends NemoError {
  readonly retryAfterMs: number;

  constructor(op: NemoOp, retryAfterMs: number, init: Omit<NemoErrorInit, "op"> = {}) {
    super("rate_limited", `NemoVideo is rate limiting us; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`, {
      ...init,
      op,
      httpStatus: init.httpStatus ?? 429,
    });
    this.name = "NemoRateLimitedError";
    this.retryAfterMs = retryAfterMs;
  }
}

export function isNemoError(err: unknown, kind?: NemoErrorKind): err is NemoError {
  return err instanceof NemoError && (kind === undefined || err.kind === kind);
}

/**
 * Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Anything unreadable, or
 * no header at all, means the NEMO.md default.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number, defaultMs: number): number {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === "") return defaultMs;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isFinite(at)) return Math.max(0, at - now);
  return defaultMs;
}

/** Who the token belongs to, so an out-of-credits message can carry the account's register link. */
export interface AccountHint {
  userId: string | null;
  anonymous: boolean;
}

export interface ResponseFacts {
  op: NemoOp;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or null when there was none or it was not JSON. */
  body: unknown;
  now: number;
  defaultRetryAfterMs: number;
  account: AccountHint;
}

const TOKEN_CODES = new Set([1001, 1010, 1011]);
/** Operations whose 404 means the render is gone, not some other resource. */
const RENDER_OPS: ReadonlySet<string> = new Set(["render_status", "cancel", "download"]);

/** The `code` of a business envelope, wherever it was carried (also on non-2xx answers). */
export function upstreamCodeOf(body: unknown): number | null {
  if (typeof body !== "object" || body === null) return null;
  const c = (body as { code?: unknown }).code;
  const n = typeof c === "string" && /^\d+$/.test(c) ? Number(c) : c;
  return typeof n === "number" && Number.isInteger(n) ? n : null;
}

/** The human text of either envelope: `message` (business) or `error` (render proxy). */
export function upstreamMessageOf(body: unknown): string {
  if (typeof body !== "object" || body === null) return "";
  const b = body as { message?: unknown; error?: unknown };
  const m = typeof b.message === "string" ? b.message : typeof b.error === "string" ? b.error : "";
  return m.slice(0, 300);
}

/**
 * The error for a non-zero business code. Known codes win over the HTTP status because NEMO.md says
 * non-2xx answers may carry `{code,message}`: a 400 that says 4001 is an unsupported file, not a bug.
 */
export function errorForCode(
  code: number,
  message: string,
  facts: Pick<ResponseFacts, "op" | "status" | "account">,
): NemoError | null {
  const init = { op: facts.op, httpStatus: facts.status, upstreamCode: code };
  const said = message ? `: ${message}` : "";
  if (TOKEN_CODES.has(code))
    return new NemoError("token_invalid", `NemoVideo rejected the access token (code ${code})${said}.`, init);
  switch (code) {
    case 1002:
      return new NemoError(
        "session_not_found",
        `NemoVideo no longer knows the editing session (code 1002)${said}.`,
        init,
      );
    case 2001:
      return new NemoError("credits_exhausted", creditsMessage(facts.account), init);
    case 4001:
      return new NemoError(
        "unsupported_media",
        `NemoVideo cannot use this file (code 4001)${said}. Send ${ACCEPTED_FORMATS}.`,
        init,
      );
    case 4002:
      return new NemoError(
        "file_too_large",
        `The file is too large for NemoVideo (code 4002)${said}. Shorten or compress it, or use the local engine.`,
        init,
      );
    default:
      return null;
  }
}

export function creditsMessage(account: AccountHint): string {
  const base = "NemoVideo has no credits left for this account (code 2001), so the edit was not made.";
  if (account.anonymous && account.userId) {
    const register = `https://nemovideo.com/register?bind=${encodeURIComponent(account.userId)}`;
    return (
      `${base} Register at ${register} to keep this anonymous account and add credits, ` +
      "then retry the job; or use the local engine."
    );
  }
  return `${base} Add credits to the NemoVideo account, then retry the job; or use the local engine.`;
}

/**
 * Maps an answer that is not a success to a typed error: first a known business code in the body,
 * then the HTTP status (NEMO.md error table), then the envelope's own failure flag.
 */
export function errorFromResponse(facts: ResponseFacts): NemoError {
  const { op, status } = facts;
  const code = upstreamCodeOf(facts.body);
  const message = upstreamMessageOf(facts.body);
  const init = { op, httpStatus: status, upstreamCode: code };
  const said = message ? `: ${message}` : "";

  if (status === 429) {
    return new NemoRateLimitedError(
      op,
      parseRetryAfter(facts.headers["retry-after"], facts.now, facts.defaultRetryAfterMs),
      init,
    );
  }
  if (code !== null && code !== 0) {
    const known = errorForCode(code, message, facts);
    if (known) return known;
  }
  if (status === 401)
    return new NemoError("token_invalid", `NemoVideo rejected the access token (HTTP 401)${said}.`, init);
  if (status === 402) {
    return new NemoError(
      "export_blocked",
      `NemoVideo refused the export (HTTP 402): the account's plan does ` +
        `not allow it, or the request lacked the X-Skill-Source/Version/Platform ` +
        `headers${said}. Upgrade the NemoVideo plan or check the NEMO_SKILL_* settings; or use the local engine.`,
      init,
    );
  }
  if (status === 400) {
    // NEMO.md: a 400 means we sent something malformed (e.g. no X-Client-Id). Fail loudly: retrying cannot help.
    return new NemoError(
      "bad_request",
      `Bug in promptcut's NemoVideo client: the ${op} request was rejected as malformed (HTTP 400)${said}.`,
      init,
    );
  }
  if (status === 404)
    return new NemoError(
      "not_found",
      `NemoVideo does not know that ${RENDER_OPS.has(op) ? "render" : "resource"} (HTTP 404)${said}.`,
      init,
    );
  if (status === 409 || /duplicate|already exists/i.test(message)) {
    return new NemoError("duplicate_render", `NemoVideo already has a render with that id${said}.`, init);
  }
  if (status >= 500) return new NemoError("transient", `NemoVideo answered HTTP ${status} to ${op}${said}.`, init);
  if (code !== null && code !== 0)
    return new NemoError("rejected", `NemoVideo refused ${op} (code ${code})${said}.`, init);
  return new NemoError("rejected", `NemoVideo refused ${op} (HTTP ${status})${said}.`, init);
}

/** Node/undici network failures: the request may or may not have reached the upstream. */
export function transientFromNetwork(op: NemoOp, err: unknown): NemoError {
  const msg = err instanceof Error ? err.message : String(err);
  return new NemoError("transient", `Could not reach NemoVideo for ${op}: ${msg}.`, { op, cause: err });
}

/**
 * True when a network error proves the request never left this machine (nothing listens, the name
 * does not resolve), so a non-idempotent call is known not to have happened.
 */
export function neverSent(err: unknown): boolean {
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } } | null)?.code ??
    (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "UND_ERR_CONNECT_TIMEOUT";
}
