import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { filesUnder, form, startService, type TestService } from "../support/service.js";

describe("Idempotency-Key on POST /v1/jobs", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ worker: false, env: { API_KEYS: "key-alice-0001:alice,key-bob-00001:bob" } });
  });
  afterAll(() => svc?.close());

  const post = (key: string, body: object, auth = "key-alice-0001") =>
    fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key, authorization: `Bearer ${auth}` },
      body: JSON.stringify(body),
    });
  const list = async (auth: string) =>
    (
      (await (
        await fetch(`${svc.url}/v1/jobs?limit=100`, { headers: { authorization: `Bearer ${auth}` } })
      ).json()) as any
    ).jobs;

  it("turns 50 concurrent POSTs with one key into exactly one job", async () => {
    const body = { source: { url: "http://127.0.0.1:9/clip.mp4" }, instruction: "for tiktok" };
    const responses = await Promise.all(Array.from({ length: 50 }, () => post("key-50", body)));
    const statuses = responses.map((r) => r.status).sort();
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as any).id)));
    expect(ids.size).toBe(1);
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect((await list("key-alice-0001")).filter((j: any) => ids.has(j.id))).toHaveLength(1);
    expect((await list("key-alice-0001")).filter((j: any) => j.source.url === body.source.url)).toHaveLength(1);
  });

  it("answers a retry with the same body with the first job and 200", async () => {
    const body = { source: { url: "http://127.0.0.1:9/a.mp4" }, options: { preset: "square" } };
    const first = await post("retry-1", body);
    const again = await post("retry-1", { options: { preset: "square" }, source: { url: "http://127.0.0.1:9/a.mp4" } });
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(((await again.json()) as any).id).toBe(((await first.json()) as any).id);
  });

  it("refuses the same key with a different body: 422 idempotency_mismatch", async () => {
    expect(
      (await post("mismatch-1", { source: { url: "http://127.0.0.1:9/a.mp4" }, instruction: "square" })).status,
    ).toBe(202);
    const res = await post("mismatch-1", { source: { url: "http://127.0.0.1:9/b.mp4" }, instruction: "square" });
    expect(res.status).toBe(422);
    expect(((await res.json()) as any).code).toBe("idempotency_mismatch");
  });

  it("scopes keys per tenant", async () => {
    const body = { source: { url: "http://127.0.0.1:9/c.mp4" }, instruction: "square" };
    const a = (await (await post("shared-key", body)).json()) as any;
    const bRes = await post("shared-key", body, "key-bob-00001");
    expect(bRes.status).toBe(202);
    expect(((await bRes.json()) as any).id).not.toBe(a.id);
  });

  it("releases the key when creation fails, so a corrected retry can use it", async () => {
    const bad = await post("fix-me", { source: { url: "http://10.0.0.1/x.mp4" } });
    expect(bad.status).toBe(422);
    const good = await post("fix-me", { source: { url: "http://10.0.0.1/x.mp4" } });
    expect(good.status).toBe(422);
    expect(((await good.json()) as any).code).toBe("source_url_forbidden");
  });

  it("works for uploads too: the same file and fields give the same job and keep one copy", async () => {
    const send = () =>
      fetch(`${svc.url}/v1/jobs`, {
        method: "POST",
        headers: { "idempotency-key": "upload-1", authorization: "Bearer key-alice-0001" },
        body: form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "square please" } }),
      });
    const [a, b] = await Promise.all([send(), send()]);
    const ids = [((await a.json()) as any).id, ((await b.json()) as any).id];
    expect(ids[0]).toBe(ids[1]);
    expect(filesUnder(`${svc.storageDir}/jobs`).filter((f) => f.includes(ids[0]))).toHaveLength(1);
    expect(filesUnder(`${svc.storageDir}/jobs`).filter((f) => f.endsWith("/source")).length).toBe(1);
  });
});
