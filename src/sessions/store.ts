import type { Redis } from "ioredis";
import { AppError } from "../shared/errors.js";
import { SessionSchema, type Session } from "./record.js";

/**
 * Sessions in Redis: one JSON document per session, an activity index for expiry, and a short lock
 * so a session's turns happen one at a time (a turn reads and rewrites the whole document).
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** A session untouched this long is gone. */
    readonly idleMs: number,
  ) {}

  private key(id: string) {
    return `${this.prefix}:session:${id}`;
  }
  private lockKey(id: string) {
    return `${this.prefix}:session:${id}:lock`;
  }
  private get activityKey() {
    return `${this.prefix}:sessions:activity`;
  }

  async save(s: Session): Promise<void> {
    const doc = JSON.stringify(SessionSchema.parse(s));
    // The key's own TTL is a safety net; the sweep removes files and records on time.
    const ttl = this.idleMs + 3600_000;
    await this.redis.multi().set(this.key(s.id), doc, "PX", ttl).zadd(this.activityKey, Date.parse(s.lastActiveAt), s.id).exec();
  }

  /** The session if it exists, belongs to `tenant` and has not been idle too long. */
  async get(tenant: string, id: string, now = Date.now()): Promise<Session | null> {
    const raw = await this.redis.get(this.key(id));
    if (!raw) return null;
    const s = SessionSchema.parse(JSON.parse(raw));
    if (s.tenant !== tenant) return null;
    if (now - Date.parse(s.lastActiveAt) > this.idleMs) return null;
    return s;
  }

  async remove(id: string): Promise<void> {
    await this.redis.multi().del(this.key(id), this.lockKey(id)).zrem(this.activityKey, id).exec();
  }

  /** Ids idle for longer than the idle time, oldest first. */
  async idle(now = Date.now(), limit = 500): Promise<string[]> {
    return this.redis.zrangebyscore(this.activityKey, "-inf", now - this.idleMs, "LIMIT", 0, limit);
  }

  /** Runs `fn` holding the session's lock; a concurrent turn gets 409 instead of a lost update. */
  async withLock<T>(id: string, fn: () => Promise<T>, holdMs = 120_000): Promise<T> {
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    const deadline = Date.now() + 5000;
    while ((await this.redis.set(this.lockKey(id), token, "PX", holdMs, "NX")) !== "OK") {
      if (Date.now() > deadline) throw new AppError("conflict", "Another message to this session is still being handled; send this one when it has answered.");
      await new Promise((r) => setTimeout(r, 50));
    }
    try {
      return await fn();
    } finally {
      await this.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", 1, this.lockKey(id), token);
    }
  }
}
