import fsp from "node:fs/promises";
import type { Readable } from "node:stream";
import type { Queue } from "bullmq";
import type { Context } from "../context.js";
import { AppError, NotFoundError, UnsupportedMediaError } from "../shared/errors.js";
import { isId, newId } from "../shared/ids.js";
import { probeMedia } from "../media/probe.js";
import { newJobRecord, submitJob } from "../jobs/submit.js";
import type { EditJobData } from "../jobs/queues.js";
import { filenameFromUrl } from "../media/names.js";
import { checkWebhookUrl } from "../shared/ssrf.js";
import { downloadSource } from "../media/download.js";
import { MAX_INSTRUCTION_CHARS } from "../plan/interpret/index.js";
import { previewPlan } from "../plan/preview.js";
import { defaultPlan, EditPlanSchema } from "../plan/schema.js";
import type { Engine } from "../jobs/record.js";
import { analyseForAnyPlan, planEdit, type SpeechActivity } from "../engine/index.js";
import { SessionSchema, type Session, type SessionSource, type Turn, type TurnJob } from "./record.js";
import type { SessionStore } from "./store.js";
import { decideTurn, planOf, type InterpretFollowUp } from "./turn.js";
import type { NemoClient } from "../nemo/client.js";
import { exportCheckpoint, nemoSummary, NemoSessionStateSchema, runNemoTurn } from "./nemo-turn.js";

/** The generic wrapping of an unsupported_media message, cut when the file's name leads it. */
const UNSUPPORTED_WRAPPING = /^The file is not a media file we can read \(|\)\. Send.*$/g;

export interface SessionsDeps {
  ctx: Context;
  store: SessionStore;
  editQueue: Queue<EditJobData>;
  interpret: InterpretFollowUp;
  /** The NemoVideo client, for sessions on the nemo engine (created on first use). */
  nemo?: (() => NemoClient) | undefined;
}

/**
 * Sessions: edit in turns over one or more sources. Every turn is decided by pure code
 * (decideTurn) from the interpreter's reading of the message; this class does the I/O around it:
 * files, the speech map measured once per source, preview and export jobs, and saving.
 */
export class Sessions {
  constructor(private readonly deps: SessionsDeps) {}

  private get ctx() {
    return this.deps.ctx;
  }

  /** A new session; `webhookSecret` is the tenant's signing secret when this call created it. */
  async create(
    tenant: string,
    input: { engine: Engine; webhook: { url: string } | null; metadata: Record<string, unknown> | null },
  ): Promise<{ session: Session; webhookSecret: string | null }> {
    if (input.webhook) checkWebhookUrl(input.webhook.url, this.ctx.urlPolicy);
    const secret = input.webhook ? await this.ctx.secrets.ensure(tenant) : null;
    const now = new Date().toISOString();
    const session: Session = SessionSchema.parse({
      id: newId("ses"),
      tenant,
      engine: input.engine,
      sources: [],
      plans: { base: defaultPlan(), bySource: {} },
      undo: [],
      redo: [],
      turns: [],
      webhook: input.webhook,
      metadata: input.metadata,
      createdAt: now,
      updatedAt: now,
      lastActiveAt: now,
    });
    await this.deps.store.save(session);
    return { session, webhookSecret: secret?.created ? secret.secret : null };
  }

  async get(tenant: string, id: string): Promise<Session> {
    const s = isId(id, "ses") ? await this.deps.store.get(tenant, id) : null;
    if (!s) throw new NotFoundError("session");
    return s;
  }

