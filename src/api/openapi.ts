import { z } from "zod";
import { stringify } from "yaml";
import type { AnyRoute } from "./route.js";

/** Schemas shown once under components.schemas and referenced elsewhere. */
export const apiSchemas = z.registry<{ id: string }>();

type Json = Record<string, unknown>;

/**
 * Converts a zod schema and hoists registered sub-schemas into `components`. Request bodies are
 * described as accepted (defaults optional), responses as sent, hence separate `…Input` names.
 */
function converter(components: Json) {
  return (s: z.ZodType, io: "input" | "output"): Json => {
    const suffix = io === "input" ? "Input" : "";
    const raw = JSON.stringify(
      z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any", metadata: apiSchemas }),
    );
    const rewritten = JSON.parse(
      raw.replace(/"#\/\$defs\/([\w.-]+)"/g, (_m, id: string) => `"#/components/schemas/${id}${suffix}"`),
    ) as Json;
    const { $schema: _s, $defs, ...rest } = rewritten;
    for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) components[`${id}${suffix}`] = def;
    return rest;
  };
}

/** OpenAPI 3.1 document generated from the route specs; `npm run openapi` writes openapi.yaml. */
export function buildOpenApi(routes: readonly AnyRoute[], version: string): Record<string, unknown> {
  const schemas: Json = {};
  const convert = converter(schemas);
  const toSchema = (s: z.ZodType) => convert(s, "input");
  const toOutSchema = (s: z.ZodType) => convert(s, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, "{$1}");
    const parameters: unknown[] = [];
    if (r.params) {
      for (const [name, s] of Object.entries(r.params.shape))
        parameters.push({ name, in: "path", required: true, schema: toSchema(s as z.ZodType) });
    }
    if (r.query) {
      for (const [name, s] of Object.entries(r.query.shape)) {
        const zs = s as z.ZodType;
        parameters.push({ name, in: "query", required: !zs.safeParse(undefined).success, schema: toSchema(zs) });
      }
    }
    for (const [name, h] of Object.entries(r.headers ?? {}))
      parameters.push({
        name,
        in: "header",
        required: !!h.required,
        description: h.description,
        schema: { type: "string" },
      });
    const op: Record<string, unknown> = { operationId: r.operationId, summary: r.summary, tags: [r.tag] };
    if (r.description) op.description = r.description;
    if (parameters.length) op.parameters = parameters;
    if (r.auth) op.security = [{ bearer: [] }];
    if (r.body) {
      const content: Record<string, unknown> = {};
      if (r.body.json) content["application/json"] = { schema: toSchema(r.body.json) };
      if (r.body.multipart) {
        const properties: Record<string, unknown> = {};
        const required: string[] = [];
        for (const [name, f] of Object.entries(r.body.multipart)) {
          properties[name] =
            f.type === "file"
              ? { type: "string", format: "binary", description: f.description }
              : { type: "string", description: f.description };
          if (f.required) required.push(name);
        }
        content["multipart/form-data"] = { schema: { type: "object", properties, required } };
      }
      op.requestBody = { required: true, content };
    }
    const responses: Record<string, unknown> = {};
    for (const [code, res] of Object.entries(r.responses)) {
      const entry: Record<string, unknown> = { description: res.description };
      if (res.schema || res.contentType)
        entry.content = {
          [res.contentType ?? "application/json"]: res.schema ? { schema: toOutSchema(res.schema) } : {},
        };
      if (res.headers)
        entry.headers = Object.fromEntries(
          Object.entries(res.headers).map(([h, d]) => [h, { description: d, schema: { type: "string" } }]),
        );
      responses[code] = entry;
    }
    op.responses = responses;
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "promptcut",
      version,
      description:
        "Edit short social clips by typing what you want. Errors are application/problem+json " +
        "(RFC 9457) with a stable `code`.",
    },
    servers: [{ url: "http://127.0.0.1:3000" }],
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API key from API_KEYS" } },
    },
    paths,
  };
}

export function renderOpenApiYaml(routes: readonly AnyRoute[], version: string): string {
  const header = "# Generated from the route specs by `npm run openapi`; do not edit by hand.\n";
  return header + stringify(buildOpenApi(routes, version), { lineWidth: 0 });
}
