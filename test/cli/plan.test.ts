import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/fixtures.js";

const CLI = ["--import", "tsx", "src/cli/main.ts", "plan"];

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("promptcut plan", () => {
  it("prints the plan as JSON with --json, the preset winning over the text", () => {
    const r = cli(["trim the pauses, landscape, cut it to 10 seconds", "--preset", "tiktok", "--json"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.cut).toMatchObject({ removePauses: { minPauseMs: 500 }, targetDurationMs: 10000 });
    expect(plan.output).toMatchObject({ preset: "tiktok", aspect: "9:16", width: 1080, height: 1920 });
  });

  it("prints a readable summary by default", () => {
    const r = cli(["add a fun text overlay and cut it down to 10 seconds", "--source-name", "banana_bread.mp4"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cut:     exactly 10 s");
    expect(r.stdout).toContain('Text:    "Banana Bread"');
    expect(r.stdout).toContain("Note:");
  });

  it("exits 2 with usage for a missing instruction, an unknown option or preset", () => {
    for (const args of [[], ["trim", "--frobnicate"], ["trim", "--preset", "myspace"]]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("usage: promptcut plan");
    }
  });

  it("exits 2 for an instruction over 2,000 characters", () => {
    const r = cli(["a".repeat(2001)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2000/);
  });
});

describe("promptcut plan --batch", () => {
  it("prints one compact JSON plan per input line, in order, blank lines included", () => {
    const r = cli(["--batch", "--preset", "square"], "trim the pauses\n\nexport it\r\ncut it to 7s");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter((l, i, all) => i < all.length - 1 || l);
    expect(lines).toHaveLength(4);
    const plans = lines.map((l) => JSON.parse(l));
    expect(plans[0].cut.removePauses).not.toBeNull();
    expect(plans[1].notes.join(" ")).toMatch(/empty/);
    expect(plans[2].intent).toBe("export");
    expect(plans[3].cut.targetDurationMs).toBe(7000);
    expect(plans.every((p) => p.output.preset === "square")).toBe(true);
  });

  it("keeps order over many lines", () => {
    const n = 20_000;
    const input = Array.from({ length: n }, (_, i) => `cut it to ${(i % 90) + 1} seconds`).join("\n");
    const r = cli(["--batch"], input);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(n);
    for (const i of [0, 1, 89, 90, 12_345, n - 1]) {
      expect(JSON.parse(lines[i]!).cut.targetDurationMs).toBe(((i % 90) + 1) * 1000);
    }
  });

  it("streams: answers a line before the input has ended", async () => {
    const child = spawn(process.execPath, [...CLI, "--batch"], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    const out = createInterface({ input: child.stdout });
    const lines = out[Symbol.asyncIterator]();
    child.stdin.write("speed it up 2x\n");
    const first = await lines.next();
    expect(JSON.parse(first.value as string).speed).toBe(2);
    child.stdin.end("slow motion\n");
    const second = await lines.next();
    expect(JSON.parse(second.value as string).speed).toBe(0.5);
    const [code] = await new Promise<[number | null]>((resolve) => child.on("close", (c) => resolve([c])));
    expect(code).toBe(0);
  });
});
