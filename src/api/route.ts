import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { ApiDeps } from "./deps.js";

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json; problem responses use application/problem+json. */
  contentType?: string;
  headers?: Record<string, string>;
}

export interface MultipartField {
  type: "file" | "string";
  description: string;
  required?: boolean;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/** The request a handler sees: params, query and a JSON body already validated by their schemas. */
export type TypedRequest<P, Q, B> = FastifyRequest<{ Params: Out<P>; Querystring: Out<Q>; Body: Out<B> }>;

/**
 * One route, declared once: Fastify registers it from this (its zod schemas validate the params,
 * query and JSON body, and serialize the answers) and openapi.yaml is generated from the same
 * definition, so the served API and its document cannot drift apart (a test compares them).
 * A route that also takes multipart gets `body` undefined for it and reads the parts itself.
 */
export interface RouteSpec<
  P extends z.ZodObject | undefined = z.ZodObject | undefined,
  Q extends z.ZodObject | undefined = z.ZodObject | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "GET" | "POST" | "DELETE";
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Requires `Authorization: Bearer <key>` (unless the service runs open on loopback). */
  auth: boolean;
  params?: P;
  query?: Q;
  headers?: Record<string, { description: string; required?: boolean }>;
  body?: { json?: B; multipart?: Record<string, MultipartField> };
  responses: Record<number, ResponseSpec>;
  handler: (req: TypedRequest<P, Q, B>, reply: FastifyReply, deps: ApiDeps) => Promise<unknown>;
}

/** A route of any shape, as the route table holds them. */
// biome-ignore lint/suspicious/noExplicitAny: the table erases each route's own request types
export type AnyRoute = RouteSpec<any, any, any>;

/** Declares a route; the handler's request is typed from the route's own schemas. */
export function route<
  P extends z.ZodObject | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<P, Q, B>): AnyRoute {
  return spec as AnyRoute;
}

const JSON_TYPE = "application/json";

/** Fastify's schema for one route: the zod schemas themselves, compiled by the zod type provider. */
function fastifySchema(spec: AnyRoute) {
  const response: Record<number, unknown> = {};
  for (const [code, res] of Object.entries(spec.responses)) {
    if (!res.schema) continue;
    response[Number(code)] = { content: { [res.contentType ?? JSON_TYPE]: { schema: res.schema } } };
  }
  return {
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.query ? { querystring: spec.query } : {}),
    // Keyed by content type, so a multipart request skips JSON validation and reads its parts.
    ...(spec.body?.json ? { body: { content: { [JSON_TYPE]: { schema: spec.body.json } } } } : {}),
    response,
  };
}

export function registerRoutes(app: FastifyInstance, specs: readonly AnyRoute[], deps: ApiDeps): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: spec.url,
      config: { auth: spec.auth },
      schema: fastifySchema(spec),
      // A JSON route called with no body at all is validated as `{}`, so a missing field is a field
      // error like any other rather than a request that skips validation.
      ...(spec.body?.json
        ? {
            preValidation: async (req: FastifyRequest) => {
              if (req.body !== undefined || req.isMultipart()) return;
              req.body = {};
              req.headers["content-type"] = JSON_TYPE;
            },
          }
        : {}),
      handler: (req, reply) => spec.handler(req as TypedRequest<unknown, unknown, unknown>, reply, deps),
    });
  }
}

declare module "fastify" {
  interface FastifyContextConfig {
    auth?: boolean;
  }
  interface FastifyRequest {
    tenant: string;
  }
}
