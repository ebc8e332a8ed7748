import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startSimulator, type Simulator } from "../../src/sim/server.js";
import { ROOT } from "../support/fixtures.js";
import { ATTRIBUTION, QUIET_FAULTS } from "../support/nemo.js";

let sim: Simulator;
afterEach(async () => {
  await sim?.close();
});

const attribution = {
  "x-skill-source": ATTRIBUTION.source,
  "x-skill-version": ATTRIBUTION.version,
  "x-skill-platform": ATTRIBUTION.platform,
};

async function call(
  method: string,
  p: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...attribution, ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sim.url}${p}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: text ? (JSON.parse(text) as Record<string, any>) : null,
  };
}

async function token(clientId = "sim-test"): Promise<string> {
  const r = await call("POST", "/api/auth/anonymous-token", { headers: { "x-client-id": clientId } });
  return r.json!.data.token as string;
}

describe("the simulator's envelopes and ids", () => {
  it("answers the token call with the business envelope", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    const r = await call("POST", "/api/auth/anonymous-token", { headers: { "x-client-id": "c1" } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      code: 0,
      message: "",
      data: { token: expect.stringMatching(/^nmv_usr_/), user_id: expect.stringMatching(/^anon_/), credits: 100 },
    });
    const ttl = Date.parse(r.json!.data.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
  });

  it("issues one anonymous token per client id per 7 days", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    await token("c1");
    expect((await call("POST", "/api/auth/anonymous-token", { headers: { "x-client-id": "c1" } })).status).toBe(429);
    expect((await call("POST", "/api/auth/anonymous-token", { headers: { "x-client-id": "c2" } })).status).toBe(200);
    expect(sim.stats().tokensIssued).toBe(2);
  });

  it("answers 400 without X-Client-Id", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    expect((await call("POST", "/api/auth/anonymous-token")).status).toBe(400);
    expect(
      (await call("POST", "/api/auth/anonymous-token", { headers: { "x-client-id": "x".repeat(65) } })).status,
    ).toBe(400);
  });

  it("refuses a missing or unknown token with 401 / code 1001", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    const none = await call("GET", "/api/credits/balance/simple");
    expect([none.status, none.json?.code]).toEqual([401, 1001]);
    const bad = await call("GET", "/api/credits/balance/simple", { token: "nmv_usr_nope" });
    expect([bad.status, bad.json?.code]).toEqual([401, 1001]);
  });

  it("refuses an expired token with the configured answer", async () => {
    sim = await startSimulator({ faults: { ...QUIET_FAULTS, tokenExpiry: { afterCalls: 0, answer: "1011" } } });
    const t = await token();
    const r = await call("GET", "/api/credits/balance/simple", { token: t });
    expect([r.status, r.json?.code]).toEqual([200, 1011]);
    // The proxy endpoints say it in their own envelope.
    const p = await call("GET", "/api/render/proxy/lambda/render_1", { token: t });
    expect(p.json).toMatchObject({ success: false, code: 1011 });
  });

  it("creates sessions with 19-digit ids and task_ ids, private to their user", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    const a = await token("a");
    const b = await token("b");
    const s = await call("POST", "/api/tasks/me/with-session/nemo_agent", {
      token: a,
      body: { task_name: "project", language: "en" },
    });
    expect(s.json?.data).toMatchObject({
      task_id: expect.stringMatching(/^task_[0-9a-f]+$/),
      session_id: expect.stringMatching(/^[1-9]\d{18}$/),
    });
    const sid = s.json!.data.session_id as string;
    expect((await call("GET", `/api/state/nemo_agent/me/${sid}/latest`, { token: a })).json).toMatchObject({
      code: 0,
      data: { session_id: sid, task_name: "project", state: { draft: null } },
    });
    expect((await call("GET", `/api/state/nemo_agent/me/${sid}/latest`, { token: b })).json?.code).toBe(1002);
  });

  it("answers credits as available, frozen and total", async () => {
    sim = await startSimulator({ faults: { ...QUIET_FAULTS, initialCredits: 70 } });
    expect((await call("GET", "/api/credits/balance/simple", { token: await token() })).json?.data).toEqual({
      available: 70,
      frozen: 0,
      total: 70,
    });
  });

  it("answers 429 bursts with and without Retry-After, then recovers", async () => {
    sim = await startSimulator({
      faults: { ...QUIET_FAULTS, rateLimit: { count: 2, retryAfterS: 4, on: ["credits"] } },
    });
    const t = await token();
    const first = await call("GET", "/api/credits/balance/simple", { token: t });
    expect([first.status, first.headers.get("retry-after")]).toEqual([429, "4"]);
    await call("GET", "/api/credits/balance/simple", { token: t });
    expect((await call("GET", "/api/credits/balance/simple", { token: t })).status).toBe(200);
    sim.setFaults({ rateLimit: { count: 1, retryAfterS: null } });
    const bare = await call("GET", "/api/credits/balance/simple", { token: t });
    expect([bare.status, bare.headers.get("retry-after")]).toEqual([429, null]);
    expect(sim.stats().rateLimited).toBe(3);
  });

  it("refuses an export without attribution headers (402) or of an empty draft (400)", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    const t = await token();
    const sid = (await call("POST", "/api/tasks/me/with-session/nemo_agent", { token: t, body: { task_name: "p" } }))
      .json!.data.session_id;
    const bare = await fetch(`${sim.url}/api/render/proxy/lambda`, {
      method: "POST",
      headers: { authorization: `Bearer ${t}`, "content-type": "application/json" },
      body: JSON.stringify({ id: "render_1", sessionId: sid, draft: { t: [{ tt: 0, sg: [{}] }] } }),
    });
    expect(bare.status).toBe(402);
    expect(await bare.json()).toMatchObject({ success: false });
    const empty = await call("POST", "/api/render/proxy/lambda", {
      token: t,
      body: { id: "render_2", sessionId: sid, draft: { t: [{ tt: 0, sg: [] }] } },
    });
    expect(empty.status).toBe(400);
    expect(sim.stats().exports).toEqual({ calls: 2, accepted: 0, refused: 2 });
  });
});

