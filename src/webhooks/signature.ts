import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Standard Webhooks signing (PRODUCT.md §5): `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with
 * the base64 key that follows `whsec_`.
 */
export function signWebhook(secret: string, id: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const mac = createHmac("sha256", key).update(`${id}.${timestampSec}.${body}`).digest("base64");
  return `v1,${mac}`;
}

export function verifyWebhook(secret: string, id: string, timestampSec: number, body: string, header: string): boolean {
  const want = Buffer.from(signWebhook(secret, id, timestampSec, body));
  return header.split(" ").some((sig) => {
    const got = Buffer.from(sig);
    return got.length === want.length && timingSafeEqual(got, want);
  });
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function webhookHeaders(secret: string, id: string, timestampSec: number, body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(timestampSec),
    "webhook-signature": signWebhook(secret, id, timestampSec, body),
    "user-agent": "promptcut-webhooks/1",
  };
}
