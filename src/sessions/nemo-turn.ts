import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import type { Logger } from "pino";
import type { Config } from "../shared/config.js";
import type { Storage } from "../media/storage.js";
import { AppError } from "../shared/errors.js";
import {
  CheckpointTokenSchema,
  NemoCheckpointSchema,
  UploadedFileRecordSchema,
  newCheckpoint,
  type NemoCheckpoint,
} from "../nemo/checkpoint.js";
import type { NemoClient } from "../nemo/client.js";
import { draftToTimeline } from "../nemo/draft.js";
import { advance } from "../nemo/lifecycle.js";
import { translateGuiPhrases } from "../nemo/phrases.js";
import type { Timeline } from "../timeline/schema.js";
import { summarizeTimeline } from "../timeline/summary.js";
import type { Session } from "./record.js";

/** The upstream NemoVideo session behind a promptcut session (NEMO.md: one per session). */
export const NemoSessionStateSchema = z.object({
  token: CheckpointTokenSchema.nullable(),
  sessionId: z.string(),
  taskId: z.string().nullable(),
  uploaded: z.array(UploadedFileRecordSchema),
  /** Our source ids already in the upstream session, in upload order. */
  uploadedSources: z.array(z.string()),
});
export type NemoSessionState = z.infer<typeof NemoSessionStateSchema>;

export interface NemoTurnDeps {
  client: NemoClient;
  cfg: Config;
  storage: Storage;
  log: Logger;
}

export interface NemoTurnResult {
  state: NemoSessionState;
  draft: unknown;
  /** What the agent said, GUI phrases translated. */
  text: string;
}

/** A turn cannot wait forever inside a request; NEMO.md caps a turn at 15 minutes. */
const TURN_BUDGET_MS = 16 * 60_000;

/**
 * One message to the session's upstream agent: the lifecycle's own steps (session and first upload
 * when there is no upstream session yet, then baseline → message → confirm), stopped before export,
 * so the "never send a message twice" rules of a nemo job hold for a session turn too.
 */
export async function runNemoTurn(deps: NemoTurnDeps, session: Session, text: string): Promise<NemoTurnResult> {
  const first = session.sources[0];
  if (!first) throw new AppError("invalid_request", "Upload a clip to the session before asking for an edit.");
  const saved = session.nemo ? NemoSessionStateSchema.parse(session.nemo) : null;
  const fileOf = (id: string) => ({
    path: deps.storage.sessionSourcePath(session.id, id),
    name: session.sources.find((s) => s.id === id)?.name,
  });
  let cp: NemoCheckpoint = saved
    ? NemoCheckpointSchema.parse({
        step: "baseline",
        token: saved.token,
        sessionId: saved.sessionId,
        taskId: saved.taskId,
        uploaded: saved.uploaded,
      })
    : newCheckpoint();
  if (saved?.token) deps.client.adoptToken(saved.token);

  const runId = randomUUID();
  const deadline = Date.now() + TURN_BUDGET_MS;
  while (cp.step !== "export") {
    if (Date.now() > deadline)
      throw new AppError(
        "upstream_error",
        "NemoVideo did not finish the turn in time; its state is kept, ask again in a moment.",
      );
    const step = await advance(cp, {
      client: deps.client,
      source: { kind: "file", ...fileOf(first.id) },
      instruction: text,
      // Never written: the turn stops before export.
      outputPath: path.join(os.tmpdir(), `promptcut-unused-${runId}.mp4`),
      runId,
      log: deps.log,
      now: Date.now,
      ffprobePath: deps.cfg.FFPROBE_PATH,
      timings: {
        pollIntervalMs: deps.cfg.NEMO_POLL_INTERVAL_MS,
        confirmDelaysMs: deps.cfg.NEMO_CONFIRM_DELAYS_MS,
        retryDelaysMs: deps.cfg.NEMO_RETRY_DELAYS_MS,
      },
    });
    cp = step.checkpoint;
    if (step.waitMs) await new Promise((r) => setTimeout(r, step.waitMs));
  }
  const sessionId = cp.sessionId;
  if (!sessionId) throw new AppError("internal", "nemo turn ended without a session");

  // A new upstream session (the first turn, or after NemoVideo lost one) holds only the first clip.
  const fresh = !saved || saved.sessionId !== sessionId;
  let uploaded = cp.uploaded;
  let uploadedSources = fresh ? [first.id] : saved.uploadedSources;
  const missing = session.sources.filter((s) => !uploadedSources.includes(s.id));
  if (missing.length) {
    const up = await deps.client.uploadFiles(
      sessionId,
      missing.map((s) => fileOf(s.id)),
    );
    uploaded = [
      ...uploaded,
      ...up.files.map((f) =>
        UploadedFileRecordSchema.parse({
          filename: f.filename,
          fileType: f.file_type,
          cdnUrl: f.cdn_url,
          durationMs: f.duration === null ? null : Math.round(f.duration * 1000),
          width: f.width,
          height: f.height,
          fps: f.fps,
          hash: f.hash,
        }),
      ),
    ];
    uploadedSources = [...uploadedSources, ...missing.map((s) => s.id)];
  }
  return {
    state: { token: cp.token, sessionId, taskId: cp.taskId, uploaded, uploadedSources },
    draft: cp.draft,
    text: translateGuiPhrases(cp.agentText),
  };
}

/** The session's draft as our Timeline; its first clip is the draft's main source. */
export function nemoTimeline(session: Session, draft: unknown): Timeline {
  const sources = session.sources.map((s, i) => ({
    id: i === 0 ? "main" : s.id,
    name: s.name,
    kind: s.info.kind,
    durationMs: s.info.durationMs,
    generator: null,
  }));
  return draftToTimeline(draft, { sources, fps: session.sources[0]?.info.video?.fps ?? undefined });
}

export function nemoSummary(session: Session, draft: unknown): string {
  return summarizeTimeline(nemoTimeline(session, draft));
}

/** The checkpoint an export job of the session starts from: straight to the render. */
export function exportCheckpoint(state: NemoSessionState, draft: unknown): NemoCheckpoint {
  return NemoCheckpointSchema.parse({
    step: "export",
    token: state.token,
    sessionId: state.sessionId,
    taskId: state.taskId,
    uploaded: state.uploaded,
    messageSent: true,
    draft,
  });
}
