import type { ServerResponse } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { timelineToDraft } from "../nemo/draft.js";
import { failCode, sessionFor, userOf, type SimContext } from "./context.js";
import { spend } from "./faults.js";
import { describePlan, planFor } from "./plan.js";
import { draftFingerprint } from "../nemo/draft.js";
import type { SimSession } from "./state.js";
import { TurnWriter } from "./stream.js";
import { timelineForPlan } from "./timeline.js";

const RunSseBody = z.object({
  app_name: z.literal("nemo_agent"),
  user_id: z.string(),
  session_id: z.string(),
  new_message: z.object({ parts: z.array(z.object({ text: z.string() })).min(1) }),
});

/** NEMO.md: a turn runs up to 15 minutes; a heartbeats-only turn ends there at the latest. */
const TURN_CAP_MS = 15 * 60_000;

/**
 * POST /run_sse: one agent turn. Refusals (bad session, no credits) answer a JSON envelope and
 * charge nothing; an accepted turn counts a message, freezes the turn's cost while the stream runs,
 * edits the draft (plan → Timeline → draft) and streams events in the chosen dialect. Faults:
 * heartbeats only, a dropped connection (the edit may still land later), an `{"error"}` event, and
 * ~30% of turns closing without text.
 */
export async function handleTurn(ctx: SimContext, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const parsed = RunSseBody.safeParse(req.body);
  if (!parsed.success) {
    await failCode(reply, 400, `malformed run_sse body: ${parsed.error.issues[0]?.message ?? "invalid"}`, 400);
    return;
  }
  const { state } = ctx;
  const faults = state.faults;
  const session = sessionFor(ctx, req, parsed.data.session_id, "run_sse");
  if (!session) {
    await failCode(reply, 1002, "session not found");
    return;
  }
  const wallet = state.wallet(userOf(ctx, req));
  const cost = faults.turnCost;
  if (faults.creditsExhausted || wallet.available < cost) {
    await failCode(reply, 2001, "insufficient credits");
    return;
  }

  state.countMessage(session.id);
  wallet.available -= cost;
  wallet.frozen += cost;
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    wallet.frozen -= cost; // spent: NEMO.md keeps it in `frozen` only while the stream runs
  };

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "x-accel-buffering": "no",
  });
  res.flushHeaders();
  ctx.streams.add(res);
  let closed = false;
  res.on("close", () => {
    closed = true;
    ctx.streams.delete(res);
    settle();
  });
  const w = new TurnWriter(faults.dialect);
  const write = (s: string) => {
    if (!closed) res.write(s);
  };
  const end = () => {
    if (!closed) res.end();
  };
  /** Waits `ms`, sending keep-alives meanwhile; stops early if the client left. */
  const pace = async (ms: number) => {
    const until = Date.now() + ms;
    while (!closed && Date.now() < until) {
      await delay(Math.min(faults.heartbeatMs, until - Date.now()));
      write(w.keepAlive());
    }
  };

  try {
    await streamTurn(ctx, session, parsed.data.new_message.parts.map((p) => p.text).join("\n"), {
      write,
      end,
      pace,
      w,
      res,
    });
  } catch (err) {
    // The headers are gone: say it in the stream, as the upstream does, and end it.
    ctx.log.error({ err }, "sim: turn failed");
    write(w.event({ kind: "error", message: err instanceof Error ? err.message : String(err) }));
    end();
  }
}

interface TurnIo {
  write: (s: string) => void;
  end: () => void;
  pace: (ms: number) => Promise<void>;
  w: TurnWriter;
  res: ServerResponse;
}

async function streamTurn(
  ctx: SimContext,
  session: SimSession,
  text: string,
  { write, end, pace, w, res }: TurnIo,
): Promise<void> {
  const faults = ctx.state.faults;
  const state = ctx.state;
  const apply = () => applyEdit(ctx, session, text);
  const upload = session.uploads[0];

  const hbOnly = spend(faults, "heartbeatsOnly");
  if (hbOnly) {
    if (hbOnly.apply) apply();
    await pace(TURN_CAP_MS);
    end();
    return;
  }
  await pace(faults.turnMs);
  if (!upload) {
    write(w.event({ kind: "text", text: "Please upload a video first: drag and drop it into the media panel." }));
    end();
    return;
  }
  write(w.event({ kind: "tool_call", name: "edit_draft", args: { instruction: text } }));

  const drop = spend(faults, "dropStream");
  if (drop) {
    if (drop.applyAfterMs !== null) {
      const timer = setTimeout(() => {
        ctx.timers.delete(timer);
        apply();
      }, drop.applyAfterMs);
      ctx.timers.add(timer);
    }
    // Destroy once the tool call is on the wire: the chunked body never ends, so the client sees a drop.
    res.write(": dropping\n\n", () => res.socket?.destroy());
    return;
  }
  const err = spend(faults, "streamError");
  if (err) {
    write(w.event({ kind: "error", message: err.message }));
    end();
    return;
  }

  const plan = apply();
  write(
    w.event({ kind: "tool_result", name: "edit_draft", result: { ok: true, tracks: session.draft?.t.length ?? 0 } }),
  );
  await pace(Math.min(50, faults.turnMs));
  if (state.random() >= faults.noTextRate && plan) {
    write(
      w.event({
        kind: "text",
        text: `Done! I ${describePlan(plan)}. Click Export when you're happy with it, or preview it in the timeline.`,
      }),
    );
    if (faults.trailingTemporaryIssue)
      write(w.event({ kind: "text", text: "I encountered a temporary issue while saving the project." }));
  }
  end();
}

/** The agent's edit: the message's plan applied to the session's clip, stored as its draft. */
function applyEdit(ctx: SimContext, session: SimSession, text: string) {
  const upload = session.uploads[0];
  if (!upload || !ctx.state.sessions.has(session.id)) return null;
  // The agent edits relative to where the session is ("actually 8 seconds" keeps the title).
  const plan = planFor(text, session.plan, {
    sourceName: upload.filename,
    sourceDurationMs: upload.info.durationMs ?? undefined,
  });
  session.plan = plan;
  session.draft = timelineToDraft(
    timelineForPlan(plan, { name: upload.filename, info: upload.info, analysis: upload.analysis }),
    { title: session.taskName, base: session.draft },
  );
  session.plansByDraft.set(draftFingerprint(session.draft), plan);
  return plan;
}
