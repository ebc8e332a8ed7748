import type { Redis } from "ioredis";
import { AppError } from "../shared/errors.js";
import { SessionSchema, type Session } from "./record.js";

const RENEW =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
/** Writes the session only while the writer still holds its lock (a fencing check). */
const SAVE_FENCED = `
if ARGV[1] ~= '' and redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[5])
return 1`;

/**
 * Sessions in Redis: one JSON document per session, an activity index for expiry, and a lock so a
 * session's turns happen one at a time (a turn reads and rewrites the whole document). The lock is
 * renewed while a turn runs, however long, and a save checks it is still held, so a slow turn can
 * neither be overtaken nor overwrite a newer one.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** A session untouched this long is gone. */
    readonly idleMs: number,
    /** How long a turn's lock lives without a heartbeat; the holder renews it every third of this. */
    private readonly lockMs = 30_000,
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

  /** Saves; with `lockToken`, only while that lock is still held (else 409). */
  async save(s: Session, lockToken = ""): Promise<void> {
    const doc = JSON.stringify(SessionSchema.parse(s));
    // The key's own TTL is a safety net; the sweep removes files and records on time.
    const ttl = this.idleMs + 3600_000;
    const ok = await this.redis.eval(
      SAVE_FENCED,
      3,
      this.key(s.id),
      this.lockKey(s.id),
      this.activityKey,
      lockToken,
      doc,
      ttl,
      Date.parse(s.lastActiveAt),
      s.id,
    );
    if (ok !== 1) throw new AppError("conflict", "The session changed while this message was handled; send it again.");
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

  private async acquire(id: string): Promise<string | null> {
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    return (await this.redis.set(this.lockKey(id), token, "PX", this.lockMs, "NX")) === "OK" ? token : null;
  }

  /**
   * Runs `fn` holding the session's lock, renewed until `fn` ends; a concurrent turn waits a moment,
   * then gets 409. `fn` receives the lock token to save with.
   */
  async withLock<T>(id: string, fn: (lockToken: string) => Promise<T>, waitMs = 5000): Promise<T> {
    const deadline = Date.now() + waitMs;
    let token = await this.acquire(id);
    while (!token) {
      if (Date.now() > deadline)
        throw new AppError(
          "conflict",
          "Another message to this session is still being handled; send this one when it has answered.",
        );
      await new Promise((r) => setTimeout(r, 50));
      token = await this.acquire(id);
    }
    const held = token;
    const heartbeat = setInterval(
      () => void this.redis.eval(RENEW, 1, this.lockKey(id), held, this.lockMs).catch(() => {}),
      this.lockMs / 3,
    );
    try {
      return await fn(held);
    } finally {
      clearInterval(heartbeat);
      await this.redis.eval(RELEASE, 1, this.lockKey(id), held);
    }
  }

  /** `withLock` without waiting: null when someone holds the lock (the expiry sweep skips busy sessions). */
  async tryWithLock<T>(id: string, fn: (lockToken: string) => Promise<T>): Promise<T | null> {
    try {
      return await this.withLock(id, fn, 0);
    } catch (err) {
      if (err instanceof AppError && err.code === "conflict") return null;
      throw err;
    }
  }
}
