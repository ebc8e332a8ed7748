import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { filesUnder, form, startService, waitForJob, type TestService } from "../support/service.js";

const A = { authorization: "Bearer key-alice-0001" };
const B = { authorization: "Bearer key-bob-00001" };

describe("uploading once and naming the upload in jobs", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ env: { API_KEYS: "key-alice-0001:alice,key-bob-00001:bob" } });
  });
  afterAll(() => svc?.close());

  const upload = async (file: string, headers = A) => {
    const res = await fetch(`${svc.url}/v1/uploads`, { method: "POST", headers, body: form({ file }) });
    return { status: res.status, body: (await res.json()) as any };
  };
  const job = (body: object, headers = A) =>
    fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  it("stores a clip, describes it, and two jobs render from it", async () => {
    const up = await upload(fixture("clip_240p_2s.mp4"));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      id: expect.stringMatching(/^upl_/),
      filename: "clip_240p_2s.mp4",
      kind: "video",
      width: 426,
      height: 240,
      durationMs: 2000,
    });
    const ids: string[] = [];
    for (const preset of ["square", "tiktok"]) {
      const res = await job({ source: { uploadId: up.body.id }, preset });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as any).id);
    }
    const [square, tiktok] = await Promise.all(
      ids.map((id) => waitForJob(svc.url, id, { headers: A, timeoutMs: 60_000 })),
    );
    expect([square.result.width, square.result.height]).toEqual([1080, 1080]);
    expect([tiktok.result.width, tiktok.result.height]).toEqual([1080, 1920]);
    expect(square.source).toMatchObject({ type: "upload", filename: "clip_240p_2s.mp4" });
  });

  it("does not let another tenant name the upload", async () => {
    const up = await upload(fixture("clip_240p_2s.mp4"));
    const res = await job({ source: { uploadId: up.body.id }, preset: "square" }, B);
    expect(res.status).toBe(422);
    const body = (await res.json()) as any;
    expect(body.issues[0].path).toBe("source.uploadId");
    const missing = await job({ source: { uploadId: "upl_01m8bcdbd30jhr5mkzzeyy8ave" }, preset: "square" });
    expect(((await missing.json()) as any).issues[0].path).toBe("source.uploadId");
  });

  it("refuses a file that is not media with 415 and keeps nothing", async () => {
    const before = filesUnder(`${svc.storageDir}/uploads`).length;
    const up = await upload(fixture("random_bytes.mp4"));
    expect(up.status).toBe(415);
    expect(up.body.code).toBe("unsupported_media");
    expect(filesUnder(`${svc.storageDir}/uploads`)).toHaveLength(before);
  });
});
