import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigSchema } from "../src/shared/config.js";
import { ROOT } from "./support/fixtures.js";

describe("README", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("documents every configuration key", () => {
    const missing = Object.keys(ConfigSchema.shape).filter((k) => !readme.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });

  it("mentions every route of openapi.yaml", () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, "openapi.yaml"), "utf8")) as { paths: Record<string, object> };
    const missing = Object.keys(doc.paths)
      .map((p) => p.replace(/\{(\w+)\}/g, ":$1"))
      .filter((p) => !readme.includes(`\`${p}\``) && !readme.includes(` ${p}\``) && !readme.includes(`${p} `));
    expect(missing).toEqual([]);
  });

  it("gives the test command that .ci/run runs", () => {
    const ci = fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8");
    const testCmd = ci.trim().split("\n").pop()!.trim();
    expect(testCmd).toBe("npm test");
    expect(readme).toContain("```sh\nnpm test\n```");
  });
});
