import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiDeps } from "./deps.js";
import type { JobRecord } from "../jobs/record.js";
import { FINAL_STATUSES } from "../jobs/record.js";
import { toJobView } from "../jobs/view.js";
import { STREAM_ID, streamIdAfter, type HubEvent } from "./job-events-hub.js";

export const KEEP_ALIVE_MS = 15_000;

/**
 * `GET /v1/jobs/:id/events`: the job's current state first, then `step`, `progress` and one final
 * event (`completed`, `failed` or `canceled`, carrying the job), then the stream ends. Event ids are
 * the queue event stream's ids, so `Last-Event-ID` resumes exactly after the last event seen.
 */
export async function streamJobEvents(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: ApiDeps,
  rec: JobRecord,
): Promise<void> {
  const { ctx, events } = deps;
  const lastEventIdHeader = req.headers["last-event-id"];
  const resumeFrom =
    typeof lastEventIdHeader === "string" && STREAM_ID.test(lastEventIdHeader) ? lastEventIdHeader : null;

  // Subscribe before reading state, so nothing that happens in between is missed.
  const buffered: HubEvent[] = [];
  let live: ((e: HubEvent) => void) | null = null;
  const unsubscribe = events.subscribe(rec.id, (e) => (live ? live(e) : buffered.push(e)));

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });

  let ended = false;
  let lastSentId = "0-0";
  let lastStep: string | null = null;
  const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(keepAlive);
    unsubscribe();
    deps.openStreams.delete(end);
    res.end();
  };
  deps.openStreams.add(end);
  req.raw.on("close", end);

  const write = (id: string, event: string, data: unknown) => {
    if (ended) return;
    res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    lastSentId = id;
  };
  const sendFinal = async (id: string) => {
    const now = await ctx.store.get(rec.id);
    if (now && FINAL_STATUSES.has(now.status)) write(id, now.status, toJobView(now, ctx.baseUrl));
    end();
  };
  const send = async (e: HubEvent) => {
    if (ended || !streamIdAfter(e.id, lastSentId)) return;
    if (e.kind === "final") return sendFinal(e.id);
    if (e.step !== lastStep) {
      lastStep = e.step;
      write(e.id, "step", { step: e.step });
    }
    write(e.id, "progress", { progress: e.progress, step: e.step });
  };

  try {
    if (resumeFrom) {
      lastSentId = resumeFrom;
      for (const e of await events.since(rec.id, resumeFrom)) await send(e);
    } else {
      const anchor = await events.lastId();
      const now = (await ctx.store.get(rec.id)) ?? rec;
      if (FINAL_STATUSES.has(now.status)) {
        write(anchor, now.status, toJobView(now, ctx.baseUrl));
        return end();
      }
      lastStep = now.step;
      write(anchor, "step", { step: now.step, status: now.status });
      write(anchor, "progress", { progress: now.progress, step: now.step });
    }
    // Then whatever arrived meanwhile, then live events in order.
    let chain = Promise.resolve();
    for (const e of buffered.splice(0)) chain = chain.then(() => send(e));
    live = (e) => {
      chain = chain.then(() => send(e)).catch(() => end());
    };
    await chain;
    // A job that ended before we subscribed has no final event left to wait for.
    const latest = await ctx.store.get(rec.id);
    if (!ended && latest && FINAL_STATUSES.has(latest.status)) {
      live = null;
      await chain;
      if (!ended) await sendFinal(await events.lastId());
    }
  } catch (err) {
    req.log.warn({ err: String(err), jobId: rec.id }, "event stream failed");
    end();
  }
}