  /**
   * Adds sources. `files` yields each upload as a stream (multipart parts as they arrive); each is
   * cut at the upload limit and judged by probing. A bad file fails the request and removes every
   * file this request wrote; earlier sources stay.
   */
  async addSources(
    tenant: string,
    id: string,
    files: AsyncIterable<{ name: string; stream: Readable }>,
    urls: string[] = [],
  ): Promise<{ session: Session; added: SessionSource[] }> {
    return this.deps.store.withLock(id, async (lock) => {
      const session = await this.get(tenant, id);
      const maxBytes = Math.round(this.ctx.cfg.MAX_UPLOAD_MB * 1024 * 1024);
      const written: string[] = [];
      const added: SessionSource[] = [];
      try {
        const next = () => `src_${session.sources.length + added.length + 1}`;
        const take = async (name: string, write: (dest: string) => Promise<void>) => {
          const sourceId = next();
          const dest = this.ctx.storage.sessionSourcePath(id, sourceId);
          written.push(dest);
          await write(dest);
          const size = (await fsp.stat(dest)).size;
          const info = await probeMedia(dest, size, { ffprobePath: this.ctx.cfg.FFPROBE_PATH }).catch(
            (err: unknown) => {
              throw err instanceof AppError && err.code === "unsupported_media"
                ? new UnsupportedMediaError(`"${name}": ${err.message.replace(UNSUPPORTED_WRAPPING, "")}`)
                : err;
            },
          );
          const analysis = await analyseForAnyPlan({
            source: { path: dest, info },
            ffmpegPath: this.ctx.cfg.FFMPEG_PATH,
            timeoutMs: this.ctx.cfg.RENDER_TIMEOUT_MS,
          });
          added.push({ id: sourceId, name, info, speech: analysis.speech, addedAt: new Date().toISOString() });
        };
        for await (const f of files) {
          await take(f.name, async (dest) => {
            await this.ctx.storage.writeStream(f.stream, dest, maxBytes);
          });
        }
        for (const url of urls) {
          await take(filenameFromUrl(url), async (dest) => {
            await downloadSource(this.ctx, url, dest);
          });
        }
        if (added.length === 0)
          throw new AppError(
            "invalid_request",
            'Send one or more files as multipart "file" parts, or JSON {"urls": [...]}.',
          );
      } catch (err) {
        await Promise.all(written.map((p) => fsp.rm(p, { force: true })));
        throw err;
      }
      const now = new Date().toISOString();
      const updated: Session = {
        ...session,
        sources: [...session.sources, ...added],
        updatedAt: now,
        lastActiveAt: now,
      };
      await this.deps.store.save(updated, lock);
      return { session: updated, added };
    });
  }

  /** One message: interpreted relative to the session, answered, rendered when it changed something. */
  async message(
    tenant: string,
    id: string,
    text: string,
    sourceId?: string,
  ): Promise<{ session: Session; turn: Turn }> {
    if (text.trim() === "") throw new AppError("invalid_instruction", "The message is empty; say what to change.");
    if (text.length > MAX_INSTRUCTION_CHARS)
      throw new AppError(
        "invalid_instruction",
        `The message has ${text.length} characters; the limit is ${MAX_INSTRUCTION_CHARS}.`,
      );
    return this.deps.store.withLock(id, async (lock) => {
      const session = await this.get(tenant, id);
      if (sourceId !== undefined && !session.sources.some((s) => s.id === sourceId)) {
        throw new AppError("invalid_request", `This session has no source "${sourceId}".`, {
          issues: [{ path: "sourceId", message: "unknown source" }],
        });
      }
      const decision = decideTurn(session, text, this.deps.interpret, sourceId);
      const n = session.turns.length + 1;
      let after: Session = { ...session, plans: decision.plans, undo: decision.undo, redo: decision.redo };
      let agentSaid = "";
      if (session.engine === "nemo" && decision.kind === "edit" && session.sources.length > 0) {
        // The upstream agent makes the edit; its draft is what this state renders and what undo restores.
        const r = await runNemoTurn(
          {
            client: this.nemo(),
            cfg: this.ctx.cfg,
            storage: this.ctx.storage,
            log: this.ctx.log.child({ sessionId: id }),
          },
          session,
          text,
        );
        after = { ...after, plans: { ...after.plans, draft: r.draft }, nemo: r.state };
        agentSaid = r.text;
        // One upstream project holds every clip: it renders as one video.
        if (decision.render)
          decision.render = { ...decision.render, sourceIds: session.sources.slice(0, 1).map((s) => s.id) };
      } else if (session.engine === "nemo" && decision.render) {
        decision.render = after.plans.draft
          ? { ...decision.render, sourceIds: session.sources.slice(0, 1).map((s) => s.id) }
          : null;
      }
      const summaries = await this.summaries(after);
      const jobs: TurnJob[] = [];
      if (decision.render) {
        for (const sid of decision.render.sourceIds) jobs.push(await this.submit(after, sid, decision.render.kind, n));
      }
      let reply = agentSaid ? `${agentSaid.trim()}` : decision.reply;
      if (decision.kind === "credits") reply = await this.creditsReply(session);
      const shown =
        decision.kind === "edit"
          ? (decision.target ?? session.sources.map((s) => s.id))
          : session.sources.map((s) => s.id);
      if (["edit", "undo", "redo", "status"].includes(decision.kind) && shown.length)
        reply = `${reply} ${describeSummaries(after, summaries, shown)}`.trim();
      const turn: Turn = {
        n,
        at: new Date().toISOString(),
        text,
        kind: decision.kind,
        reply,
        target: decision.target,
        changes: decision.changes,
        summaries,
        jobs,
      };
      const now = turn.at;
      const saved: Session = { ...after, turns: [...session.turns, turn], updatedAt: now, lastActiveAt: now };
      await this.deps.store.save(saved, lock);
      return { session: saved, turn };
    });
  }

