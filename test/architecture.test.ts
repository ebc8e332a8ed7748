import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/fixtures.js";

/**
 * Every relative import in src that loads code, as [importing file, resolved target] pairs (paths
 * from src/). `import type` loads nothing at run time, so it is left out.
 */
function imports(): Array<[string, string]> {
  const src = path.join(ROOT, "src");
  const files = fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const out: Array<[string, string]> = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(src, f), "utf8");
    for (const m of text.matchAll(
      /(?:^|\n)\s*(import|export)(\s+type\b)?[^;]*?from\s*"(\.[^"]+)"|import\(\s*"(\.[^"]+)"/g,
    )) {
      if (m[2]) continue;
      out.push([f, path.normalize(path.join(path.dirname(f), (m[3] ?? m[4])!))]);
    }
  }
  return out;
}

/** The domains: each owns one concept; the edges (api, worker, cli) call them, never the reverse. */
const DOMAINS = ["jobs", "webhooks", "media", "plan", "timeline", "engine", "nemo", "sessions", "sim"];
const top = (f: string) => (f.includes("/") ? f.slice(0, f.indexOf("/")) : "(root)");

describe("the layout's rules (DEVELOPERS.md)", () => {
  const all = imports();

  it("keeps shared free of every domain and edge", () => {
    expect(all.filter(([from, to]) => top(from) === "shared" && top(to) !== "shared")).toEqual([]);
  });

  it("never lets a domain import the api, the worker or the cli", () => {
    const edges = new Set(["api", "worker", "cli"]);
    expect(all.filter(([from, to]) => DOMAINS.includes(top(from)) && edges.has(top(to)))).toEqual([]);
  });

  it("lets domains reach the process context only for its type", () => {
    expect(all.filter(([from, to]) => DOMAINS.includes(top(from)) && to === "context.js")).toEqual([]);
  });

  it("keeps the worker to queue wiring: its only file is the runtime", () => {
    const files = fs
      .readdirSync(path.join(ROOT, "src", "worker"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"));
    expect(files).toEqual(["runtime.ts"]);
  });

  it("normalizes plans only where they are made, in src/plan", () => {
    const src = path.join(ROOT, "src");
    const files = fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const callers = files.filter(
      (f) => !f.startsWith("plan/") && /\bnormalizePlan\(/.test(fs.readFileSync(path.join(src, f), "utf8")),
    );
    expect(callers).toEqual([]);
  });

  it("reaches the engine from outside only through engine/index", () => {
    const bad = all.filter(
      ([from, to]) => !from.startsWith("engine/") && to.startsWith("engine/") && to !== "engine/index.js",
    );
    expect(bad).toEqual([]);
  });

  it("keeps the API off the worker's code", () => {
    expect(all.filter(([from, to]) => from.startsWith("api/") && to.startsWith("worker/"))).toEqual([]);
  });

  it("keeps plan, timeline and the engine's compile/timeline stages free of I/O modules", () => {
    const pure = (f: string) =>
      f.startsWith("plan/") ||
      f.startsWith("timeline/") ||
      f.startsWith("engine/compile/") ||
      f.startsWith("engine/timeline/");
    const io = new RegExp(
      String.raw`^(context|shared/(storage|ssrf|redis|exec)|media/(storage|download|uploads|probe)|jobs/store|` +
        String.raw`api/|worker/|nemo/client)`,
    );
    expect(all.filter(([from, to]) => pure(from) && io.test(to))).toEqual([]);
    for (const [file] of all.filter(([f]) => pure(f))) {
      const text = fs.readFileSync(path.join(ROOT, "src", file), "utf8");
      expect(text, file).not.toMatch(/from "node:(fs|child_process|net|http|https|dns)(\/promises)?"/);
    }
  });
});
