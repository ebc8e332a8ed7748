import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";

describe("the promptcut bin", () => {
  it("is the built, executable CLI the package declares", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const bin = path.join(ROOT, pkg.bin.promptcut);
    execFileSync("npm", ["run", "-s", "build"], { cwd: ROOT });
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    const out = execFileSync(bin, ["--help"], { encoding: "utf8" });
    expect(out).toMatch(/plan/);
    expect(out).toMatch(/serve/);
  });
});
