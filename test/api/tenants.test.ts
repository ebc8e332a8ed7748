import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

const ALICE = { authorization: "Bearer alice-key-123456" };
const BOB = { authorization: "Bearer bob-key-1234567" };

describe("with API keys configured", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ worker: false, env: { API_KEYS: "alice-key-123456:alice,bob-key-1234567:bob" } });
  });
  afterAll(() => svc?.close());

  const create = async (headers: Record<string, string>) => {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      headers,
      body: form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "for tiktok" } }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as any).id as string;
  };

  it("refuses requests without a key, or with an unknown one, with 401 unauthorized", async () => {
    for (const headers of [{}, { authorization: "Bearer nope-nope-nope" }, { authorization: "Basic abc" }] as Record<
      string,
      string
    >[]) {
      const res = await fetch(`${svc.url}/v1/jobs`, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(((await res.json()) as any).code).toBe("unauthorized");
    }
  });

  it("answers health checks without a key", async () => {
    expect((await fetch(`${svc.url}/healthz`)).status).toBe(200);
  });

  it("shows a tenant only its own jobs: another tenant's job is a 404, never a 403", async () => {
    const alices = await create(ALICE);
    const bobs = await create(BOB);
    expect((await fetch(`${svc.url}/v1/jobs/${alices}`, { headers: ALICE })).status).toBe(200);
    for (const path of [`/v1/jobs/${alices}`, `/v1/jobs/${alices}/output`]) {
      const res = await fetch(`${svc.url}${path}`, { headers: BOB });
      expect(res.status).toBe(404);
      expect(((await res.json()) as any).code).toBe("not_found");
    }
    const del = await fetch(`${svc.url}/v1/jobs/${alices}`, { method: "DELETE", headers: BOB });
    expect(del.status).toBe(404);
    expect((await waitForJob(svc.url, alices, { headers: ALICE, until: () => true })).status).toBe("queued");
    const bobList: any = await (await fetch(`${svc.url}/v1/jobs`, { headers: BOB })).json();
    expect(bobList.jobs.map((j: any) => j.id)).toEqual([bobs]);
  });

  it("lists jobs newest first and pages through them with a cursor", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await create({ authorization: "Bearer alice-key-123456" }));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page: any = await (await fetch(`${svc.url}/v1/jobs${q}`, { headers: ALICE })).json();
      expect(page.jobs.length).toBeLessThanOrEqual(2);
      seen.push(...page.jobs.map((j: any) => j.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    // Alice has the 5 new jobs plus the one from the previous test.
    expect(seen).toHaveLength(6);
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(6);
    const queued: any = await (await fetch(`${svc.url}/v1/jobs?status=completed`, { headers: ALICE })).json();
    expect(queued.jobs).toEqual([]);
    const bad = await fetch(`${svc.url}/v1/jobs?limit=1000`, { headers: ALICE });
    expect(bad.status).toBe(422);
  });
});

describe("without API keys (open mode)", () => {
  it("refuses to listen anywhere but loopback", async () => {
    await expect(startService({ worker: false, env: { HOST: "0.0.0.0" } })).rejects.toThrow(/loopback/);
  });
});
