import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { media } from "../support/fixtures.js";
import { ffprobe, moovBeforeMdat } from "../support/media.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

describe("a phone clip uploaded with the tiktok preset", () => {
  let svc: TestService;
  let job: any;
  let body: Buffer;
  const source = media("speech_film_dialogue_his_girl_friday_bw.mp4");

  beforeAll(async () => {
    svc = await startService();
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: source, fields: { options: JSON.stringify({ preset: "tiktok" }) } }),
    });
    expect(res.status).toBe(202);
    const created: any = await res.json();
    expect(res.headers.get("location")).toBe(`/v1/jobs/${created.id}`);
    job = await waitForJob(svc.url, created.id, { timeoutMs: 120_000 });
    const out = await fetch(`${svc.url}/v1/jobs/${created.id}/output`);
    expect(out.status).toBe(200);
    expect(out.headers.get("content-disposition")).toContain("speech_film_dialogue_his_girl_friday_bw-promptcut.mp4");
    body = Buffer.from(await out.arrayBuffer());
  }, 180_000);
  afterAll(() => svc?.close());

  it("completes with a result describing a 1080x1920 mp4", () => {
    expect(job.status).toBe("completed");
    expect(job.progress).toBe(100);
    expect(job.result).toMatchObject({ format: "mp4", width: 1080, height: 1920, sizeBytes: body.length });
    expect(job.result.url).toBe(`${svc.url}/v1/jobs/${job.id}/output`);
    expect(job.summary).toMatch(/^Timeline \(\d+ tracks?\): 1\. Video: speech_film_dialogue_his_girl_friday_bw\.mp4/);
    expect(job.details.ffmpegArgs).toContain("libx264");
    expect(JSON.stringify(job.details.ffmpegArgs)).not.toContain(svc.storageDir);
  });

  it("serves an H.264 High / AAC file with faststart and the source's duration", () => {
    const file = `${svc.storageDir}/downloaded.mp4`;
    fs.writeFileSync(file, body);
    const probe = ffprobe(file);
    const v = probe.streams.find((s) => s.codec_type === "video")!;
    const a = probe.streams.find((s) => s.codec_type === "audio")!;
    expect([v.codec_name, v.profile, v.width, v.height, v.pix_fmt]).toEqual(["h264", "High", 1080, 1920, "yuv420p"]);
    expect(a.codec_name).toBe("aac");
    expect(Math.abs(Number(probe.format.duration) - 6.166)).toBeLessThan(0.1);
    expect(moovBeforeMdat(body)).toBe(true);
  });

  it("answers a Range request with exactly those bytes", async () => {
    const res = await fetch(`${svc.url}/v1/jobs/${job.id}/output`, { headers: { range: "bytes=100-1099" } });
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes 100-1099/${body.length}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(body.subarray(100, 1100))).toBe(true);
    const tail = await fetch(`${svc.url}/v1/jobs/${job.id}/output`, { headers: { range: "bytes=-10" } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(body.subarray(body.length - 10))).toBe(true);
    const beyond = await fetch(`${svc.url}/v1/jobs/${job.id}/output`, { headers: { range: `bytes=${body.length}-` } });
    expect(beyond.status).toBe(416);
  });
});
