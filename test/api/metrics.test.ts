import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../support/fixtures.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

const KEY = "key-ops-0001";
const ADMIN = "admin-secret-0001";
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("GET /metrics (prom-client)", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService();
  });
  afterAll(() => svc?.close());

  it("counts a finished job by engine and outcome, times its render, and shows the process", async () => {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({ file: fixture("clip_240p_2s.mp4"), fields: { instruction: "cut it to 1 second" } }),
    });
    const { id } = (await res.json()) as { id: string };
    expect((await waitForJob(svc.url, id)).status).toBe("completed");
    const text = await (await fetch(`${svc.url}/metrics`)).text();
    const completed = /promptcut_jobs_total\{engine="local",outcome="completed"\} (\d+)/.exec(text);
    expect(Number(completed?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(/promptcut_render_seconds_count\{engine="local"\} (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/promptcut_render_seconds_bucket\{le="\+Inf",engine="local"\} \d+/);
    expect(Number(/promptcut_process_resident_memory_bytes (\d+)/.exec(text)?.[1])).toBeGreaterThan(1e6);
    expect(text).toMatch(/promptcut_nodejs_eventloop_lag_seconds \d/);
    expect(text).toMatch(/promptcut_http_request_seconds_bucket\{le="0\.1",method="POST",route="\/v1\/jobs"\} \d+/);
  });
});

describe("the queue dashboard at /admin/queues", () => {
  describe("with ADMIN_KEY set", () => {
    let svc: TestService;
    beforeAll(async () => {
      svc = await startService({ worker: false, env: { API_KEYS: `${KEY}:ops`, ADMIN_KEY: ADMIN } });
    });
    afterAll(() => svc?.close());

    it("asks a browser for the key, and refuses a tenant's API key", async () => {
      const none = await fetch(`${svc.url}/admin/queues`);
      expect(none.status).toBe(401);
      expect(none.headers.get("www-authenticate")).toMatch(/^Basic /);
      expect(((await none.json()) as { code: string }).code).toBe("unauthorized");
      const tenant = await fetch(`${svc.url}/admin/queues`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(tenant.status).toBe(401);
    });

    it("shows the edit and webhook queues to the admin key, by Basic or Bearer", async () => {
      const page = await fetch(`${svc.url}/admin/queues`, { headers: { authorization: basic("ops", ADMIN) } });
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      const api = await fetch(`${svc.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${ADMIN}` } });
      expect(api.status).toBe(200);
      const names = ((await api.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort();
      expect(names).toEqual(["edit", "webhook"]);
    });
  });

  it("is not there at all when keys are set but no ADMIN_KEY", async () => {
    const svc = await startService({ worker: false, env: { API_KEYS: `${KEY}:ops` } });
    try {
      const res = await fetch(`${svc.url}/admin/queues`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(res.status).toBe(404);
    } finally {
      await svc.close();
    }
  });
});

describe("a worker on its own", () => {
  it("serves its metrics on WORKER_METRICS_PORT", async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const svc = await startService({ api: false, env: { WORKER_METRICS_PORT: String(port) } });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toMatch(/# TYPE promptcut_jobs_total counter/);
      expect(text).toMatch(/promptcut_process_cpu_seconds_total \d/);
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    } finally {
      await svc.close();
    }
  });
});
