import path from "node:path";
import type { EditPlan } from "../plan/schema.js";
import { setTimeout as delay } from "node:timers/promises";
import { renderEdit } from "../engine/index.js";
import { spend } from "./faults.js";
import type { SimRender, SimSession, SimState } from "./state.js";

export interface RenderEnv {
  dir: string;
  ffmpegPath: string;
  ffprobePath: string;
}

/**
 * Runs a simulated export for real: the session's plan rendered by the local engine on the
 * uploaded clip. Status moves pending → processing → completed | failed like NEMO.md's; slow and
 * failed renders are injected here. Never throws: every outcome lands on the render record.
 */
export async function runRender(
  state: SimState,
  render: SimRender,
  session: SimSession,
  plan: EditPlan | null,
  env: RenderEnv,
): Promise<void> {
  const started = Date.now();
  const minMs = state.faults.slowRenderMs;
  const signal = render.abort.signal;
  const finish = (status: "completed" | "failed", error: string | null) => {
    if (render.status === "completed" || render.status === "failed") return;
    render.status = status;
    render.error = error;
    render.completedAt = new Date().toISOString();
    if (status === "completed") {
      render.progress = 100;
      state.stats.renders.completed++;
    } else if (signal.aborted) state.stats.renders.canceled++;
    else state.stats.renders.failed++;
  };
  try {
    await delay(Math.min(50, minMs / 4), undefined, { signal });
    render.status = "processing";
    render.progress = 10;
    const fail = spend(state.faults, "renderFail");
    if (fail) {
      await delay(minMs / 2, undefined, { signal });
      return finish("failed", fail.error);
    }
    const upload = session.uploads[0];
    if (!upload || !plan) return finish("failed", "nothing to render: the session has no clip or no edit");
    const outputPath = path.join(env.dir, `${render.id}.mp4`);
    const result = await renderEdit({
      source: { path: upload.path, name: upload.filename, info: upload.info },
      plan,
      outputPath,
      ffmpegPath: env.ffmpegPath,
      ffprobePath: env.ffprobePath,
      timeoutMs: 10 * 60_000,
      signal,
      onProgress: (f) => {
        render.progress = Math.max(render.progress, Math.min(95, Math.round(10 + f * 85)));
      },
    });
    // Slow renders: hold at the last progress until the minimum time has passed.
    const rest = minMs - (Date.now() - started);
    if (rest > 0) await delay(rest, undefined, { signal });
    render.outputPath = outputPath;
    render.sizeBytes = result.output.sizeBytes;
    render.durationS = result.output.durationMs === null ? null : result.output.durationMs / 1000;
    finish("completed", null);
  } catch (err) {
    finish("failed", signal.aborted ? "canceled" : err instanceof Error ? err.message : String(err));
  }
}
