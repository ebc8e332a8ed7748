import http from "node:http";
import { Queue } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { filesUnder, form, startService, waitForJob, type TestService } from "../support/service.js";

/** PRODUCT.md §6: each bad input gets its code, and nothing is left behind. */
describe("bad input", () => {
  let svc: TestService;
  let origin: http.Server;
  let originUrl: string;

  beforeAll(async () => {
    svc = await startService({ env: { MAX_UPLOAD_MB: "1" } });
    // A loopback origin that redirects to a forbidden address, for the redirect row.
    origin = http.createServer((req, res) => {
      if (req.url === "/to-metadata") res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => origin.listen(0, "127.0.0.1", r));
    originUrl = `http://127.0.0.1:${(origin.address() as any).port}`;
  });
  afterAll(async () => {
    origin?.close();
    await svc?.close();
  });

  /** Jobs this file created on purpose (the redirect case); anything else is a leak. */
  const intended = new Set<string>();

  async function expectNothingLeft() {
    const leftFiles = filesUnder(`${svc.storageDir}/jobs`).filter((f) => ![...intended].some((id) => f.includes(id)));
    expect(leftFiles).toEqual([]);
    const list: any = await (await fetch(`${svc.url}/v1/jobs`)).json();
    expect(list.jobs.map((j: any) => j.id).filter((id: string) => !intended.has(id))).toEqual([]);
    const queue = new Queue("edit", { connection: svc.ctx.redis, prefix: svc.cfg.QUEUE_PREFIX });
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
  }

  async function post(body: FormData | object) {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      ...(body instanceof FormData
        ? { body }
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as any };
  }

  describe("when the upload is over the limit", () => {
    it("answers 413 file_too_large and keeps no partial file", async () => {
      // 1.5 MB against a 1 MB limit, sent chunked so no Content-Length gives it away.
      const big = Buffer.alloc(1_500_000, 7);
      const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const boundary = `----pc${Date.now()}`;
        const req = http.request(
          `${svc.url}/v1/jobs`,
          {
            method: "POST",
            headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "transfer-encoding": "chunked" },
          },
          (r) => {
            let data = "";
            r.on("data", (c) => (data += c));
            r.on("end", () => resolve({ status: r.statusCode!, body: data }));
          },
        );
        req.on("error", reject);
        req.write(
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.mp4"\r\ncontent-type: ` +
            `video/mp4\r\n\r\n`,
        );
        for (let i = 0; i < big.length; i += 65536) req.write(big.subarray(i, i + 65536));
        req.end(`\r\n--${boundary}--\r\n`);
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: "file_too_large", status: 413 });
      await expectNothingLeft();
    });

    it("refuses an announced oversize body before reading it", async () => {
      const r = await post(form({ file: fixture("clip_240p_20s.mp4") }));
      expect(r.status).toBe(413);
      expect(r.body.code).toBe("file_too_large");
      await expectNothingLeft();
    });
  });

  describe("when the file is not media", () => {
    it.each([
      ["random bytes named clip.mp4", "random_bytes.mp4"],
      ["a zero-byte file", "empty.mp4"],
    ])("answers 415 unsupported_media for %s and names the accepted formats", async (_label, name) => {
      const r = await post(form({ file: fixture(name), filename: "clip.mp4", fields: { instruction: "make it pop" } }));
      expect(r.status).toBe(415);
      expect(r.type).toContain("application/problem+json");
      expect(r.body.code).toBe("unsupported_media");
      expect(r.body.detail).toMatch(/mp4, mov, avi, webm, mkv/);
      await expectNothingLeft();
    });

    it("judges a text file by content even when named .mov", async () => {
      const fd = new FormData();
      fd.append("file", new Blob(["hello, this is not a video\n".repeat(100)]), "holiday.mov");
      fd.append("instruction", "trim it");
      const r = await post(fd);
      expect(r.status).toBe(415);
      await expectNothingLeft();
    });
  });

  describe("when the source URL is forbidden", () => {
    it.each([
      ["loopback is refused when loopback is not allowed", "http://127.0.0.1:9/clip.mp4", false],
      ["a private address", "http://10.0.0.5/clip.mp4", true],
      ["link-local metadata", "http://169.254.169.254/latest", true],
      ["an IPv6 unique-local address", "http://[fd00::1]/clip.mp4", true],
      ["an IPv4-mapped IPv6 loopback", "http://[::ffff:7f00:1]/clip.mp4", false],
      ["CGNAT space", "http://100.64.0.1/clip.mp4", true],
      ["a non-http scheme", "file:///etc/passwd", true],
      ["ftp", "ftp://example.com/clip.mp4", true],
    ])("answers 422 source_url_forbidden for %s", async (_label, url, _loopbackAllowed) => {
      const strict = await startService({ env: { ALLOW_LOOPBACK_URLS: "false" }, worker: false });
      try {
        const res = await fetch(`${strict.url}/v1/jobs`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ source: { url }, instruction: "for tiktok" }),
        });
        const body: any = await res.json();
        expect(res.status).toBe(422);
        expect(body.code).toBe("source_url_forbidden");
        expect(filesUnder(`${strict.storageDir}/jobs`)).toEqual([]);
      } finally {
        await strict.close();
      }
    });

    it("fails the job with source_url_forbidden when the URL redirects to a forbidden address", async () => {
      const r = await post({ source: { url: `${originUrl}/to-metadata` }, instruction: "for tiktok" });
      expect(r.status).toBe(202);
      intended.add(r.body.id);
      const job = await waitForJob(svc.url, r.body.id);
      expect(job.status).toBe("failed");
      expect(job.error.code).toBe("source_url_forbidden");
      expect(filesUnder(`${svc.storageDir}/jobs/${r.body.id}`)).toEqual([]);
    });
  });

  describe("when the instruction is unusable", () => {
    it("answers 422 invalid_instruction for one over 2,000 characters", async () => {
      const r = await post(
        form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "cut the pauses ".repeat(140) } }),
      );
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("invalid_instruction");
      expect(r.body.detail).toMatch(/2,?000/);
      await expectNothingLeft();
    });

    it("answers 422 invalid_instruction when it is blank and there is no plan", async () => {
      const r = await post(form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "   " } }));
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("invalid_instruction");
      await expectNothingLeft();
    });
  });

  describe("when the plan fails the schema", () => {
    it("answers 422 with the failing field paths", async () => {
      const plan = { output: { format: "avi", fps: 500 }, texts: [{ text: "" }] };
      const r = await post(form({ file: fixture("clip_240p_2s.mp4"), fields: { options: JSON.stringify({ plan }) } }));
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("invalid_plan");
      const paths = r.body.issues.map((i: any) => i.path);
      expect(paths).toEqual(expect.arrayContaining(["plan.output.format", "plan.output.fps", "plan.texts.0.text"]));
      await expectNothingLeft();
    });

    it("answers 422 invalid_options when options is not JSON", async () => {
      const r = await post(form({ file: fixture("clip_240p_2s.mp4"), fields: { options: "{preset: tiktok" } }));
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("invalid_options");
      await expectNothingLeft();
    });
  });

  describe("when the job id is unknown", () => {
    it.each(["job_01m8bcdbd30jhr5mkzzeyy8ave", "not-an-id", "../../etc/passwd"])(
      "answers 404 not_found for %s",
      async (id) => {
        for (const path of [`/v1/jobs/${encodeURIComponent(id)}`, `/v1/jobs/${encodeURIComponent(id)}/output`]) {
          const res = await fetch(`${svc.url}${path}`);
          expect(res.status).toBe(404);
          expect(((await res.json()) as any).code).toBe("not_found");
        }
        const del = await fetch(`${svc.url}/v1/jobs/${encodeURIComponent(id)}`, { method: "DELETE" });
        expect(del.status).toBe(404);
      },
    );
  });

  describe("when the body itself is malformed", () => {
    it.each([
      [
        "a multipart body without a boundary",
        { "content-type": "multipart/form-data" },
        "abc",
        400,
        "malformed_request",
      ],
      ["broken JSON", { "content-type": "application/json" }, "{", 400, "malformed_request"],
      ["a text/plain body", { "content-type": "text/plain" }, "make it a tiktok", 415, "unsupported_content_type"],
      ["an unknown content type", { "content-type": "application/x-foo" }, "x", 415, "unsupported_content_type"],
    ])(
      "answers %s with %i %s, as a problem document with a numeric status",
      async (_label, headers, body, status, code) => {
        const res = await fetch(`${svc.url}/v1/jobs`, { method: "POST", headers, body });
        const doc = (await res.json()) as any;
        expect(res.status).toBe(status);
        expect(doc).toMatchObject({ status, code });
        expect(res.headers.get("content-type")).toContain("application/problem+json");
        await expectNothingLeft();
      },
    );
  });
});
