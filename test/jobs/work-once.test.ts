import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interpret } from "../../src/plan/interpret/index.js";
import type { Interpreter } from "../../src/plan/merge.js";
import { fixture } from "../support/fixtures.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

/** An ffprobe that writes each of its argument lists to a log, then runs the real one. */
function countingFfprobe(dir: string): { bin: string; calls: () => string[] } {
  const log = path.join(dir, "ffprobe.log");
  const bin = path.join(dir, "ffprobe");
  fs.writeFileSync(bin, `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nexec ffprobe "$@"\n`, { mode: 0o755 });
  return { bin, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : []) };
}

describe("a job's work is done once", () => {
  let svc: TestService;
  const read: string[] = [];
  const counting: Interpreter = (text, ctx) => {
    read.push(text);
    return interpret(text, ctx);
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-once-"));
  const probe = countingFfprobe(dir);

  beforeAll(async () => {
    svc = await startService({ env: { FFPROBE_PATH: probe.bin }, interpret: counting });
  });
  afterAll(async () => {
    await svc?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("interprets an uploaded job's instruction once, and probes its source once", async () => {
    const instruction = "cut it to 1 second and add a title 'Once'";
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction } }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const job = await waitForJob(svc.url, id);
    expect(job.status).toBe("completed");
    expect(job.result.durationMs).toBeGreaterThan(900);
    expect(job.result.durationMs).toBeLessThan(1100);
    expect(read.filter((t) => t === instruction)).toHaveLength(1);
    const sourceProbes = probe.calls().filter((args) => args.includes(`jobs/${id}/source`));
    expect(sourceProbes).toHaveLength(1);
  });

  it("refuses a bad plan before reading the instruction or probing the upload", async () => {
    const before = probe.calls().length;
    const instruction = "make it 2 seconds long, please";
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({
        file: fixture("clip_240p_2s.mp4"),
        fields: { instruction, options: JSON.stringify({ plan: { speed: 99 } }) },
      }),
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe("invalid_plan");
    expect(read).not.toContain(instruction);
    expect(probe.calls().length).toBe(before);
  });
});
