import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run } from "../../src/cli/commands/edit.js";
import { tempDir } from "../engine/render-support.js";
import { fixture } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err += String(s);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe("promptcut edit", () => {
  it("renders the plan in-process, showing progress and printing the summary and notes", async () => {
    const dir = tempDir();
    const planFile = path.join(dir, "plan.json");
    fs.writeFileSync(
      planFile,
      JSON.stringify({
        output: { aspect: "9:16", resolution: 480 },
        texts: [{ text: "Hi 🍌", startMs: 0, endMs: 1000 }],
      }),
    );
    const target = path.join(dir, "out.mp4");
    const code = await run([
      fixture("clip_240p_2s.mp4"),
      "--plan",
      planFile,
      "-o",
      target,
      "--music",
      fixture("tone_3s.wav"),
      "--preset",
      "square",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(
      new RegExp(
        String.raw`^Timeline \(4 tracks\): 1\. Video: clip_240p_2s\.mp4 \(0-2s\) 2\. Audio: .* ` +
          String.raw`3\. BGM: tone_3s\.wav \(0-2s, 35%\) 4\. Title: "Hi" \(0-1s\)`,
      ),
    );
    expect(out).toContain("🍌");
    expect(out).toMatch(/Wrote .*out\.mp4 \(480×480, 2\.0 s/);
    expect(err).toMatch(/render 100%/);
    const video = ffprobe(target).streams.find((s) => s.codec_type === "video");
    expect([video?.width, video?.height]).toEqual([480, 480]);
  });

  it("turns an instruction into the edit, as a job would", async () => {
    const target = path.join(tempDir(), "x.mp4");
    const code = await run([
      fixture("clip_240p_2s.mp4"),
      "make it square in 480p and cut it to 1 second",
      "-o",
      target,
    ]);
    expect(code).toBe(0);
    const probe = ffprobe(target);
    const video = probe.streams.find((s) => s.codec_type === "video");
    expect([video?.width, video?.height]).toEqual([480, 480]);
    expect(Math.abs(Number(probe.format.duration) - 1)).toBeLessThan(0.05);
  });

  it("names the failing field of a plan that does not fit the schema", async () => {
    const planFile = path.join(tempDir(), "bad.json");
    fs.writeFileSync(planFile, JSON.stringify({ speed: 9 }));
    expect(await run([fixture("clip_240p_2s.mp4"), "--plan", planFile])).toBe(1);
    expect(err).toMatch(/speed: /);
  });

  it("answers usage mistakes with exit code 2", async () => {
    expect(await run([])).toBe(2);
    expect(await run([fixture("clip_240p_2s.mp4"), "x", "--preset", "myspace"])).toBe(2);
    expect(err).toMatch(/unknown preset "myspace"/);
  });

  it("says plainly when the input is not there", async () => {
    const planFile = path.join(tempDir(), "p.json");
    fs.writeFileSync(planFile, "{}");
    expect(await run(["/nonexistent/clip.mp4", "--plan", planFile])).toBe(1);
    expect(err).toMatch(/No file at \/nonexistent\/clip\.mp4/);
  });
});
