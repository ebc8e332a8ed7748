import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { AppError } from "../shared/errors.js";

export type Claim =
  | { kind: "new"; commit(jobId: string): Promise<void>; release(): Promise<void> }
  | { kind: "replay"; jobId: string };

interface Entry {
  state: "pending" | "done";
  fingerprint: string;
  jobId?: string;
}

/** A stable hash of a JSON value: key order does not change it. */
export function fingerprint(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash("sha256")
    .update(JSON.stringify(canonical(value)))
    .digest("hex");
}

/**
 * `Idempotency-Key` for job creation, per tenant, for 24 h. The first request claims the key with
 * SET NX; concurrent requests with the same key and body wait for it and get the same job; the same
 * key with a different body is refused. A failed creation releases the key so a retry can succeed.
 */
export class Idempotency {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 24 * 3600_000,
    private readonly waitMs = 60_000,
  ) {}

  static validKey(key: string): boolean {
    return key.length >= 1 && key.length <= 255 && /^[\x21-\x7e]+$/.test(key);
  }

  private redisKey(tenant: string, key: string) {
    return `${this.prefix}:idem:${tenant}:${createHash("sha256").update(key).digest("hex")}`;
  }

  async claim(tenant: string, key: string, fp: string): Promise<Claim> {
    const rkey = this.redisKey(tenant, key);
    const pending = JSON.stringify({ state: "pending", fingerprint: fp } satisfies Entry);
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      if ((await this.redis.set(rkey, pending, "PX", this.ttlMs, "NX")) === "OK") {
        return {
          kind: "new",
          commit: async (jobId) => {
            await this.redis.set(
              rkey,
              JSON.stringify({ state: "done", fingerprint: fp, jobId } satisfies Entry),
              "PX",
              this.ttlMs,
            );
          },
          release: async () => {
            // Only our own pending claim: never delete a finished one.
            await this.redis.eval(
              "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
              1,
              rkey,
              pending,
            );
          },
        };
      }
      const raw = await this.redis.get(rkey);
      if (raw) {
        const entry = JSON.parse(raw) as Entry;
        if (entry.fingerprint !== fp) {
          throw new AppError(
            "idempotency_mismatch",
            "This Idempotency-Key was already used with a different request; use a new key for a new job.",
          );
        }
        if (entry.state === "done" && entry.jobId) return { kind: "replay", jobId: entry.jobId };
      }
      if (Date.now() > deadline)
        throw new AppError("conflict", "A request with this Idempotency-Key is still being processed; retry shortly.");
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
