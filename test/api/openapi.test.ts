import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { allRoutes } from "../../src/api/routes/index.js";
import { renderOpenApiYaml } from "../../src/api/openapi.js";
import { ROOT } from "../support/fixtures.js";
import { startService, type TestService } from "../support/service.js";

/**
 * Reads Fastify's route tree (`├── /v1/jobs (GET, HEAD, POST)`, children indented by 4) back into
 * `METHOD /path` lines; HEAD is Fastify's automatic twin of GET and is not documented separately.
 */
function servedRoutes(tree: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split("\n").filter(Boolean)) {
    const m = /^(.*?)── (\S+) \(([^)]+)\)$/.exec(line);
    if (!m) continue;
    const depth = Math.floor(m[1]!.length / 4);
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join("").replace(/:(\w+)/g, "{$1}");
    for (const method of m[3]!.split(", ")) if (method !== "HEAD") out.push(`${method} ${path}`);
  }
  return out;
}

describe("openapi.yaml", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ worker: false });
  });
  afterAll(() => svc?.close());

  it("is exactly what the route specs generate (run `npm run openapi` after changing a route)", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8")).toBe(renderOpenApiYaml(allRoutes, pkg.version));
  });

  it("documents every route the server answers, and no other", () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8"));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    // The operators' queue dashboard is bull-board's own UI and API, not ours (README "Running it").
    const served = servedRoutes(svc.api!.app.printRoutes({ commonPrefix: false })).filter(
      (r) => !r.split(" ")[1]!.startsWith("/admin/queues"),
    );
    expect(documented.sort()).toEqual(served.sort());
  });

  it("is served at /openapi.yaml", async () => {
    const res = await fetch(`${svc.url}/openapi.yaml`);
    expect(res.status).toBe(200);
    expect(parse(await res.text()).openapi).toBe("3.1.0");
  });

  it("names every error code a route can answer with in the problem responses", () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8"));
    const create = doc.paths["/v1/jobs"].post.responses;
    expect(Object.keys(create)).toEqual(expect.arrayContaining(["202", "401", "413", "415", "422"]));
  });
});

describe("GET /metrics", () => {
  it("counts answers by route and status and shows queue depths", async () => {
    const svc = await startService({ worker: false });
    try {
      await fetch(`${svc.url}/healthz`);
      await fetch(`${svc.url}/v1/jobs/job_01m8bcdbd30jhr5mkzzeyy8ave`);
      const text = await (await fetch(`${svc.url}/metrics`)).text();
      expect(text).toMatch(/promptcut_http_responses_total\{method="GET",route="\/healthz",status="200"\} 1/);
      expect(text).toMatch(/promptcut_http_responses_total\{method="GET",route="\/v1\/jobs\/:id",status="404"\} 1/);
      expect(text).toMatch(/promptcut_queue_jobs\{queue="edit",state="waiting"\} 0/);
    } finally {
      await svc.close();
    }
  });
});

describe("GET /", () => {
  it("serves the web page: a form posting a clip and an instruction to /v1/jobs, with a strict CSP", async () => {
    const svc = await startService({ worker: false });
    try {
      const res = await fetch(`${svc.url}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      const html = await res.text();
      expect(html).toMatch(/<input type="file" name="file"/);
      expect(html).toMatch(/<textarea name="instruction"/);
      expect(html).toContain('fetch("/v1/jobs", { method: "POST"');
      expect(html).toContain("/events");
    } finally {
      await svc.close();
    }
  });
});

describe("GET /docs", () => {
  it("lists every operation of openapi.yaml, with its method, path and answers", async () => {
    const svc = await startService({ worker: false });
    try {
      const html = await (await fetch(`${svc.url}/docs`)).text();
      const doc = parse(fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8"));
      for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
        for (const m of Object.keys(ops))
          expect(html).toContain(`<span class="m ${m}">${m.toUpperCase()}</span> <code>${p}</code>`);
      }
      expect(html).toContain("<b>415</b>");
      expect(html).not.toMatch(/<script/i);
    } finally {
      await svc.close();
    }
  });
});