describe("the simulator's SSE turns", () => {
  async function turnText(dialect: "star" | "adk"): Promise<string> {
    sim = await startSimulator({ faults: { ...QUIET_FAULTS, dialect, turnMs: 60, heartbeatMs: 15 } });
    const t = await token();
    const sid = (await call("POST", "/api/tasks/me/with-session/nemo_agent", { token: t, body: {} })).json!.data
      .session_id;
    const res = await fetch(`${sim.url}/run_sse`, {
      method: "POST",
      headers: {
        ...attribution,
        authorization: `Bearer ${t}`,
        "content-type": "application/json",
        accept: "text/event-stream",
      },
      body: JSON.stringify({
        app_name: "nemo_agent",
        user_id: "me",
        session_id: sid,
        new_message: { parts: [{ text: "hi" }] },
      }),
    });
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    return res.text();
  }

  it("speaks the ★ dialect with heartbeats, empty data lines and comments", async () => {
    const body = await turnText("star");
    expect(body).toContain('data: {"type":"heartbeat"}');
    expect(body).toContain("data:\n\n");
    expect(body).toContain(": keep-alive");
    // No upload yet: the agent asks for one, in its GUI words.
    expect(body).toContain(
      'data: {"type":"text","content":"Please upload a video first: drag and drop it into the media panel."}',
    );
    expect(sim.stats().messages.total).toBe(1);
  });

  it("speaks the Google ADK dialect", async () => {
    const body = await turnText("adk");
    const events = body
      .split("\n")
      .filter((l) => l.startsWith("data: {"))
      .map((l) => JSON.parse(l.slice(6)));
    expect(events.at(-1)).toMatchObject({
      content: { parts: [{ text: expect.stringContaining("upload a video") }], role: "model" },
      author: "nemo_agent",
    });
    expect(events.some((e) => e.partial === true)).toBe(true);
  });
});

describe("the control endpoint", () => {
  it("merges, replaces and resets faults, and validates them", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    const merged = await call("POST", "/__sim/faults", { body: { dialect: "adk", rateLimit: { count: 2 } } });
    expect(merged.json).toMatchObject({ dialect: "adk", noTextRate: 0, rateLimit: { count: 2, retryAfterS: 1 } });
    expect(sim.state.faults.dialect).toBe("adk");
    const replaced = await call("PUT", "/__sim/faults", { body: { renderStatusShape: "toplevel" } });
    expect(replaced.json).toMatchObject({
      renderStatusShape: "toplevel",
      dialect: "star",
      noTextRate: 0.3,
      rateLimit: null,
    });
    expect((await call("DELETE", "/__sim/faults")).json).toMatchObject({ renderStatusShape: "star" });
    const bad = await call("POST", "/__sim/faults", { body: { noTextRate: 3 } });
    expect(bad.status).toBe(400);
    expect((await call("GET", "/__sim/faults")).json?.noTextRate).toBe(0.3);
  });

  it("serves counters", async () => {
    sim = await startSimulator({ faults: QUIET_FAULTS });
    await token();
    expect((await call("GET", "/__sim/stats")).json).toMatchObject({
      tokensIssued: 1,
      messages: { total: 0, bySession: {} },
      renders: { started: 0, bySession: {} },
      exports: { calls: 0 },
    });
  });

  it("spends a counted fault once per occurrence", async () => {
    sim = await startSimulator({ faults: { ...QUIET_FAULTS, serverError: { count: 2, on: ["credits"] } } });
    const t = await token();
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call("GET", "/api/credits/balance/simple", { token: t })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(sim.state.faults.serverError).toBeNull();
  });
});

describe("promptcut nemo-sim", () => {
  it("runs standalone until SIGTERM", async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        path.join(ROOT, "src/cli/main.ts"),
        "nemo-sim",
        "--port",
        "0",
        "--faults",
        '{"dialect":"adk"}',
        "--log-level",
        "silent",
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (b: Buffer) => {
        out += b.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    const faults = await (await fetch(`${url}/__sim/faults`)).json();
    expect(faults).toMatchObject({ dialect: "adk" });
    const code = await new Promise<number | null>((resolve) => {
      child.once("exit", resolve);
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
    expect(out).toContain("nemo-sim stopped");
  });

  it("refuses bad --faults JSON", async () => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
        path.join(ROOT, "src/cli/main.ts"),
        "nemo-sim",
        "--faults",
        "{nope",
      ],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/not valid JSON/);
  });
});
