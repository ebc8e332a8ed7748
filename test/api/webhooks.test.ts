import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { fixture } from "../support/fixtures.js";
import { startReceiver } from "../support/receiver.js";
import { form, startService, waitForJob, type TestService } from "../support/service.js";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const SMALL = JSON.stringify({ output: { aspect: "9:16", resolution: 480 } });

describe("webhook delivery", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({ env: { WEBHOOK_SECRET: SECRET, WEBHOOK_RETRY_DELAYS_MS: "0,100,200,300,400" } });
  });
  afterAll(() => svc?.close());

  const submit = async (webhookUrl: string) => {
    const res = await fetch(`${svc.url}/v1/jobs`, {
      method: "POST",
      body: form({
        file: fixture("clip_240p_2s.mp4"),
        fields: { options: JSON.stringify({ plan: JSON.parse(SMALL), webhook: { url: webhookUrl } }) },
      }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as any).id as string;
  };
  const waitForWebhook = (id: string, status: string) =>
    waitForJob(svc.url, id, { until: (j) => j.webhook?.status === status, timeoutMs: 30_000 });

  describe("when the receiver fails three times and then accepts", () => {
    it("delivers on the 4th attempt, signed, with one webhook-id, and the job shows 4 attempts", async () => {
      const receiver = await startReceiver((n) => (n <= 3 ? 503 : 204));
      try {
        const id = await submit(receiver.url);
        const job = await waitForWebhook(id, "delivered");
        const got = await receiver.waitFor(4);
        expect(got).toHaveLength(4);
        expect(new Set(got.map((r) => r.headers["webhook-id"])).size).toBe(1);
        const event = new Webhook(SECRET).verify(got[3]!.body, got[3]!.headers as Record<string, string>) as any;
        expect(event.type).toBe("job.completed");
        expect(event.data).toMatchObject({
          id,
          status: "completed",
          result: { url: `${svc.url}/v1/jobs/${id}/output`, format: "mp4" },
        });
        expect(job.webhook.deliveries.map((d: any) => [d.attempt, d.statusCode, d.ok])).toEqual([
          [1, 503, false],
          [2, 503, false],
          [3, 503, false],
          [4, 204, true],
        ]);
        // Retries follow the schedule: at least 100, 200, 300 ms apart.
        const gaps = got.slice(1).map((r, i) => r.at - got[i]!.at);
        expect(gaps[0]).toBeGreaterThanOrEqual(90);
        expect(gaps[2]).toBeGreaterThanOrEqual(290);
      } finally {
        await receiver.close();
      }
    });
  });

  describe("when the receiver is down for the whole schedule", () => {
    it("records every attempt and a failed delivery, and the job stays completed", async () => {
      const receiver = await startReceiver(() => 500);
      try {
        const id = await submit(receiver.url);
        const job = await waitForWebhook(id, "failed");
        expect(job.status).toBe("completed");
        expect(job.webhook.deliveries).toHaveLength(5);
        expect(job.webhook.deliveries.every((d: any) => d.statusCode === 500 && d.ok === false && d.error)).toBe(true);
        expect(receiver.received).toHaveLength(5);
      } finally {
        await receiver.close();
      }
    });

    it("records connection failures as attempts without a status code", async () => {
      const receiver = await startReceiver();
      const url = receiver.url;
      await receiver.close();
      const id = await submit(url);
      const job = await waitForWebhook(id, "failed");
      expect(job.webhook.deliveries).toHaveLength(5);
      expect(job.webhook.deliveries[0]).toMatchObject({ statusCode: null, ok: false });
    });
  });

  describe("when the receiver answers 410 Gone", () => {
    it("stops retrying at once", async () => {
      const receiver = await startReceiver(() => 410);
      try {
        const id = await submit(receiver.url);
        const job = await waitForWebhook(id, "failed");
        await new Promise((r) => setTimeout(r, 600));
        expect(receiver.received).toHaveLength(1);
        expect(job.webhook.deliveries).toHaveLength(1);
      } finally {
        await receiver.close();
      }
    });
  });

  describe("when asked to redeliver", () => {
    it("sends the same event with the same webhook-id again", async () => {
      const receiver = await startReceiver();
      try {
        const id = await submit(receiver.url);
        await waitForWebhook(id, "delivered");
        const res = await fetch(`${svc.url}/v1/jobs/${id}/webhook/redeliver`, { method: "POST" });
        expect(res.status).toBe(202);
        const [first, second] = await receiver.waitFor(2);
        expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
        expect((new Webhook(SECRET).verify(second!.body, second!.headers as Record<string, string>) as any).type).toBe(
          "job.completed",
        );
        const job = await waitForJob(svc.url, id, { until: (j) => j.webhook.deliveries.length === 2 });
        expect(job.webhook.deliveries.map((d: any) => d.attempt)).toEqual([1, 2]);
      } finally {
        await receiver.close();
      }
    });

    it("refuses a job that has no webhook", async () => {
      const res = await fetch(`${svc.url}/v1/jobs`, {
        method: "POST",
        body: form({
          file: fixture("clip_240p_2s.mp4"),
          fields: { options: JSON.stringify({ plan: JSON.parse(SMALL) }) },
        }),
      });
      const { id } = (await res.json()) as any;
      await waitForJob(svc.url, id);
      const again = await fetch(`${svc.url}/v1/jobs/${id}/webhook/redeliver`, { method: "POST" });
      expect(again.status).toBe(409);
    });
  });

  describe("when the webhook URL points somewhere forbidden", () => {
    it("refuses the job with 422 webhook_url_forbidden", async () => {
      const strict = await startService({ worker: false, env: { ALLOW_LOOPBACK_URLS: "false" } });
      try {
        const res = await fetch(`${strict.url}/v1/jobs`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            source: { url: "https://example.com/a.mp4" },
            instruction: "x",
            webhook: { url: "http://169.254.169.254/hook" },
          }),
        });
        expect(res.status).toBe(422);
        expect(((await res.json()) as any).code).toBe("webhook_url_forbidden");
      } finally {
        await strict.close();
      }
    });
  });
});

describe("per-tenant webhook secrets", () => {
  it("are generated on the first job that names a webhook, returned once, and sign its events", async () => {
    const svc = await startService({ env: { WEBHOOK_RETRY_DELAYS_MS: "0" } });
    const receiver = await startReceiver();
    try {
      const post = async () => {
        const res = await fetch(`${svc.url}/v1/jobs`, {
          method: "POST",
          body: form({
            file: fixture("clip_240p_2s.mp4"),
            fields: { options: JSON.stringify({ plan: JSON.parse(SMALL), webhook: { url: receiver.url } }) },
          }),
        });
        return (await res.json()) as any;
      };
      const first = await post();
      expect(first.webhookSecret).toMatch(/^whsec_/);
      const second = await post();
      expect(second.webhookSecret).toBeUndefined();
      const got = await receiver.waitFor(2, 30_000);
      for (const r of got)
        expect(() =>
          new Webhook(first.webhookSecret).verify(r.body, r.headers as Record<string, string>),
        ).not.toThrow();
    } finally {
      await receiver.close();
      await svc.close();
    }
  });
});
