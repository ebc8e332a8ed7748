import type { Redis } from "ioredis";
import { WebhookDeliverySchema, type WebhookDelivery } from "../webhooks/schema.js";
import { JobRecordSchema, type JobRecord, type JobStatus } from "./record.js";

/**
 * Job records in Redis: one hash per job (each field JSON-encoded so single fields can be updated
 * atomically) plus a per-tenant index sorted by id, which is time-ordered, for newest-first paging.
 * Status changes go through one Lua script that checks the current status first, so a cancel and
 * a completing worker can race without a canceled job coming back to life.
 */

const PATCH_IF = `
local cur = redis.call('HGET', KEYS[1], 'status')
if not cur then return {0, ''} end
cur = cjson.decode(cur)
local allowed = cjson.decode(ARGV[1])
local ok = #allowed == 0
for _, s in ipairs(allowed) do if s == cur then ok = true end end
if not ok then return {0, cur} end
for i = 2, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
return {1, cur}
`;

type Patch = Partial<Omit<JobRecord, "id" | "tenant" | "deliveries">>;

export interface PatchResult {
  applied: boolean;
  /** Status before the patch ('' when the job does not exist). */
  previous: JobStatus | "";
}

export class JobStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** How long a finished job's record is kept. */
    private readonly retentionMs = 7 * 24 * 3600_000,
  ) {}

  private key(id: string) {
    return `${this.prefix}:job:${id}`;
  }
  private deliveriesKey(id: string) {
    return `${this.prefix}:job:${id}:deliveries`;
  }
  private tenantKey(tenant: string) {
    return `${this.prefix}:tenant:${tenant}:jobs`;
  }

  async create(rec: JobRecord): Promise<void> {
    const { deliveries: _d, ...fields } = JobRecordSchema.parse(rec);
    const flat: string[] = [];
    for (const [k, v] of Object.entries(fields)) flat.push(k, JSON.stringify(v));
    await this.redis
      .multi()
      .hset(this.key(rec.id), ...flat)
      .zadd(this.tenantKey(rec.tenant), 0, rec.id)
      .exec();
  }

  async get(id: string): Promise<JobRecord | null> {
    const [hash, deliveries] = await Promise.all([
      this.redis.hgetall(this.key(id)),
      this.redis.lrange(this.deliveriesKey(id), 0, -1),
    ]);
    return this.decode(hash, deliveries);
  }

  /** Whether the record is still there (cheaper than reading it). */
  async exists(id: string): Promise<boolean> {
    return (await this.redis.exists(this.key(id))) === 1;
  }

  /** A job as its tenant sees it: another tenant's job is indistinguishable from none. */
  async getForTenant(tenant: string, id: string): Promise<JobRecord | null> {
    const rec = await this.get(id);
    return rec && rec.tenant === tenant ? rec : null;
  }

  private decode(hash: Record<string, string>, deliveries: string[]): JobRecord | null {
    if (!hash.id) return null;
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(hash)) obj[k] = JSON.parse(v);
    obj.deliveries = deliveries.map((d) => WebhookDeliverySchema.parse(JSON.parse(d)));
    return JobRecordSchema.parse(obj);
  }

  /** Newest first. `cursor` is the last id of the previous page. */
  async list(
    tenant: string,
    opts: { limit: number; cursor?: string | undefined; status?: JobStatus | undefined },
  ): Promise<{ jobs: JobRecord[]; nextCursor: string | null }> {
    const jobs: JobRecord[] = [];
    let max = opts.cursor ? `(${opts.cursor}` : "+";
    // Fetch in pages because a status filter or expired records can thin a page out.
    for (let rounds = 0; jobs.length < opts.limit && rounds < 20; rounds++) {
      const ids = await this.redis.zrevrangebylex(
        this.tenantKey(tenant),
        max,
        "-",
        "LIMIT",
        0,
        Math.max(opts.limit * 2, 20),
      );
      if (ids.length === 0) return { jobs, nextCursor: null };
      const pipe = this.redis.pipeline();
      for (const id of ids) pipe.hgetall(this.key(id)).lrange(this.deliveriesKey(id), 0, -1);
      const res = (await pipe.exec()) ?? [];
      const stale: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        const rec = this.decode(
          (res[2 * i]?.[1] ?? {}) as Record<string, string>,
          (res[2 * i + 1]?.[1] ?? []) as string[],
        );
        if (!rec) {
          stale.push(ids[i]!);
          continue;
        }
        if (opts.status && rec.status !== opts.status) continue;
        jobs.push(rec);
        if (jobs.length === opts.limit) {
          const more =
            i < ids.length - 1 ||
            (await this.redis.zrevrangebylex(this.tenantKey(tenant), `(${rec.id}`, "-", "LIMIT", 0, 1)).length > 0;
          if (stale.length) await this.redis.zrem(this.tenantKey(tenant), ...stale);
          return { jobs, nextCursor: more ? rec.id : null };
        }
      }
      if (stale.length) await this.redis.zrem(this.tenantKey(tenant), ...stale);
      max = `(${ids[ids.length - 1]}`;
    }
    return { jobs, nextCursor: null };
  }

  /**
   * Applies `patch` only while the job's status is one of `whenStatus` (empty = any). Finished jobs
   * get an expiry so records do not pile up forever.
   */
  async patch(id: string, whenStatus: readonly JobStatus[], patch: Patch): Promise<PatchResult> {
    const args: string[] = [JSON.stringify(whenStatus)];
    const full: Patch = { ...patch, updatedAt: patch.updatedAt ?? new Date().toISOString() };
    for (const [k, v] of Object.entries(full)) if (v !== undefined) args.push(k, JSON.stringify(v));
    const [applied, previous] = (await this.redis.eval(PATCH_IF, 1, this.key(id), ...args)) as [number, string];
    if (applied && patch.status && ["completed", "failed", "canceled"].includes(patch.status)) {
      await this.redis
        .multi()
        .pexpire(this.key(id), this.retentionMs)
        .pexpire(this.deliveriesKey(id), this.retentionMs)
        .exec();
    }
    return { applied: applied === 1, previous: previous as JobStatus | "" };
  }

  async addDelivery(id: string, d: WebhookDelivery): Promise<void> {
    await this.redis.rpush(this.deliveriesKey(id), JSON.stringify(WebhookDeliverySchema.parse(d)));
  }

  /** Removes a job entirely (used when creation fails half-way). */
  async remove(rec: Pick<JobRecord, "id" | "tenant">): Promise<void> {
    await this.redis
      .multi()
      .del(this.key(rec.id), this.deliveriesKey(rec.id))
      .zrem(this.tenantKey(rec.tenant), rec.id)
      .exec();
  }
}
