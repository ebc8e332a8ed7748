import { describe, expect, it } from "vitest";
import { TimelineSchema } from "../../src/timeline/schema.js";
import { NemoCheckpointSchema, newCheckpoint, progressOf, type NemoCheckpoint } from "../../src/nemo/checkpoint.js";
import { NemoError } from "../../src/nemo/errors.js";
import { advance, type LifecycleDeps, type NemoApi } from "../../src/nemo/lifecycle.js";
import type { SendResult } from "../../src/nemo/client.js";
import { AppError } from "../../src/shared/errors.js";
import { caught, silent } from "../support/nemo.js";

/**
 * Single steps against a scripted client, for the branches the simulator does not reach on its own.
 * Anything a step calls that the script does not provide fails the test.
 */
function fake(script: Partial<NemoApi>): NemoApi {
  const missing = (name: string) => () => {
    throw new Error(`unexpected call: ${name}`);
  };
  const base = {
    token: missing("token"),
    adoptToken: () => {},
    currentToken: () => null,
    createSession: missing("createSession"),
    uploadFiles: missing("uploadFiles"),
    uploadUrls: missing("uploadUrls"),
    state: missing("state"),
    credits: missing("credits"),
    sendMessage: missing("sendMessage"),
    newRenderId: () => "render_1700000000000",
    exportRender: missing("exportRender"),
    render: missing("render"),
    cancelRender: missing("cancelRender"),
    download: missing("download"),
  };
  return { ...base, ...script } as unknown as NemoApi;
}

const deps = (client: NemoApi, over: Partial<LifecycleDeps> = {}): LifecycleDeps => ({
  client,
  source: { kind: "file", path: "/nope.mp4", name: "clip.mp4" },
  instruction: "make it tiktok",
  outputPath: "/tmp/never-written.mp4",
  runId: "run-A",
  log: silent,
  now: () => 1_000_000,
  timings: { pollIntervalMs: 1000, confirmDelaysMs: [10, 20, 30, 40, 50], retryDelaysMs: [5, 6] },
  ...over,
});

const at = (over: Partial<NemoCheckpoint>): NemoCheckpoint =>
  NemoCheckpointSchema.parse({ ...newCheckpoint(), sessionId: "1234567890123456789", ...over });
