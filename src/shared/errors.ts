import { z } from "zod";

/**
 * One registry of stable error codes. Every error the service shows a caller carries one of these
 * codes; the HTTP layer maps code → status here and nowhere else (PRODUCT.md §6).
 */
export const ERROR_CODES = {
  invalid_request: 422,
  malformed_request: 400,
  unsupported_content_type: 415,
  request_too_large: 413,
  invalid_instruction: 422,
  invalid_plan: 422,
  invalid_options: 422,
  unsupported_media: 415,
  file_too_large: 413,
  source_url_forbidden: 422,
  source_unreachable: 422,
  webhook_url_forbidden: 422,
  not_found: 404,
  session_expired: 410,
  unauthorized: 401,
  service_unavailable: 503,
  conflict: 409,
  idempotency_mismatch: 422,
  rate_limited: 429,
  render_failed: 500,
  render_timeout: 504,
  canceled: 409,
  upstream_credits_exhausted: 402,
  upstream_export_blocked: 402,
  upstream_error: 502,
  not_configured: 501,
  internal: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes as a schema, for every document that carries one (problem answers, a job's error). */
export const ErrorCodeSchema = z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]);

export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[] | undefined;
  /** Extra machine-readable facts for the problem document (e.g. accepted formats). */
  readonly extra: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { issues?: FieldIssue[]; extra?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CODES[code];
    this.issues = opts.issues;
    this.extra = opts.extra;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export class NotFoundError extends AppError {
  constructor(what = "resource") {
    super("not_found", `No ${what} with that id exists for this API key.`);
  }
}

export const ACCEPTED_FORMATS =
  "video (mp4, mov, avi, webm, mkv), image (jpg, png, gif, webp) or audio (mp3, wav, m4a, aac)";

export class UnsupportedMediaError extends AppError {
  constructor(detail?: string) {
    super(
      "unsupported_media",
      `The file is not a media file we can read${detail ? ` (${detail})` : ""}. Send ${ACCEPTED_FORMATS}.`,
      {
        extra: {
          accepted: ["mp4", "mov", "avi", "webm", "mkv", "jpg", "png", "gif", "webp", "mp3", "wav", "m4a", "aac"],
        },
      },
    );
  }
}

export class FileTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("file_too_large", `The file is larger than the limit of ${Math.round(limitBytes / 1048576)} MB.`, {
      extra: { limitBytes },
    });
  }
}

export class SourceUrlForbiddenError extends AppError {
  constructor(reason: string) {
    super("source_url_forbidden", `That URL may not be fetched: ${reason}.`);
  }
}

export class CanceledError extends AppError {
  constructor() {
    super("canceled", "The job was canceled.");
  }
}

/** Turns zod issues into `path: message` pairs a caller can act on. */
export function zodIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  prefix = "",
): FieldIssue[] {
  return issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join("."),
    message: i.message,
  }));
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
