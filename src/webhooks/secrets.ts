import type { Redis } from "ioredis";
import { newWebhookSecret } from "./signature.js";

/**
 * Per-tenant signing secrets. A configured WEBHOOK_SECRET applies to every tenant; otherwise the
 * first job that names a webhook creates the tenant's secret and the API returns it that once.
 */
export class WebhookSecrets {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly configured: string | undefined,
  ) {}

  private key(tenant: string) {
    return `${this.prefix}:tenant:${tenant}:whsec`;
  }

  /** The tenant's secret, creating it if needed; `created` tells the caller to show it once. */
  async ensure(tenant: string): Promise<{ secret: string; created: boolean }> {
    if (this.configured) return { secret: this.configured, created: false };
    const fresh = newWebhookSecret();
    const set = await this.redis.set(this.key(tenant), fresh, "NX");
    if (set === "OK") return { secret: fresh, created: true };
    const existing = await this.redis.get(this.key(tenant));
    return { secret: existing ?? fresh, created: false };
  }

  async get(tenant: string): Promise<string | null> {
    if (this.configured) return this.configured;
    return this.redis.get(this.key(tenant));
  }
}
