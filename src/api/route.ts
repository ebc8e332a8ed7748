import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
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

/**
 * One route, declared once: Fastify registers it from this and openapi.yaml is generated from it,
 * so the served API and its document cannot drift apart (a test compares them).
 */
export interface RouteSpec {
  method: "GET" | "POST" | "DELETE";
  url: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Requires `Authorization: Bearer <key>` (unless the service runs open on loopback). */
  auth: boolean;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: Record<string, { description: string; required?: boolean }>;
  body?: { json?: z.ZodType; multipart?: Record<string, MultipartField> };
  responses: Record<number, ResponseSpec>;
  handler: (req: FastifyRequest, reply: FastifyReply, deps: ApiDeps) => Promise<unknown>;
}

export function registerRoutes(app: FastifyInstance, specs: readonly RouteSpec[], deps: ApiDeps): void {
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: spec.url,
      config: { auth: spec.auth },
      handler: (req, reply) => spec.handler(req, reply, deps),
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
