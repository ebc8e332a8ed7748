import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NemoClient, type NemoToken } from "../../src/nemo/client.js";
import { isExportable } from "../../src/nemo/draft.js";
import { NemoError, NemoRateLimitedError } from "../../src/nemo/errors.js";
import type { SimFaultsInput } from "../../src/sim/faults.js";
import type { Simulator } from "../../src/sim/server.js";
import { fixture } from "../support/fixtures.js";
import { ffprobe } from "../support/media.js";
import { caught, startTestSim, tempDir, testClient } from "../support/nemo.js";

let sim: Simulator;
let client: NemoClient;
let tmp: ReturnType<typeof tempDir>;

async function setup(faults: SimFaultsInput = {}, over: Parameters<typeof testClient>[1] = {}) {
  sim = await startTestSim(faults);
  client = testClient(sim, over);
}

beforeEach(() => {
  tmp = tempDir();
});
afterEach(async () => {
  await client?.close();
  await sim?.close();
  tmp.cleanup();
});

async function rejection(p: Promise<unknown>): Promise<NemoError> {
  const err = await caught(p);
  expect(err).toBeInstanceOf(NemoError);
  return err as NemoError;
}

/** Session with the 2 s clip uploaded and one edit made. */
async function editedSession(text = "make it tiktok in 480p") {
  const s = await client.createSession();
  await client.uploadFiles(s.sessionId, [{ path: fixture("clip_240p_2s.mp4") }]);
  const turn = await client.sendMessage(s.sessionId, text);
  const st = await client.state(s.sessionId);
  return { s, turn, draft: st.state?.draft };
}

async function waitForRender(id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await client.render(id);
    if (r.status === "completed" || r.status === "failed") return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error("render did not finish");
}

