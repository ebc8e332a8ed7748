import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./support/fixtures.js";

/** Every relative import in src, as [importing file, resolved target] pairs (paths from src/). */
function imports(): Array<[string, string]> {
  const src = path.join(ROOT, "src");
  const files = fs.readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const out: Array<[string, string]> = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(src, f), "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]+)"/g)) {
      out.push([f, path.normalize(path.join(path.dirname(f), m[1]!))]);
    }
  }
  return out;
}

describe("the layout's rules (DEVELOPERS.md)", () => {
  const all = imports();

  it("reaches the engine from outside only through engine/index", () => {
    const bad = all.filter(([from, to]) => !from.startsWith("engine/") && to.startsWith("engine/") && to !== "engine/index.js");
    expect(bad).toEqual([]);
  });

  it("keeps the API off the worker's code", () => {
    expect(all.filter(([from, to]) => from.startsWith("api/") && to.startsWith("worker/"))).toEqual([]);
  });

  it("keeps plan, timeline and the engine's compile/timeline stages free of I/O modules", () => {
    const pure = (f: string) => f.startsWith("plan/") || f.startsWith("timeline/") || f.startsWith("engine/compile/") || f.startsWith("engine/timeline/");
    const io = /^(shared\/(context|storage|download|ssrf|job-store|redis|exec)|api\/|worker\/|nemo\/client)/;
    expect(all.filter(([from, to]) => pure(from) && io.test(to))).toEqual([]);
    for (const [file] of all.filter(([f]) => pure(f))) {
      const text = fs.readFileSync(path.join(ROOT, "src", file), "utf8");
      expect(text, file).not.toMatch(/from "node:(fs|child_process|net|http|https|dns)(\/promises)?"/);
    }
  });
});
