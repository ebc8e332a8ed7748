import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderEdit } from "../../src/engine/render.js";
import { cancelUpstream } from "../../src/nemo/lifecycle.js";
import { AppError } from "../../src/shared/errors.js";
import { probeMedia } from "../../src/media/probe.js";
import type { SimFaultsInput } from "../../src/sim/faults.js";
import { planFor } from "../../src/sim/plan.js";
import type { Simulator } from "../../src/sim/server.js";
import { fixture } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import {
  clipSource,
  driveJob,
  eventually,
  maxMessagesPerSession,
  startTestSim,
  tempDir,
  testClient,
  type DriveOptions,
  type DriveOutcome,
} from "../support/nemo.js";

let sim: Simulator;
let tmp: ReturnType<typeof tempDir>;

beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  await sim?.close();
  tmp.cleanup();
});

const FAST = 'make it tiktok in 480p with the text "Hi"';

async function job(faults: SimFaultsInput, opts: Partial<DriveOptions> = {}): Promise<DriveOutcome> {
  sim = await startTestSim(faults);
  return driveJob({ sim, instruction: FAST, outputPath: path.join(tmp.dir, "out", "result.mp4"), ...opts });
}

function expectRealMp4(file: string, width: number, height: number) {
  const p = ffprobe(file);
  expect(p.format.format_name).toContain("mp4");
  const v = p.streams.find((s) => s.codec_type === "video");
  expect(v?.codec_name).toBe("h264");
  expect([v?.width, v?.height]).toEqual([width, height]);
  expect(Number(p.format.duration)).toBeCloseTo(2, 0);
}

function expectFailure(out: DriveOutcome, code: string): AppError {
  expect(out.result).toBeNull();
  expect(out.error).toBeInstanceOf(AppError);
  const err = out.error as AppError;
  expect(err.code).toBe(code);
  return err;
}

describe("a nemo job against the simulator", () => {
  it("completes with a real 1080p MP4 and the same result fields and summary line as a local job", async () => {
    const instruction = "make it tiktok";
    const out = await job({}, { instruction });
    expect(out.error).toBeNull();
    const r = out.result!;
    expectRealMp4(r.outputPath, 1080, 1920);
    expect([r.width, r.height, r.format]).toEqual([1080, 1920, "mp4"]);
    expect(r.durationMs).toBeGreaterThan(1900);
    expect(r.sizeBytes).toBe(fs.statSync(r.outputPath).size);

    // The local engine on the same clip and plan prints the same line.
    const src = fixture("clip_240p_2s.mp4");
    const local = await renderEdit({
      source: { path: src, name: "clip_240p_2s.mp4", info: await probeMedia(src, fs.statSync(src).size) },
      plan: planFor(instruction),
      outputPath: path.join(tmp.dir, "local.mp4"),
      ffmpegPath: "ffmpeg",
      ffprobePath: "ffprobe",
      timeoutMs: 60_000,
    });
    expect(r.summary).toBe(local.summary);
    expect(Object.keys(local.output).every((k) => k in r)).toBe(true);

    // The agent said "Click Export … preview it in the timeline": translated, with the summary.
    expect(r.text).not.toMatch(/click export/i);
    expect(r.text).toContain("The export is being run for you.");
    expect(r.text).toContain(r.summary);
    expect(r.creditsUsed).toBe(50);
    expect(sim.stats().renders.started).toBe(1);
    expect(maxMessagesPerSession(sim)).toBe(1);
    // Nothing but the result is left in the output folder (temp names were renamed).
    expect(fs.readdirSync(path.dirname(r.outputPath))).toEqual(["result.mp4"]);
  });

  it("shows the draft's title overlay in the timeline summary", async () => {
    const out = await job({});
    expect(out.result?.summary).toBe(
      'Timeline (3 tracks): 1. Video: clip_240p_2s.mp4 (0-2s) 2. Audio: clip_240p_2s.mp4 (0-2s) 3. Title: "Hi" (0-2s)',
    );
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("completes with the Google ADK dialect and the top-level render status shape", async () => {
    const out = await job({ dialect: "adk", renderStatusShape: "toplevel" });
    expect(out.error).toBeNull();
    expectRealMp4(out.result!.outputPath, 480, 854);
    expect(out.result!.text).toMatch(/^Done! I reframed it for tiktok/);
  });

  it("downloads through the fallback endpoint when the render has no outputUrl", async () => {
    const out = await job({ omitOutputUrl: true });
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("uploads by URL when the source is a URL", async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "video/mp4" });
      fs.createReadStream(fixture("clip_240p_2s.mp4")).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const out = await job(
        {},
        { source: { kind: "url", url: `http://127.0.0.1:${port}/media/phone.mp4`, name: "phone.mp4" } },
      );
      expect(out.result?.summary).toContain("1. Video: phone.mp4 (0-2s)");
      expectRealMp4(out.result!.outputPath, 480, 854);
    } finally {
      server.close();
    }
  });
});

