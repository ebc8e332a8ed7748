import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import {
  newCheckpoint,
  NemoCheckpointSchema,
  type NemoCheckpoint,
  type NemoJobResult,
} from "../../src/nemo/checkpoint.js";
import { NemoClient, type NemoClientOptions, type NemoToken, type TokenStore } from "../../src/nemo/client.js";
import {
  advance,
  type Advance,
  type LifecycleDeps,
  type LifecycleTimings,
  type NemoSource,
} from "../../src/nemo/lifecycle.js";
import type { SimFaultsInput } from "../../src/sim/faults.js";
import { startSimulator, type Simulator } from "../../src/sim/server.js";
import { fixture } from "./fixtures.js";

export const ATTRIBUTION = { source: "promptcut-test", version: "0.0.0", platform: "unknown" } as const;
export const silent = pino({ level: "silent" });

/** Fast and deterministic unless a test says otherwise: no text-less turns, short thinking. */
export const QUIET_FAULTS: SimFaultsInput = { noTextRate: 0, turnMs: 30, heartbeatMs: 10 };

export function startTestSim(faults: SimFaultsInput = {}): Promise<Simulator> {
  return startSimulator({
    faults: { ...QUIET_FAULTS, ...faults },
    ffmpegPath: process.env.FFMPEG_PATH,
    ffprobePath: process.env.FFPROBE_PATH,
  });
}

/** A client with shrunk timings (NEMO.md's 15 min / 10 min / 30 s become test-sized). */
export function testClient(sim: Simulator, over: Partial<NemoClientOptions> = {}): NemoClient {
  return new NemoClient({
    baseUrl: sim.url,
    clientId: over.clientId ?? `test-${randomUUID()}`,
    attribution: { ...ATTRIBUTION },
    log: silent,
    ...over,
    timings: { turnCapMs: 20_000, heartbeatOnlyMs: 400, getRetryDelaysMs: [10, 20, 40], ...over.timings },
  });
}

export const FAST_LIFECYCLE: Partial<LifecycleTimings> = {
  pollIntervalMs: 60,
  confirmDelaysMs: [80, 120, 160, 200, 240],
  retryDelaysMs: [10, 20, 40, 80, 160],
};

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "promptcut-nemo-test-"));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export const clipSource = (name = "clip_240p_2s.mp4"): NemoSource => ({ kind: "file", path: fixture(name), name });

/** What a test may do to the worker after an `advance` returned. */
export type Crash =
  | "before-save" // the worker dies after the step ran upstream, before its checkpoint was saved
  | "after-save"; // the worker dies right after saving

export interface DriveOptions {
  sim: Simulator;
  instruction: string;
  outputPath: string;
  source?: NemoSource;
  timings?: Partial<LifecycleTimings>;
  client?: Partial<NemoClientOptions>;
  /** Called after every advance; may simulate a worker death. */
  crash?: (adv: Advance, i: number) => Crash | undefined;
  /** Share the anonymous token between the driver's clients, as a Redis store would (default true). */
  sharedTokenStore?: boolean;
  /** Waits are honoured up to this long (the real ones are seconds). */
  maxSleepMs?: number;
  maxSteps?: number;
}

export interface DriveOutcome {
  result: NemoJobResult | null;
  error: unknown;
  /** Every checkpoint the "queue" saved, in order. */
  saved: NemoCheckpoint[];
  /** Every waitMs returned. */
  waits: number[];
  /** Worker runs used (a wait or a crash ends a run, as a delayed BullMQ job does). */
  runs: number;
}

/**
 * The BullMQ processor in miniature: persists the checkpoint (as JSON) after every call, honours
 * waitMs (shrunk), starts a new run id after each wait — a delayed job comes back as a new
 * invocation — and, on a simulated crash, also a new client: nothing in memory survives.
 * A thrown error ends the job (the only thing that would spend a BullMQ attempt).
 */
export async function driveJob(opts: DriveOptions): Promise<DriveOutcome> {
  const clients: NemoClient[] = [];
  const tokens = new Map<string, NemoToken>();
  const tokenStore: TokenStore = {
    load: async (id) => tokens.get(id) ?? null,
    save: async (id, t) => void tokens.set(id, t),
  };
  const newClient = () => {
    const c = testClient(opts.sim, {
      clientId: "driver-client",
      ...(opts.sharedTokenStore === false ? {} : { tokenStore }),
      ...opts.client,
    });
    clients.push(c);
    return c;
  };
  let client = newClient();
  let runId = randomUUID();
  let runs = 1;
  let stored = JSON.stringify(newCheckpoint());
  const saved: NemoCheckpoint[] = [];
  const waits: number[] = [];
  try {
    for (let i = 0; i < (opts.maxSteps ?? 400); i++) {
      const deps: LifecycleDeps = {
        client,
        source: opts.source ?? clipSource(),
        instruction: opts.instruction,
        outputPath: opts.outputPath,
        runId,
        log: silent,
        now: Date.now,
        timings: { ...FAST_LIFECYCLE, ...opts.timings },
        ffprobePath: process.env.FFPROBE_PATH,
      };
      let adv: Advance;
      try {
        adv = await advance(JSON.parse(stored), deps);
      } catch (error) {
        return { result: null, error, saved, waits, runs };
      }
      const crash = opts.crash?.(adv, i);
      if (crash !== "before-save") {
        stored = JSON.stringify(adv.checkpoint);
        saved.push(NemoCheckpointSchema.parse(JSON.parse(stored)));
        if (adv.done) return { result: adv.done, error: null, saved, waits, runs };
      }
      if (crash) {
        // A dead worker: a new process, a new client (no cached token), a new run id.
        await client.close();
        client = newClient();
        runId = randomUUID();
        runs++;
        continue;
      }
      if (adv.waitMs !== undefined) {
        waits.push(adv.waitMs);
        await new Promise((r) => setTimeout(r, Math.min(adv.waitMs ?? 0, opts.maxSleepMs ?? 100)));
        runId = randomUUID();
        runs++;
      }
    }
    return { result: null, error: new Error("driver: too many steps"), saved, waits, runs };
  } finally {
    for (const c of clients) await c.close();
  }
}

/** Asserts the NEMO.md promise: no session ever received a message twice. */
export function maxMessagesPerSession(sim: Simulator): number {
  return Math.max(0, ...Object.values(sim.stats().messages.bySession));
}

/** Polls `check` until it passes or `timeoutMs` runs out (for effects that land asynchronously). */
export async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** What a promise was rejected with (null if it resolved), for asserting on typed errors. */
export function caught(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}
