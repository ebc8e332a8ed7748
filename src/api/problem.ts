import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError, ErrorCodeSchema, isAppError, type ErrorCode } from "../shared/errors.js";

/** An error answer in a route spec: documented as a problem document. */
export const problemResponse = (description: string) => ({
  description,
  schema: ProblemSchema,
  contentType: "application/problem+json",
});

/** RFC 9457 problem document, with our stable `code` (PRODUCT.md §6). */
export const ProblemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: ErrorCodeSchema,
  instance: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const TITLES: Partial<Record<ErrorCode, string>> = {
  not_found: "Not found",
  unauthorized: "Unauthorized",
  unsupported_media: "Unsupported media",
  file_too_large: "File too large",
  invalid_instruction: "Invalid instruction",
  invalid_plan: "Invalid plan",
  invalid_request: "Invalid request",
  source_url_forbidden: "Source URL forbidden",
};

export function sendProblem(reply: FastifyReply, req: FastifyRequest, err: AppError): FastifyReply {
  // Extras first: the RFC 9457 members below must not be overwritten by them.
  const body: Record<string, unknown> = {
    ...(err.extra ?? {}),
    type: `https://promptcut.dev/problems/${err.code}`,
    title: TITLES[err.code] ?? err.code.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
    status: err.status,
    detail: err.message,
    code: err.code,
    instance: req.url.split("?")[0],
    ...(err.issues ? { issues: err.issues } : {}),
  };
  if (err.code === "unauthorized" && !reply.hasHeader("www-authenticate"))
    reply.header("www-authenticate", 'Bearer realm="promptcut"');
  return reply.code(err.status).type("application/problem+json").send(body);
}

/** Maps Fastify's own errors (body parsing, limits) onto our codes. */
function fromFastifyError(err: FastifyError): AppError {
  if (err.validation) {
    // The route's own zod schemas refused the params, query or body: name each failing field.
    const where = err.validationContext === "querystring" ? "query" : (err.validationContext ?? "request");
    return new AppError("invalid_request", `The request's ${where} is not valid.`, {
      issues: err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, "").replace(/\//g, "."),
        message: v.message ?? "invalid",
      })),
    });
  }
  switch (err.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new AppError("unsupported_content_type", "Send application/json or multipart/form-data.");
    case "FST_FILES_LIMIT":
      return new AppError("request_too_large", "Too many files in one request: send at most 20.");
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return new AppError("request_too_large", "Too many parts in one multipart request.");
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError(
        "file_too_large",
        "The file is larger than the upload limit (MAX_UPLOAD_MB); nothing was kept.",
      );
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("request_too_large", "The request body is larger than allowed.");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new AppError("malformed_request", "The body is not valid JSON.");
    default:
      // busboy's own complaints about a broken multipart body ("Multipart: Boundary not found", …).
      if (/^(Multipart|Malformed part header|Unexpected end of form)/i.test(err.message))
        return new AppError("malformed_request", `The multipart body is malformed: ${err.message}.`);
      if (err.statusCode === 400 || err instanceof SyntaxError) return new AppError("malformed_request", err.message);
      if (err.statusCode === 413) return new AppError("request_too_large", err.message);
      if (err.statusCode === 415) return new AppError("unsupported_content_type", err.message);
      return new AppError("internal", "Something went wrong on our side; it has been logged.");
  }
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const appErr = isAppError(err) ? err : fromFastifyError(err);
    if (appErr.status >= 500) req.log.error({ err }, "request failed");
    return sendProblem(reply, req, appErr);
  });
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, req, new AppError("not_found", `No route ${req.method} ${req.url.split("?")[0]}.`)),
  );
}
