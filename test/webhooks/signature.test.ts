import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, signWebhook, verifyWebhook, webhookHeaders } from "../../src/webhooks/signature.js";

describe("webhook signatures", () => {
  it("verify with the public Standard Webhooks library", () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: "job.completed", data: { id: "job_x", emoji: "🍌" } });
    const ts = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders(secret, "msg_1", ts, body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("match the library's own signature byte for byte", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ts = 1_700_000_000;
    expect(signWebhook(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", ts, '{"test": 2432232314}')).toBe(
      new Webhook(secret).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", new Date(ts * 1000), '{"test": 2432232314}'),
    );
  });

  it("fail verification when the body was changed", () => {
    const secret = newWebhookSecret();
    const sig = signWebhook(secret, "msg_1", 1, "{}");
    expect(verifyWebhook(secret, "msg_1", 1, "{}", sig)).toBe(true);
    expect(verifyWebhook(secret, "msg_1", 1, '{"a":1}', sig)).toBe(false);
  });
});
