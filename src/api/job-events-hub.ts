import { EventEmitter } from "node:events";
import { QueueEvents, type QueueEventsListener } from "bullmq";
import type { Redis } from "ioredis";
import { FINAL_EVENT, QUEUE_NAMES } from "../jobs/queues.js";
import type { JobStatus } from "../jobs/record.js";

/** One event of one job, as read from the edit queue's event stream. */
export type HubEvent =
  | { id: string; kind: "progress"; progress: number; step: string }
  | { id: string; kind: "final"; status: Extract<JobStatus, "completed" | "failed" | "canceled"> };

interface FinalListener extends QueueEventsListener {
  [FINAL_EVENT]: (args: { jobId: string; status: string }, id: string) => void;
}

/** Compares Redis stream ids ("ms-seq"). */
export function streamIdAfter(a: string, b: string): boolean {
  const [am = 0, as = 0] = a.split("-").map(Number);
  const [bm = 0, bs = 0] = b.split("-").map(Number);
  return am > bm || (am === bm && as > bs);
}

export const STREAM_ID = /^\d{1,16}-\d{1,10}$/;

function decode(fields: Record<string, unknown>, id: string): { jobId: string; event: HubEvent } | null {
  if (!fields.jobId) return null;
  if (fields.event === "progress") {
    // Live events arrive parsed by QueueEvents; replayed ones are the stream's raw JSON.
    const data = (typeof fields.data === "string" ? JSON.parse(fields.data) : fields.data) as
      | { progress?: unknown; step?: unknown }
      | undefined;
    if (typeof data?.progress !== "number") return null;
    return {
      jobId: String(fields.jobId),
      event: { id, kind: "progress", progress: data.progress, step: String(data.step ?? "") },
    };
  }
  if (fields.event === FINAL_EVENT && ["completed", "failed", "canceled"].includes(String(fields.status))) {
    return { jobId: String(fields.jobId), event: { id, kind: "final", status: fields.status as "completed" } };
  }
  return null;
}

/**
 * Fans the edit queue's event stream (BullMQ QueueEvents: progress from whichever worker runs a
 * job, final events from worker or API) out to the SSE connections of this API process, with one
 * blocking Redis connection for all of them. Past events are read from the same stream by id, which
 * is what makes `Last-Event-ID` resumable.
 */
export class JobEventsHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly events: QueueEvents;

  constructor(
    blockingConnection: Redis,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.events = new QueueEvents(QUEUE_NAMES.edit, { connection: blockingConnection, prefix });
    this.events.on("progress", ({ jobId, data }, id) =>
      this.publish({ event: "progress", jobId, data: data as never }, id),
    );
    this.events.on<FinalListener>(FINAL_EVENT, ({ jobId, status }: { jobId: string; status: string }, id: string) =>
      this.publish({ event: FINAL_EVENT, jobId, status }, id),
    );
  }

  private publish(fields: Record<string, unknown>, id: string) {
    const decoded = decode(fields, id);
    if (decoded) this.emitter.emit(decoded.jobId, decoded.event);
  }

  async ready(): Promise<void> {
    await this.events.waitUntilReady();
  }

  subscribe(jobId: string, fn: (e: HubEvent) => void): () => void {
    this.emitter.on(jobId, fn);
    return () => this.emitter.off(jobId, fn);
  }

  private get streamKey() {
    return `${this.prefix}:${QUEUE_NAMES.edit}:events`;
  }

  /** The newest id in the stream, "0-0" when empty: a marker for "everything up to now". */
  async lastId(): Promise<string> {
    const last = (await this.redis.xrevrange(this.streamKey, "+", "-", "COUNT", 1)) as Array<[string, string[]]>;
    return last[0]?.[0] ?? "0-0";
  }

  /** A job's events after `afterId`, oldest first. */
  async since(jobId: string, afterId: string): Promise<HubEvent[]> {
    const out: HubEvent[] = [];
    let start = `(${afterId}`;
    for (;;) {
      const page = (await this.redis.xrange(this.streamKey, start, "+", "COUNT", 500)) as Array<[string, string[]]>;
      for (const [id, flat] of page) {
        const fields: Record<string, string> = {};
        for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]!] = flat[i + 1]!;
        const decoded = decode(fields, id);
        if (decoded?.jobId === jobId) out.push(decoded.event);
      }
      if (page.length < 500) return out;
      start = `(${page[page.length - 1]![0]}`;
    }
  }

  async close(): Promise<void> {
    await this.events.close();
  }
}