describe("the anonymous token", () => {
  it("is fetched once with X-Client-Id and cached until it expires", async () => {
    await setup();
    const t1 = await client.token();
    const t2 = await client.token();
    expect(t1.token).toMatch(/^nmv_usr_/);
    expect(t1.userId).toMatch(/^anon_/);
    expect(t1.expiresAt).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    expect(t2).toBe(t1);
    await client.credits();
    expect(sim.stats().tokensIssued).toBe(1);
  });

  it("is shared by concurrent calls (one request)", async () => {
    await setup();
    await Promise.all([client.credits(), client.credits(), client.createSession()]);
    expect(sim.stats().tokensIssued).toBe(1);
  });

  it("is refused (429) to a second client with the same id within 7 days, unless adopted", async () => {
    await setup({}, { clientId: "same-id" });
    const t = await client.token();
    const other = testClient(sim, { clientId: "same-id" });
    try {
      const err = await rejection(other.token());
      expect(err).toBeInstanceOf(NemoRateLimitedError);
      other.adoptToken(t);
      expect((await other.credits()).available).toBe(100);
    } finally {
      await other.close();
    }
  });

  it("is renewed once when the upstream says it expired, and the call retried", async () => {
    await setup({ tokenExpiry: { afterCalls: 1 } });
    const first = await client.token();
    await client.credits();
    const credits = await client.credits();
    expect(credits.available).toBe(100);
    expect(sim.stats().tokensIssued).toBe(2);
    expect((await client.token()).token).not.toBe(first.token);
    // The same anonymous account: renewing a token does not reset the balance.
    expect(client.currentToken()?.userId).toBe(first.userId);
  });

  it("comes from a shared store when one is given, and is saved there when new", async () => {
    await setup();
    const store = new Map<string, NemoToken>();
    const tokenStore = {
      load: async (id: string) => store.get(id) ?? null,
      save: async (id: string, t: NemoToken) => void store.set(id, t),
    };
    const a = testClient(sim, { clientId: "shared", tokenStore });
    const b = testClient(sim, { clientId: "shared", tokenStore });
    try {
      await a.credits();
      await b.credits();
      expect(sim.stats().tokensIssued).toBe(1);
      expect(store.get("shared")?.token).toBe((await b.token()).token);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("explains a rejected NEMO_TOKEN instead of renewing it", async () => {
    await setup({}, { token: "nmv_usr_not_a_real_token" });
    const err = await rejection(client.credits());
    expect([err.kind, err.code]).toEqual(["rejected", "upstream_error"]);
    expect(err.message).toBe(
      "NemoVideo rejected the configured NEMO_TOKEN (code 1001). Set a valid " +
        "token, or unset NEMO_TOKEN to use an anonymous one.",
    );
    expect(sim.stats().tokensIssued).toBe(0);
  });

  it("cannot be asked for without a client id (NEMO.md: HTTP 400, a bug on our side)", async () => {
    await setup();
    expect(
      () =>
        new NemoClient({
          baseUrl: sim.url,
          clientId: "",
          attribution: { source: "a", version: "1", platform: "unknown" },
        }),
    ).toThrow(/clientId/);
    const res = await fetch(`${sim.url}/api/auth/anonymous-token`, { method: "POST" });
    expect(res.status).toBe(400);
  });
});

describe("sessions and uploads", () => {
  it("creates a session with a task_ id and a 19-digit session id", async () => {
    await setup();
    const s = await client.createSession({ language: "en" });
    expect(s.taskId).toMatch(/^task_/);
    expect(s.sessionId).toMatch(/^[1-9]\d{18}$/);
    expect(s.userId).toMatch(/^anon_/);
  });

  it("uploads a local file as multipart `files` and reports what it is", async () => {
    await setup();
    const s = await client.createSession();
    const up = await client.uploadFiles(s.sessionId, [{ path: fixture("clip_240p_2s.mp4"), name: "banana.mp4" }]);
    expect(up.session_state_applied).toBe(true);
    expect(up.files).toHaveLength(1);
    expect(up.files[0]).toMatchObject({ filename: "banana.mp4", width: 426, height: 240, fps: 30 });
    expect(up.files[0]?.duration).toBeCloseTo(2, 1);
    expect(up.files[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    // The cdn_url serves the same bytes.
    const cdn = await fetch(up.files[0]!.cdn_url!);
    expect(Buffer.from(await cdn.arrayBuffer()).equals(fs.readFileSync(fixture("clip_240p_2s.mp4")))).toBe(true);
  });

  it("uploads by URL with source_type url", async () => {
    await setup();
    const server = http.createServer((_req, res) => fs.createReadStream(fixture("clip_240p_2s.mp4")).pipe(res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const s = await client.createSession();
      const up = await client.uploadUrls(s.sessionId, [
        `http://127.0.0.1:${(server.address() as { port: number }).port}/a/clip.mp4`,
      ]);
      expect(up.files[0]).toMatchObject({ filename: "clip.mp4", width: 426, height: 240 });
    } finally {
      server.close();
    }
  });

  it.each([
    ["a file that is not media", { file: "random_bytes.mp4", faults: {} }, "unsupported_media", "unsupported_media"],
    [
      "an upload over the limit",
      { file: "clip_240p_2s.mp4", faults: { maxUploadBytes: 1_000 } },
      "file_too_large",
      "file_too_large",
    ],
    [
      "a forced 4001",
      { file: "clip_240p_2s.mp4", faults: { uploadError: 4001 } },
      "unsupported_media",
      "unsupported_media",
    ],
    ["a forced 4002", { file: "clip_240p_2s.mp4", faults: { uploadError: 4002 } }, "file_too_large", "file_too_large"],
  ] as const)("refuses %s with a typed error", async (_what, c, kind, code) => {
    await setup(c.faults);
    const s = await client.createSession();
    const err = await rejection(client.uploadFiles(s.sessionId, [{ path: fixture(c.file) }]));
    expect([err.kind, err.code]).toEqual([kind, code]);
  });

  it("refuses a URL the simulator may not fetch (not loopback) with 4001", async () => {
    await setup();
    const s = await client.createSession();
    const err = await rejection(client.uploadUrls(s.sessionId, ["https://example.com/clip.mp4"]));
    expect(err.kind).toBe("unsupported_media");
  });

  it("answers 1002 for a session it does not know", async () => {
    await setup();
    const err = await rejection(client.state("1234567890123456789"));
    expect(err.kind).toBe("session_not_found");
  });
});

describe("a turn over /run_sse", () => {
  it.each(["star", "adk"] as const)(
    "collects the text of the %s dialect and keeps tool calls internal",
    async (dialect) => {
      await setup({ dialect });
      const { turn, draft } = await editedSession('make it tiktok in 480p with the text "Yum"');
      expect(turn).toMatchObject({
        outcome: "closed",
        hadText: true,
        accepted: true,
        toolCalls: ["edit_draft"],
        dialect,
      });
      expect(turn.text).toBe(
        'Done! I reframed it for tiktok (480×854) and added the text "Yum". ' +
          "Click Export when you're happy with it, or preview it in the timeline.",
      );
      expect(isExportable(draft)).toBe(true);
    },
  );

  it("freezes the turn's credits while the stream runs and charges them after", async () => {
    await setup({ turnMs: 1_000, heartbeatMs: 20 });
    const s = await client.createSession();
    await client.uploadFiles(s.sessionId, [{ path: fixture("clip_240p_2s.mp4") }]);
    // The first keep-alive proves the stream is open.
    let streaming!: () => void;
    const open = new Promise<void>((r) => (streaming = r));
    const turn = client.sendMessage(s.sessionId, "make it square", { onEvent: () => streaming() });
    await open;
    const during = await client.credits();
    await turn;
    expect(during).toEqual({ available: 50, frozen: 50, total: 100 });
    expect(await client.credits()).toEqual({ available: 50, frozen: 0, total: 50 });
  });

  it("reports a turn that closed without text", async () => {
    await setup({ noTextRate: 1 });
    const { turn } = await editedSession();
    expect(turn).toMatchObject({ outcome: "closed", hadText: false, text: "" });
  });

  it("reports a dropped stream as dropped, with the message accepted", async () => {
    await setup({ dropStream: { applyAfterMs: null } });
    const { turn } = await editedSession();
    expect(turn).toMatchObject({ outcome: "dropped", accepted: true, hadText: false });
    expect(sim.stats().messages.total).toBe(1);
  });

  it("gives up on a heartbeats-only turn after the heartbeats-only limit", async () => {
    await setup({ heartbeatsOnly: {} });
    const t0 = Date.now();
    const { turn } = await editedSession();
    expect(turn.outcome).toBe("timed_out");
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it("ends a turn at the cap even while the agent is busy", async () => {
    await setup({ heartbeatsOnly: {} }, { timings: { turnCapMs: 300, heartbeatOnlyMs: 10_000 } });
    const { turn } = await editedSession();
    expect(turn.outcome).toBe("capped");
  });

  it("drops the trailing temporary-issue sentence", async () => {
    await setup({ trailingTemporaryIssue: true });
    const { turn } = await editedSession();
    expect(turn.text).toMatch(/^Done!/);
    expect(turn.rawText).toMatch(/I encountered a temporary issue/);
    expect(turn.text).not.toMatch(/temporary issue/);
  });

  it("refuses a turn without credits (2001), charging nothing", async () => {
    await setup({ creditsExhausted: true });
    const s = await client.createSession();
    const err = await rejection(client.sendMessage(s.sessionId, "make it tiktok"));
    expect(err.code).toBe("upstream_credits_exhausted");
    expect(err.message).toContain(`https://nemovideo.com/register?bind=${client.currentToken()?.userId}`);
    expect(sim.stats().messages.total).toBe(0);
  });

  it("throws 429 before the stream with the wait, and the message is not counted", async () => {
    await setup({ rateLimit: { count: 1, retryAfterS: 3, on: ["run_sse"] } });
    const s = await client.createSession();
    const err = await rejection(client.sendMessage(s.sessionId, "make it tiktok"));
    expect((err as NemoRateLimitedError).retryAfterMs).toBe(3_000);
    expect(sim.stats().messages.total).toBe(0);
  });

  it("never re-sends: a refused token is renewed before the stream, a dropped stream is returned", async () => {
    await setup({ tokenExpiry: { afterCalls: 2 }, dropStream: { applyAfterMs: 0 } });
    const s = await client.createSession();
    await client.uploadFiles(s.sessionId, [{ path: fixture("clip_240p_2s.mp4") }]);
    const turn = await client.sendMessage(s.sessionId, "make it tiktok");
    expect(turn.outcome).toBe("dropped");
    expect(sim.stats().tokensIssued).toBe(2);
    expect(sim.stats().messages.total).toBe(1);
  });
});

describe("export, render status and download", () => {
  it.each(["star", "toplevel"] as const)(
    "renders the draft and downloads a real MP4 (%s status shape)",
    async (shape) => {
      await setup({ renderStatusShape: shape });
      const { s, draft } = await editedSession();
      const started = await client.exportRender({ sessionId: s.sessionId, draft });
      expect(started.id).toMatch(/^render_\d+$/);
      expect(started.status).toBe("pending");
      const done = await waitForRender(started.id);
      expect(done).toMatchObject({ status: "completed", progress: 100, shape });
      expect(done.outputUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      const out = path.join(tmp.dir, "a.mp4");
      const got = await client.download(started.id, done.outputUrl, out);
      expect(got.from).toBe("outputUrl");
      const v = ffprobe(out).streams.find((x) => x.codec_type === "video");
      expect([v?.codec_name, v?.width, v?.height]).toEqual(["h264", 480, 854]);
      expect(got.bytes).toBe(fs.statSync(out).size);
    },
  );

  it("downloads through the fallback endpoint when there is no outputUrl", async () => {
    await setup({ omitOutputUrl: true });
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    const done = await waitForRender(id);
    expect(done.outputUrl).toBeNull();
    const out = path.join(tmp.dir, "b.mp4");
    expect((await client.download(id, null, out)).from).toBe("fallback");
    expect(ffprobe(out).format.format_name).toContain("mp4");
  });

  it("refuses an output bigger than the download cap and keeps no partial file", async () => {
    await setup({}, { maxDownloadBytes: 1000 });
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    const done = await waitForRender(id);
    const out = path.join(tmp.dir, "big.mp4");
    await expect(client.download(id, done.outputUrl, out)).rejects.toMatchObject({ code: "file_too_large" });
    expect(fs.existsSync(out)).toBe(false);
  });

  it("sends the outputUrl through the SSRF guard: a private address falls back to the API download", async () => {
    await setup({}, { urlPolicy: { allowLoopback: true } });
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    await waitForRender(id);
    const out = path.join(tmp.dir, "guarded.mp4");
    expect((await client.download(id, "http://169.254.169.254/latest/meta-data", out)).from).toBe("fallback");
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it("falls back when the outputUrl is broken", async () => {
    await setup();
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    await waitForRender(id);
    const out = path.join(tmp.dir, "c.mp4");
    expect((await client.download(id, `${sim.url}/__sim/cdn/nope.mp4`, out)).from).toBe("fallback");
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it("retries a duplicate render id with a new one, or reports it when told not to", async () => {
    await setup();
    const { s, draft } = await editedSession();
    const first = await client.exportRender({ sessionId: s.sessionId, draft });
    const second = await client.exportRender({ sessionId: s.sessionId, draft, id: first.id });
    expect(second.id).not.toBe(first.id);
    expect(second.id).toMatch(/^render_\d+$/);
    const err = await rejection(
      client.exportRender({ sessionId: s.sessionId, draft, id: first.id, retryOnDuplicate: false }),
    );
    expect(err.kind).toBe("duplicate_render");
    expect(sim.stats().renders.started).toBe(2);
  });

  it("refuses export with 402 when the plan blocks it", async () => {
    await setup({ exportBlocked: true });
    const { s, draft } = await editedSession();
    const err = await rejection(client.exportRender({ sessionId: s.sessionId, draft }));
    expect([err.kind, err.code, err.httpStatus]).toEqual(["export_blocked", "upstream_export_blocked", 402]);
  });

  it("refuses export with 402 without the attribution headers", async () => {
    await setup();
    const { s, draft } = await editedSession();
    const t = await client.token();
    const res = await fetch(`${sim.url}/api/render/proxy/lambda`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.token}`, "content-type": "application/json" },
      body: JSON.stringify({ id: "render_1", sessionId: s.sessionId, draft }),
    });
    expect(res.status).toBe(402);
    expect(sim.stats().renders.started).toBe(0);
  });

  it("says a failed render failed, with the reason", async () => {
    await setup({ renderFail: { error: "lambda out of memory" } });
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    expect(await waitForRender(id)).toMatchObject({ status: "failed", error: "lambda out of memory" });
  });

  it("cancels a running render", async () => {
    await setup({ slowRenderMs: 5_000 });
    const { s, draft } = await editedSession();
    const { id } = await client.exportRender({ sessionId: s.sessionId, draft });
    await client.cancelRender(id);
    expect(await waitForRender(id)).toMatchObject({ status: "failed", error: "canceled" });
    expect(sim.stats().renders.canceled).toBe(1);
  });

  it("answers not_found for an unknown render", async () => {
    await setup();
    expect((await rejection(client.render("render_1"))).kind).toBe("not_found");
  });
});

describe("transient failures", () => {
  it("retries idempotent GETs on 5xx with backoff", async () => {
    await setup({ serverError: { count: 2, on: ["credits"] } });
    expect((await client.credits()).available).toBe(100);
  });

  it("leaves a 5xx on a non-idempotent call to the caller", async () => {
    await setup({ serverError: { count: 1, status: 502, on: ["session"] } });
    const err = await rejection(client.createSession());
    expect([err.kind, err.httpStatus]).toEqual(["transient", 502]);
    expect(sim.stats().sessionsCreated).toBe(0);
  });

  it("reports a refused connection as transient, and a message that never left as not sent", async () => {
    await setup();
    const dead = new NemoClient({
      baseUrl: "http://127.0.0.1:1",
      clientId: "x",
      token: "nmv_usr_x",
      attribution: { source: "a", version: "1", platform: "unknown" },
      timings: { getRetryDelaysMs: [] },
    });
    try {
      expect((await rejection(dead.credits())).kind).toBe("transient");
      expect((await rejection(dead.sendMessage("1234567890123456789", "hi"))).kind).toBe("transient");
    } finally {
      await dead.close();
    }
  });
});
