import type { z } from "zod";
import {
  NemoError,
  errorForCode,
  errorFromResponse,
  upstreamMessageOf,
  type AccountHint,
  type NemoOp,
} from "./errors.js";
import {
  BusinessEnvelopeSchema,
  ProxyEnvelopeSchema,
  RenderStatusStarSchema,
  RenderStatusTopLevelSchema,
  type RenderStatusName,
} from "./wire.js";

/**
 * Reading NemoVideo's answers (NEMO.md "Envelopes"), pure: an HTTP answer in, the `data` out, or
 * the typed error it stands for.
 */

export interface Answer {
  op: NemoOp;
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or null when there was no body or it was not JSON. */
  body: unknown;
}

/** What an error message needs beyond the answer itself. */
export interface ErrorContext {
  now: number;
  defaultRetryAfterMs: number;
  account: AccountHint;
}

export function failureOf(a: Answer, ctx: ErrorContext): NemoError {
  return errorFromResponse({ op: a.op, status: a.statusCode, headers: a.headers, body: a.body, ...ctx });
}

const ok2xx = (a: Answer) => a.statusCode >= 200 && a.statusCode < 300;

/** `{code:0,message,data}` → data; a non-zero code or a non-2xx status is a typed error. */
export function unwrapBusiness<S extends z.ZodType>(a: Answer, schema: S, ctx: ErrorContext): z.output<S> {
  if (!ok2xx(a)) throw failureOf(a, ctx);
  const env = BusinessEnvelopeSchema.safeParse(a.body);
  if (!env.success)
    throw new NemoError("protocol", `NemoVideo's answer to ${a.op} is not a {code,message,data} envelope.`, {
      op: a.op,
      httpStatus: a.statusCode,
    });
  if (env.data.code !== 0) {
    const msg = upstreamMessageOf(a.body);
    throw (
      errorForCode(env.data.code, msg, { op: a.op, status: a.statusCode, account: ctx.account }) ??
      new NemoError("rejected", `NemoVideo refused ${a.op} (code ${env.data.code})${msg ? `: ${msg}` : ""}.`, {
        op: a.op,
        httpStatus: a.statusCode,
        upstreamCode: env.data.code,
      })
    );
  }
  return parseData(a, schema, env.data.data);
}

/** `{success:true,data}` → data; `{success:false,error}` (with any status) is a typed error. */
export function unwrapProxy<S extends z.ZodType>(a: Answer, schema: S, ctx: ErrorContext): z.output<S> {
  if (!ok2xx(a)) throw failureOf(a, ctx);
  const env = ProxyEnvelopeSchema.safeParse(a.body);
  if (!env.success) {
    // A proxy that answers with the business envelope instead is still understood.
    if (BusinessEnvelopeSchema.safeParse(a.body).success) return unwrapBusiness(a, schema, ctx);
    throw new NemoError("protocol", `NemoVideo's answer to ${a.op} is not a {success,data} envelope.`, {
      op: a.op,
      httpStatus: a.statusCode,
    });
  }
  // A refusal inside a 200: judged by its code if it has one, else as a refusal (422 stands for "not ok").
  if (!env.data.success) throw failureOf({ ...a, statusCode: 422 }, ctx);
  return parseData(a, schema, env.data.data);
}

function parseData<S extends z.ZodType>(a: Answer, schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "data"}: ${i.message}`)
      .join("; ");
    throw new NemoError("protocol", `NemoVideo's answer to ${a.op} has an unexpected shape (${where}).`, {
      op: a.op,
      httpStatus: a.statusCode,
    });
  }
  return parsed.data;
}

export interface RenderInfo {
  id: string;
  status: RenderStatusName;
  /** 0–100. */
  progress: number;
  outputUrl: string | null;
  error: string | null;
  /** What the top-level shape reports in `output` (units as sent); informational, the file is probed. */
  reported: { duration: number | null; size: number | null };
  shape: "star" | "toplevel";
}

/**
 * Both render-status shapes of NEMO.md: ★ `{success, data:{…, outputUrl}}` and top-level
 * `{status, progress, output:{url,duration,size}}`.
 */
export function parseRenderStatus(id: string, a: Answer, ctx: ErrorContext): RenderInfo {
  if (!ok2xx(a)) throw failureOf(a, ctx);
  const clamp = (p: number | null) => Math.max(0, Math.min(100, Math.round(p ?? 0)));
  const body = a.body;
  if (body && typeof body === "object" && "success" in body) {
    if ((body as { success: unknown }).success === false) throw failureOf({ ...a, statusCode: 422 }, ctx);
    const star = RenderStatusStarSchema.safeParse(body);
    if (star.success) {
      const d = star.data.data;
      return {
        id: d.id ?? id,
        status: d.status,
        progress: clamp(d.progress),
        outputUrl: d.outputUrl,
        error: d.error,
        reported: { duration: null, size: null },
        shape: "star",
      };
    }
  }
  const top = RenderStatusTopLevelSchema.safeParse(body);
  if (top.success) {
    const d = top.data;
    return {
      id: d.id ?? id,
      status: d.status,
      progress: clamp(d.progress),
      outputUrl: d.output?.url ?? null,
      error: d.error,
      reported: { duration: d.output?.duration ?? null, size: d.output?.size ?? null },
      shape: "toplevel",
    };
  }
  throw new NemoError("protocol", "NemoVideo's render status is in neither documented shape.", {
    op: "render_status",
    httpStatus: a.statusCode,
  });
}