describe("when the upstream answers 429", () => {
  it("waits Retry-After and completes without spending an attempt", async () => {
    const out = await job({ rateLimit: { count: 3, retryAfterS: 1 } });
    expect(out.error).toBeNull();
    expect(out.waits.filter((w) => w === 1000)).toHaveLength(3);
    expect(out.saved.at(-1)?.rateLimitWaits).toBe(3);
    expect(out.saved.every((c) => c.retries === 0)).toBe(true);
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("waits 30 s when there is no Retry-After, and the refused message is sent once it is let through", async () => {
    const out = await job({ rateLimit: { count: 2, retryAfterS: null, on: ["run_sse"] } });
    expect(out.error).toBeNull();
    expect(out.waits.filter((w) => w === 30_000)).toHaveLength(2);
    expect(sim.stats().messages.total).toBe(1);
    expect(sim.stats().rateLimited).toBe(2);
  });

  it("keeps polling the same render through 429s on render status", async () => {
    const out = await job({ rateLimit: { count: 2, retryAfterS: 0, on: ["render_status"] }, slowRenderMs: 300 });
    expect(out.error).toBeNull();
    expect(sim.stats().renders.started).toBe(1);
  });
});

describe("when the token expires", () => {
  it.each(["1001", "1010", "1011", "401"] as const)(
    "renews it (answer %s), retries the step once and completes",
    async (answer) => {
      const out = await job({ tokenExpiry: { afterCalls: 3, answer } });
      expect(out.error).toBeNull();
      expect(sim.stats().tokensIssued).toBe(2);
      expect(maxMessagesPerSession(sim)).toBe(1);
      expectRealMp4(out.result!.outputPath, 480, 854);
    },
  );

  it("saves the renewed token in the checkpoint, so a restarted worker does not ask again", async () => {
    const out = await job(
      { tokenExpiry: { afterCalls: 5 } },
      {
        sharedTokenStore: false,
        crash: (adv) => (adv.checkpoint.step === "export" && !adv.checkpoint.exportClaim ? "after-save" : undefined),
      },
    );
    expect(out.error).toBeNull();
    expect(sim.stats().tokensIssued).toBe(2);
    expect(out.runs).toBeGreaterThan(1);
  });
});

describe("when no token can be had", () => {
  it("gives up with advice after a few 429s on the token call (one token per client id per 7 days)", async () => {
    sim = await startTestSim({});
    const other = testClient(sim, { clientId: "driver-client" });
    await other.token(); // someone else already took this client id's token
    await other.close();
    const out = await driveJob({
      sim,
      instruction: FAST,
      outputPath: path.join(tmp.dir, "t.mp4"),
      sharedTokenStore: false,
      timings: { maxTokenRateLimitWaits: 2 },
    });
    const err = expectFailure(out, "upstream_error");
    expect(err.message).toMatch(/NEMO_TOKEN/);
    expect(out.waits).toEqual([30_000, 30_000]);
    expect(sim.stats().sessionsCreated).toBe(0);
  });
});

describe("when NemoVideo loses the session (1002)", () => {
  it.each(["upload", "run_sse", "state", "export"] as const)(
    "at %s: creates a new session, re-uploads, resends once there, and completes",
    async (on) => {
      const out = await job({ sessionLoss: { on } });
      expect(out.error).toBeNull();
      const stats = sim.stats();
      expect(stats.sessionsCreated).toBe(2);
      expect(maxMessagesPerSession(sim)).toBe(1);
      expect(stats.renders.started).toBe(1);
      expect(out.saved.at(-1)?.sessionResets).toBe(1);
      expectRealMp4(out.result!.outputPath, 480, 854);
    },
  );

  it("gives up after the configured number of new sessions", async () => {
    const out = await job({ sessionLoss: { on: "state", count: 10 } });
    const err = expectFailure(out, "upstream_error");
    expect(err.message).toMatch(/lost the editing session 3 times/);
    expect(maxMessagesPerSession(sim)).toBeLessThanOrEqual(1);
  });
});

describe("when a turn's stream is not a clean answer", () => {
  it("closes without text: reads the state, reports the draft change, sends nothing again", async () => {
    const out = await job({ noTextRate: 1 });
    expect(out.error).toBeNull();
    expect(out.result!.text).toBe(`NemoVideo made the edit without a written reply. ${out.result!.summary}.`);
    expect(sim.stats().messages.total).toBe(1);
  });

  it("drops mid-stream: waits, reads state until the edit lands, never re-sends", async () => {
    const out = await job({ dropStream: { applyAfterMs: 150 } });
    expect(out.error).toBeNull();
    expect(sim.stats().messages.total).toBe(1);
    expect(out.saved.some((c) => c.confirm?.mode === "dropped")).toBe(true);
    expect(out.waits).toContain(80); // the first confirm delay (NEMO.md: 30 s, shrunk)
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("drops and the edit never lands: fails after five unchanged reads, without re-sending", async () => {
    const out = await job({ dropStream: { applyAfterMs: null } });
    const err = expectFailure(out, "upstream_error");
    expect(err.message).toMatch(/unchanged after 5 checks/);
    expect(err.message).toMatch(/not sent again/);
    expect(sim.stats().messages.total).toBe(1);
    expect(sim.stats().renders.started).toBe(0);
  });

  it("sends heartbeats only: the turn times out, the edit that landed is exported, nothing re-sent", async () => {
    const out = await job({ heartbeatsOnly: { apply: true } });
    expect(out.error).toBeNull();
    expect(sim.stats().messages.total).toBe(1);
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("sends heartbeats only and nothing lands: fails without re-sending", async () => {
    const out = await job({ heartbeatsOnly: { apply: false } });
    expectFailure(out, "upstream_error");
    expect(sim.stats().messages.total).toBe(1);
  });

  it("ignores a trailing 'I encountered a temporary issue' after normal text", async () => {
    const out = await job({ trailingTemporaryIssue: true });
    expect(out.result!.text).toMatch(/^Done!/);
    expect(out.result!.text).not.toMatch(/temporary issue/);
  });

  it("fails with the agent's error when the stream carries {error} and nothing changed", async () => {
    const out = await job({ streamError: { message: "model overloaded" } });
    const err = expectFailure(out, "upstream_error");
    expect(err.message).toContain("model overloaded");
    expect(sim.stats().messages.total).toBe(1);
  });
});

describe("when NemoVideo refuses the job", () => {
  it("fails upstream_credits_exhausted with the register link on 2001", async () => {
    const out = await job({ creditsExhausted: true });
    const err = expectFailure(out, "upstream_credits_exhausted");
    expect(err.message).toMatch(/https:\/\/nemovideo\.com\/register\?bind=anon_[0-9a-f]+/);
    expect(sim.stats().messages.total).toBe(0);
  });

  it("fails upstream_credits_exhausted when the balance is below one turn", async () => {
    const out = await job({ initialCredits: 40 });
    expectFailure(out, "upstream_credits_exhausted");
  });

  it("fails upstream_export_blocked on 402", async () => {
    const out = await job({ exportBlocked: true });
    const err = expectFailure(out, "upstream_export_blocked");
    expect(err.message).toMatch(/plan/);
    expect(sim.stats().renders.started).toBe(0);
  });

  it.each([
    [4001, "unsupported_media"],
    [4002, "file_too_large"],
  ] as const)("fails on upload code %i with %s", async (code, appCode) => {
    const out = await job({ uploadError: code });
    expectFailure(out, appCode);
    expect(sim.stats().messages.total).toBe(0);
  });

  it("fails unsupported_media when the file is not media (judged by the upstream's probe)", async () => {
    const out = await job({}, { source: clipSource("random_bytes.mp4") });
    expectFailure(out, "unsupported_media");
  });

  it("fails file_too_large when the file is over the upstream's limit", async () => {
    const out = await job({ maxUploadBytes: 10_000 });
    expectFailure(out, "file_too_large");
  });

  it("fails render_failed when the render fails", async () => {
    const out = await job({ renderFail: { error: "lambda out of memory" } });
    const err = expectFailure(out, "render_failed");
    expect(err.message).toContain("lambda out of memory");
    expect(sim.stats().renders.started).toBe(1);
  });
});

describe("when NemoVideo has transient failures", () => {
  it("retries 5xx answers with growing delays and completes", async () => {
    const out = await job({ serverError: { count: 2, on: ["export"] } });
    expect(out.error).toBeNull();
    expect(out.waits.slice(0, 4)).toEqual(expect.arrayContaining([10, 20]));
    expect(sim.stats().renders.started).toBe(1);
  });

  it("retries a 5xx on the message (nothing was taken) and sends it once", async () => {
    const out = await job({ serverError: { count: 1, on: ["run_sse"] } });
    expect(out.error).toBeNull();
    expect(sim.stats().messages.total).toBe(1);
  });

  it("fails upstream_error when the failures outlast the retry budget", async () => {
    const out = await job({ serverError: { count: 1000, on: ["state"] } });
    const err = expectFailure(out, "upstream_error");
    expect(err.message).toMatch(/kept failing/);
  });
});

describe("when a worker dies", () => {
  it("during polling: the next worker resumes the same render id (one render)", async () => {
    let polls = 0;
    const out = await job(
      { slowRenderMs: 800 },
      { crash: (adv) => (adv.checkpoint.step === "poll" && ++polls === 2 ? "after-save" : undefined) },
    );
    expect(out.error).toBeNull();
    expect(out.runs).toBeGreaterThan(1);
    const ids = new Set(out.saved.map((c) => c.renderId).filter(Boolean));
    expect(ids.size).toBe(1);
    expect(out.result!.renderId).toBe([...ids][0]);
    expect(sim.stats().renders.started).toBe(1);
    expect(sim.stats().exports.calls).toBe(1);
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("after the export call but before its checkpoint was saved: finds and adopts that render", async () => {
    const out = await job(
      {},
      {
        crash: (adv) =>
          adv.checkpoint.step === "poll" &&
          adv.checkpoint.renderProgress <= 5 &&
          adv.waitMs !== undefined &&
          !adv.checkpoint.lastPollAt
            ? "before-save"
            : undefined,
      },
    );
    expect(out.error).toBeNull();
    expect(sim.stats().renders.started).toBe(1);
    expect(sim.stats().exports.calls).toBe(1);
  });

  it("after sending the message but before its checkpoint was saved: never sends it again", async () => {
    let crashed = false;
    const out = await job(
      {},
      {
        crash: (adv) => {
          if (!crashed && adv.checkpoint.step === "confirm" && adv.checkpoint.messageSent) {
            crashed = true;
            return "before-save";
          }
          return undefined;
        },
      },
    );
    expect(out.error).toBeNull();
    expect(sim.stats().messages.total).toBe(1);
    expectRealMp4(out.result!.outputPath, 480, 854);
  });

  it("after claiming the message but before sending it: fails rather than risk a second charge", async () => {
    const out = await job(
      {},
      {
        crash: (adv) =>
          adv.checkpoint.step === "message" && adv.checkpoint.messageClaim && !adv.checkpoint.messageSent
            ? "after-save"
            : undefined,
      },
    );
    expectFailure(out, "upstream_error");
    expect(sim.stats().messages.total).toBe(0);
  });

  it("at every single step in turn: each job completes with one message and one render", async () => {
    sim = await startTestSim({});
    for (let k = 0; k < 12; k++) {
      const before = sim.stats();
      let i = 0;
      const out = await driveJob({
        sim,
        instruction: FAST,
        outputPath: path.join(tmp.dir, `k${k}.mp4`),
        client: { clientId: `crash-${k}` },
        // The message claim is the one place where a crash costs the job (see the test above).
        crash: (adv) =>
          i++ === k && !(adv.checkpoint.messageClaim && !adv.checkpoint.messageSent) ? "before-save" : undefined,
      });
      expect(out.error, `crash at step ${k}`).toBeNull();
      const after = sim.stats();
      expect(after.renders.started - before.renders.started, `renders, crash at step ${k}`).toBe(1);
      expect(maxMessagesPerSession(sim), `messages, crash at step ${k}`).toBe(1);
    }
  });
});

describe("cancelUpstream", () => {
  it("stops the running render", async () => {
    sim = await startTestSim({ slowRenderMs: 5_000 });
    let saved: unknown = null;
    const out = await driveJob({
      sim,
      instruction: FAST,
      outputPath: path.join(tmp.dir, "c.mp4"),
      crash: (adv) => {
        if (adv.checkpoint.step === "poll") saved = adv.checkpoint;
        return undefined;
      },
      maxSteps: 14,
    });
    expect(out.result).toBeNull();
    expect(saved).not.toBeNull();
    const client = testClient(sim);
    client.adoptToken((saved as { token: Parameters<typeof client.adoptToken>[0] }).token);
    await cancelUpstream(saved, client);
    await client.close();
    await eventually(() => expect(sim.stats().renders.canceled).toBe(1));
  });
});