const draft = { t: [{ tt: 0, sg: [{ src: "clip.mp4", st: 0, du: 2000 }] }], d: 2000, m: { width: 1080, height: 1920 } };
const stateWith = (d: unknown) => async () => ({ session_id: "1", task_id: "t", task_name: "p", state: { draft: d } });
const turn = (over: Partial<SendResult>): SendResult => ({
  outcome: "closed",
  text: "",
  hadText: false,
  rawText: "",
  error: null,
  toolCalls: [],
  events: 1,
  dialect: "star",
  durationMs: 5,
  accepted: true,
  ...over,
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await caught(p);
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("the message step", () => {
  it("claims the send in the checkpoint first, and sends only in the run that claimed it", async () => {
    let sent = 0;
    const client = fake({
      sendMessage: async () => {
        sent++;
        return turn({ text: "Done!", hadText: true });
      },
    });
    const claimed = await advance(at({ step: "message" }), deps(client));
    expect([claimed.checkpoint.messageClaim, sent, claimed.waitMs]).toEqual(["run-A", 0, undefined]);
    const done = await advance(claimed.checkpoint, deps(client));
    expect(sent).toBe(1);
    expect(done.checkpoint).toMatchObject({
      step: "confirm",
      messageSent: true,
      agentText: "Done!",
      confirm: { mode: "text", reads: 0 },
    });
  });

  it("does not send when another run holds the claim: it waits and reads state instead", async () => {
    const client = fake({});
    const out = await advance(at({ step: "message", messageClaim: "run-B" }), deps(client));
    expect(out.checkpoint).toMatchObject({
      step: "confirm",
      messageSent: true,
      confirm: { mode: "dropped", reads: 0 },
    });
    expect(out.waitMs).toBe(10);
  });

  it("releases the claim when the upstream refused the message, so the next run may send it", async () => {
    const client = fake({
      sendMessage: async () =>
        Promise.reject(new NemoError("transient", "HTTP 503", { op: "message", httpStatus: 503 })),
    });
    const out = await advance(at({ step: "message", messageClaim: "run-A" }), deps(client));
    expect(out.checkpoint).toMatchObject({ step: "message", messageClaim: null, messageSent: false, retries: 1 });
    expect(out.waitMs).toBe(5);
  });

  it("treats an answer that never came (accepted unknown) as sent", async () => {
    const client = fake({ sendMessage: async () => turn({ outcome: "dropped", accepted: "unknown" }) });
    const out = await advance(at({ step: "message", messageClaim: "run-A" }), deps(client));
    expect(out.checkpoint).toMatchObject({ step: "confirm", messageSent: true, confirm: { mode: "dropped" } });
  });
});

describe("the confirm step", () => {
  it("fails with the agent's translated words when it answered without editing", async () => {
    const client = fake({ state: stateWith(null), credits: async () => ({ available: 50, frozen: 0, total: 50 }) });
    let cp = at({
      step: "confirm",
      messageSent: true,
      agentText: "Which clip? Drag and drop it into the panel.",
      confirm: { mode: "text", reads: 0, error: null },
    });
    const first = await advance(cp, deps(client));
    expect(first.waitMs).toBe(10);
    cp = first.checkpoint;
    const err = await failure(advance(cp, deps(client)));
    expect(err.code).toBe("upstream_error");
    expect(err.message).toContain("answered without changing the edit");
    expect(err.message).toContain("Describe the change in your instruction");
  });

  it("moves on to export once the draft changed, with the credits the turn cost", async () => {
    const client = fake({ state: stateWith(draft), credits: async () => ({ available: 50, frozen: 0, total: 50 }) });
    const out = await advance(
      at({
        step: "confirm",
        baseline: { draftHash: "x", creditsAvailable: 100 },
        confirm: { mode: "no_text", reads: 0, error: null },
      }),
      deps(client),
    );
    expect(out.checkpoint).toMatchObject({ step: "export", draft, creditsUsed: 50 });
  });

  it("does not take an unchanged but exportable draft for the edit", async () => {
    const { draftFingerprint } = await import("../../src/nemo/draft.js");
    const client = fake({ state: stateWith(draft) });
    const out = await advance(
      at({
        step: "confirm",
        baseline: { draftHash: draftFingerprint(draft), creditsAvailable: null },
        confirm: { mode: "no_text", reads: 0, error: null },
      }),
      deps(client),
    );
    expect(out.checkpoint.step).toBe("confirm");
    expect(out.waitMs).toBe(10);
  });
});

describe("the export step", () => {
  it("adopts the render another run may have started, instead of exporting again", async () => {
    let exported = 0;
    const client = fake({
      render: async (id) => ({
        id,
        status: "processing",
        progress: 40,
        outputUrl: null,
        error: null,
        reported: { duration: null, size: null },
        shape: "star",
      }),
      exportRender: async () => {
        exported++;
        return { id: "x", status: "pending", progress: 5 };
      },
    });
    const out = await advance(
      at({ step: "export", draft, exportClaim: { renderId: "render_1", runId: "run-B", ambiguous: false } }),
      deps(client),
    );
    expect(exported).toBe(0);
    expect(out.checkpoint).toMatchObject({ step: "poll", renderId: "render_1", exportClaim: null, renderProgress: 40 });
  });

  it("exports under a new id when the claimed one never reached the upstream", async () => {
    const client = fake({
      render: async () => Promise.reject(new NemoError("not_found", "no", { op: "render_status", httpStatus: 404 })),
    });
    const out = await advance(
      at({ step: "export", draft, exportClaim: { renderId: "render_1", runId: "run-B", ambiguous: false } }),
      deps(client),
    );
    expect(out.checkpoint.exportClaim).toEqual({ renderId: "render_1700000000000", runId: "run-A", ambiguous: false });
    expect(out.checkpoint.renderId).toBeNull();
  });

  it("marks the claim ambiguous when the export call failed without an answer", async () => {
    const client = fake({
      exportRender: async () => Promise.reject(new NemoError("transient", "socket hang up", { op: "export" })),
    });
    const out = await advance(
      at({ step: "export", draft, exportClaim: { renderId: "render_1", runId: "run-A", ambiguous: false } }),
      deps(client),
    );
    expect(out.checkpoint.exportClaim).toEqual({ renderId: "render_1", runId: "run-A", ambiguous: true });
    expect(out.waitMs).toBe(5);
  });

  it("never exports when a render id is already saved", async () => {
    const out = await advance(at({ step: "export", draft, renderId: "render_9" }), deps(fake({})));
    expect(out.checkpoint.step).toBe("poll");
  });
});

describe("the poll step", () => {
  const processing = async (id: string) => ({
    id,
    status: "processing" as const,
    progress: 30,
    outputUrl: null,
    error: null,
    reported: { duration: null, size: null },
    shape: "star" as const,
  });

  it("waits the poll interval while the render runs", async () => {
    const out = await advance(
      at({ step: "poll", renderId: "render_1", renderStartedAt: 1_000_000 }),
      deps(fake({ render: processing })),
    );
    expect(out).toMatchObject({ waitMs: 1000, checkpoint: { renderProgress: 30, lastPollAt: 1_000_000 } });
    expect(progressOf(out.checkpoint)).toBe(62);
  });

  it("cancels and fails a render that outlives the render timeout", async () => {
    const canceled: string[] = [];
    const client = fake({ render: processing, cancelRender: async (id) => void canceled.push(id) });
    const err = await failure(
      advance(
        at({ step: "poll", renderId: "render_1", renderStartedAt: 0 }),
        deps(client, { timings: { renderTimeoutMs: 60_000 } }),
      ),
    );
    expect(err.code).toBe("render_timeout");
    expect(canceled).toEqual(["render_1"]);
  });
});

describe("errors", () => {
  it("fails at once on an answer it cannot read", async () => {
    const client = fake({
      createSession: async () => Promise.reject(new NemoError("protocol", "not an envelope", { op: "session" })),
    });
    const err = await failure(advance(at({ step: "session", sessionId: null }), deps(client)));
    expect(err.code).toBe("upstream_error");
  });

  it("fails loudly on HTTP 400 (our bug)", async () => {
    const client = fake({
      token: async () =>
        Promise.reject(
          new NemoError("bad_request", "Bug in promptcut's NemoVideo client", { op: "token", httpStatus: 400 }),
        ),
    });
    expect((await failure(advance(newCheckpoint(), deps(client)))).code).toBe("internal");
  });

  it("re-uploads into a new session when an upload's outcome is unknown", async () => {
    const client = fake({
      uploadFiles: async () => Promise.reject(new NemoError("transient", "socket hang up", { op: "upload" })),
    });
    const out = await advance(at({ step: "upload" }), deps(client));
    expect(out.checkpoint).toMatchObject({ step: "session", sessionId: null, retries: 1 });
  });

  it("returns the saved result again once done", async () => {
    const timeline = TimelineSchema.parse({ durationMs: 0, width: 0, height: 0, fps: 30, sources: [], tracks: [] });
    const result = {
      outputPath: "/x.mp4",
      format: "mp4",
      width: 1,
      height: 1,
      durationMs: 1,
      sizeBytes: 1,
      timeline,
      summary: "s",
      text: "t",
      creditsUsed: null,
      renderId: "r",
      sessionId: "s",
    };
    const out = await advance({ ...at({}), step: "done", result }, deps(fake({})));
    expect(out.done).toEqual(result);
  });
});
