import fs from "node:fs/promises";
import { parse } from "yaml";
import { route, type AnyRoute } from "../route.js";

const esc = (s: unknown) =>
  String(s ?? "").replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

interface Op {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string }>;
  requestBody?: { content: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
}

const STYLE = [
  "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}",
  "section{border-top:1px solid #8884;padding:.5rem 0}h2{font-size:1.05rem}",
  ".m{display:inline-block;min-width:4.2rem;font-size:.8rem;padding:.1rem .3rem;border-radius:.25rem;color:#fff;",
  "text-align:center}.get{background:#2a7}.post{background:#27c}.delete{background:#c33}code{font-size:.95em}",
].join("");

/** The API reference as one HTML page, rendered from openapi.yaml (so it cannot disagree with it). */
export function renderDocs(doc: {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Op>>;
}): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  const rows = ops
    .map(({ path, method, op }) => {
      const params = (op.parameters ?? [])
        .map((p) => {
          const what = `${esc(p.in)}${p.required ? ", required" : ""}`;
          return `<li><code>${esc(p.name)}</code> (${what})${p.description ? ` — ${esc(p.description)}` : ""}</li>`;
        })
        .join("");
      const bodies = Object.keys(op.requestBody?.content ?? {})
        .map((t) => `<code>${esc(t)}</code>`)
        .join(", ");
      const answers = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><b>${esc(code)}</b> ${esc(r.description)}</li>`)
        .join("");
      const key = op.security?.length ? " <small>🔑 bearer</small>" : "";
      const head = `<h2><span class="m ${method.toLowerCase()}">${method}</span> <code>${esc(path)}</code>${key}</h2>`;
      return `<section>${head}
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ""}
${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ""}${bodies ? `<h3>Body</h3><p>${bodies}</p>` : ""}
<h3>Answers</h3><ul>${answers}</ul></section>`;
    })
    .join("\n");
  const title = `${esc(doc.info.title)} API`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} ${esc(doc.info.version)}</title>
<style>${STYLE}</style>
</head><body><h1>${title} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>The machine-readable document: <a href="/openapi.yaml">/openapi.yaml</a>.</p>
${rows}
</body></html>`;
}

let cached: string | null = null;

export const docsRoutes: AnyRoute[] = [
  route({
    method: "GET",
    url: "/docs",
    operationId: "docs",
    summary: "This API's reference as a web page, rendered from openapi.yaml",
    tag: "operations",
    auth: false,
    responses: { 200: { description: "HTML", contentType: "text/html" } },
    handler: async (_req, reply, deps) => {
      cached ??= renderDocs(parse(await fs.readFile(deps.openapiPath, "utf8")));
      return reply
        .type("text/html; charset=utf-8")
        .header("content-security-policy", "default-src 'none'; style-src 'unsafe-inline'")
        .send(cached);
    },
  }),
];