  private nemo(): NemoClient {
    if (!this.deps.nemo) throw new AppError("not_configured", "The nemo engine is not configured on this server.");
    return this.deps.nemo();
  }

  private async creditsReply(session: Session): Promise<string> {
    if (session.engine === "local") return "Editing with the local engine costs no credits.";
    const c = await this.nemo().credits();
    return (
      `NemoVideo credits: ${c.available} available, ${c.frozen} held for running turns (${c.total} in all). ` +
      "An edit turn costs about 50; exports are free."
    );
  }

  /** Each source's Timeline summary under its current plan. */
  async summaries(session: Session): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    if (session.engine === "nemo") {
      const first = session.sources[0];
      if (first)
        out[first.id] = session.plans.draft
          ? nemoSummary(session, session.plans.draft)
          : "No edit yet: NemoVideo has not made a draft.";
      return out;
    }
    for (const src of session.sources) {
      const planned = await planEdit(planOf(session.plans, src.id), {
        name: src.name,
        info: src.info,
        speech: (src.speech ?? null) as SpeechActivity | null,
      });
      out[src.id] = planned.summary;
    }
    return out;
  }

  private async submit(session: Session, sourceId: string, kind: "preview" | "export", turn: number): Promise<TurnJob> {
    const src = session.sources.find((s) => s.id === sourceId);
    if (!src) throw new AppError("invalid_request", `Unknown source ${sourceId}.`);
    const plan = EditPlanSchema.parse(planOf(session.plans, sourceId));
    const nemo = session.engine === "nemo" && session.nemo ? NemoSessionStateSchema.parse(session.nemo) : null;
    const record = newJobRecord({
      id: newId("job"),
      tenant: session.tenant,
      engine: nemo ? "nemo" : "local",
      instruction: null,
      plan: kind === "preview" ? previewPlan(plan) : plan,
      source: { type: "session", sessionId: session.id, sourceId, filename: src.name, kind: src.info.kind },
      sourceInfo: src.info,
      webhook: kind === "export" ? session.webhook : null,
      metadata: session.metadata,
      origin: { sessionId: session.id, sourceId, kind, turn },
    });
    // A nemo render starts at the export step, from the draft this state holds.
    await submitJob(
      this.ctx.store,
      this.deps.editQueue,
      record,
      nemo ? { nemo: exportCheckpoint(nemo, session.plans.draft) } : {},
    );
    return { jobId: record.id, sourceId, kind };
  }

  async remove(tenant: string, id: string): Promise<void> {
    await this.deps.store.withLock(id, async () => {
      await this.get(tenant, id);
      await this.deps.store.remove(id);
      await this.ctx.storage.removeSession(id);
    });
  }
}

/** "clip.mp4: Timeline (…)" for one source; numbered lines for several. */
function describeSummaries(session: Session, summaries: Record<string, string>, ids: string[]): string {
  if (ids.length === 1) return summaries[ids[0]!] ?? "";
  return ids
    .map((id, i) => `${i + 1}) ${session.sources.find((s) => s.id === id)?.name ?? id}: ${summaries[id] ?? ""}`)
    .join(" ");
}

/** Removes sessions idle for longer than the idle time: files and records. Run by a job scheduler. */
export async function expireSessions(ctx: Context, store: SessionStore, now = Date.now()): Promise<string[]> {
  const expired: string[] = [];
  for (const id of await store.idle(now)) {
    // A session in the middle of a turn is not idle; the next sweep looks again.
    const done = await store.tryWithLock(id, async () => {
      await ctx.storage.removeSession(id);
      await store.remove(id);
      return true;
    });
    if (done) expired.push(id);
  }
  if (expired.length) ctx.log.info({ expired: expired.length }, "expired idle sessions");
  return expired;
}
