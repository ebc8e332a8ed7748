import type { Redis } from "ioredis";
import { CheckpointTokenSchema } from "./checkpoint.js";
import type { NemoToken, TokenStore } from "./token.js";

/**
 * The anonymous token shared by every worker with the same client id: NEMO.md allows one token per
 * client id per 7 days, so a restarted or second worker must reuse it rather than ask again.
 */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(clientId: string) {
    return `${this.prefix}:nemo:token:${clientId}`;
  }

  async load(clientId: string): Promise<NemoToken | null> {
    const raw = await this.redis.get(this.key(clientId));
    if (!raw) return null;
    const parsed = CheckpointTokenSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  }

  async save(clientId: string, token: NemoToken): Promise<void> {
    const ttl = token.expiresAt ? token.expiresAt - Date.now() : 7 * 24 * 3600_000;
    if (ttl <= 0) return;
    await this.redis.set(this.key(clientId), JSON.stringify(token), "PX", Math.round(ttl));
  }
}
