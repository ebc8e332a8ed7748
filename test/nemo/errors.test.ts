import { describe, expect, it } from "vitest";
import {
  parseRenderStatus,
  unwrapBusiness,
  unwrapProxy,
  type Answer,
  type ErrorContext,
} from "../../src/nemo/envelope.js";
import {
  NemoError,
  NemoRateLimitedError,
  errorFromResponse,
  parseRetryAfter,
  type ResponseFacts,
} from "../../src/nemo/errors.js";
import { SessionDataSchema } from "../../src/nemo/wire.js";

const NOW = Date.parse("2025-01-01T00:00:00Z");
const ctx: ErrorContext = { now: NOW, defaultRetryAfterMs: 30_000, account: { userId: "anon_abc", anonymous: true } };
const facts = (status: number, body: unknown = null, headers: ResponseFacts["headers"] = {}): ResponseFacts => ({
  op: "export",
  status,
  headers,
  body,
  ...ctx,
});

describe("NEMO.md's error table", () => {
  it.each([
    [429, null, "rate_limited", "rate_limited"],
    [401, null, "token_invalid", "upstream_error"],
    [200, { code: 1001 }, "token_invalid", "upstream_error"],
    [200, { code: 1010 }, "token_invalid", "upstream_error"],
    [200, { code: 1011 }, "token_invalid", "upstream_error"],
    [200, { code: 1002 }, "session_not_found", "upstream_error"],
    [200, { code: 2001 }, "credits_exhausted", "upstream_credits_exhausted"],
    [402, null, "export_blocked", "upstream_export_blocked"],
    [200, { code: 4001 }, "unsupported_media", "unsupported_media"],
    [400, { code: 4002, message: "too big" }, "file_too_large", "file_too_large"],
    [400, null, "bad_request", "internal"],
    [404, { success: false, error: "render not found" }, "not_found", "upstream_error"],
    [409, { success: false, error: "duplicate id" }, "duplicate_render", "upstream_error"],
    [502, null, "transient", "upstream_error"],
    [503, { code: 5000 }, "transient", "upstream_error"],
    [200, { code: 7777, message: "odd" }, "rejected", "upstream_error"],
  ] as const)("HTTP %i %j → %s (%s)", (status, body, kind, code) => {
    const err = errorFromResponse(facts(status, body));
    expect(err).toBeInstanceOf(NemoError);
    expect(err.kind).toBe(kind);
    expect(err.code).toBe(code);
  });

  it("puts the register link for the anonymous user in the out-of-credits message", () => {
    const err = errorFromResponse(facts(200, { code: 2001 }));
    expect(err.message).toContain("https://nemovideo.com/register?bind=anon_abc");
    const configured = errorFromResponse({
      ...facts(200, { code: 2001 }),
      account: { userId: null, anonymous: false },
    });
    expect(configured.message).not.toContain("register");
  });

  it("says a 400 is our bug", () => {
    expect(errorFromResponse(facts(400)).message).toMatch(/^Bug in promptcut's NemoVideo client/);
  });

  it("carries the wait of a 429", () => {
    const err = errorFromResponse(facts(429, null, { "retry-after": "7" }));
    expect(err).toBeInstanceOf(NemoRateLimitedError);
    expect((err as NemoRateLimitedError).retryAfterMs).toBe(7_000);
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds, an HTTP date, and falls back to 30 s", () => {
    expect(parseRetryAfter("2", NOW, 30_000)).toBe(2_000);
    expect(parseRetryAfter("1.5", NOW, 30_000)).toBe(1_500);
    expect(parseRetryAfter(new Date(NOW + 12_000).toUTCString(), NOW, 30_000)).toBe(12_000);
    expect(parseRetryAfter(undefined, NOW, 30_000)).toBe(30_000);
    expect(parseRetryAfter("soon", NOW, 30_000)).toBe(30_000);
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW, 30_000)).toBe(0);
  });
});

describe("envelopes", () => {
  const answer = (body: unknown, statusCode = 200): Answer => ({ op: "session", statusCode, headers: {}, body });

  it("unwraps the business envelope", () => {
    const data = unwrapBusiness(
      answer({ code: 0, message: "", data: { task_id: "task_1", session_id: "1234567890123456789", user_id: "u" } }),
      SessionDataSchema,
      ctx,
    );
    expect(data.session_id).toBe("1234567890123456789");
  });

  it("refuses a session id that arrived as a JSON number (precision already lost)", () => {
    expect(() =>
      unwrapBusiness(
        answer({ code: 0, data: { task_id: "task_1", session_id: Number("1234567890123456789") } }),
        SessionDataSchema,
        ctx,
      ),
    ).toThrow(/unexpected shape/);
  });

  it("turns a non-zero code into its typed error, and a missing envelope into a protocol error", () => {
    expect(() => unwrapBusiness(answer({ code: 1002, message: "gone" }), SessionDataSchema, ctx)).toThrow(
      expect.objectContaining({ kind: "session_not_found" }),
    );
    expect(() => unwrapBusiness(answer("<html>"), SessionDataSchema, ctx)).toThrow(
      expect.objectContaining({ kind: "protocol" }),
    );
  });

  it("reads a refusal of the render proxy inside a 200 by its code", () => {
    expect(() =>
      unwrapProxy(answer({ success: false, error: "session not found", code: 1002 }), SessionDataSchema, ctx),
    ).toThrow(expect.objectContaining({ kind: "session_not_found" }));
    expect(() => unwrapProxy(answer({ success: false, error: "nope" }), SessionDataSchema, ctx)).toThrow(
      expect.objectContaining({ kind: "rejected" }),
    );
  });

  it("reads both render status shapes", () => {
    const star = parseRenderStatus(
      "render_1",
      answer({
        success: true,
        data: {
          id: "render_1",
          status: "completed",
          progress: 100,
          outputUrl: "https://cdn/x.mp4",
          createdAt: 1,
          completedAt: 2,
        },
      }),
      ctx,
    );
    expect(star).toMatchObject({ status: "completed", progress: 100, outputUrl: "https://cdn/x.mp4", shape: "star" });
    const top = parseRenderStatus("render_1", answer({ status: "processing", progress: 42.4, output: null }), ctx);
    expect(top).toMatchObject({
      id: "render_1",
      status: "processing",
      progress: 42,
      outputUrl: null,
      shape: "toplevel",
    });
    const done = parseRenderStatus(
      "render_1",
      answer({ status: "completed", progress: 100, output: { url: "https://cdn/y.mp4", duration: 2, size: 1234 } }),
      ctx,
    );
    expect(done).toMatchObject({ outputUrl: "https://cdn/y.mp4", reported: { duration: 2, size: 1234 } });
    const failed = parseRenderStatus(
      "render_1",
      answer({ success: true, data: { status: "failed", progress: 30, error: "oom" } }),
      ctx,
    );
    expect(failed).toMatchObject({ status: "failed", error: "oom" });
  });
});
