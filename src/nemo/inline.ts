import { setTimeout as delay } from "node:timers/promises";
import { CanceledError } from "../shared/errors.js";
import type { NemoCheckpoint, NemoJobResult } from "./checkpoint.js";
import { advance, cancelUpstream, type LifecycleDeps } from "./lifecycle.js";

export interface InlineRunOptions {
  /** Resume from a saved checkpoint; default a new job. */
  checkpoint?: unknown;
  /** Called with every new checkpoint, to persist it (a later run can resume from any of them). */
  onCheckpoint?: ((cp: NemoCheckpoint) => void | Promise<void>) | undefined;
  /** Cancels the job: the wait is cut short and a started render is canceled upstream. */
  signal?: AbortSignal | undefined;
}

/**
 * Drives a nemo job to the end in this process, sleeping through its waits — for the CLI and other
 * callers without a queue. Workers should call `advance` themselves and park the job while waiting.
 */
export async function runNemoJob(deps: LifecycleDeps, opts: InlineRunOptions = {}): Promise<NemoJobResult> {
  let cp: unknown = opts.checkpoint ?? {};
  for (;;) {
    if (opts.signal?.aborted) {
      await cancelUpstream(cp, deps.client).catch(() => undefined);
      throw new CanceledError();
    }
    const step = await advance(cp, { ...deps, signal: opts.signal ?? deps.signal });
    cp = step.checkpoint;
    await opts.onCheckpoint?.(step.checkpoint);
    if (step.done) return step.done;
    if (step.waitMs) await delay(step.waitMs, undefined, { signal: opts.signal }).catch(() => undefined);
  }
}
