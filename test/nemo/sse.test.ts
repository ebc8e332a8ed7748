import { describe, expect, it } from "vitest";
import { interpretEvent, joinText, readTurn, userText, type TurnLimits } from "../../src/nemo/sse.js";

const LIMITS: TurnLimits = { capMs: 5_000, heartbeatOnlyMs: 1_000 };

async function* chunks(parts: string[], gapMs = 0): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  for (const p of parts) {
    if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
    yield enc.encode(p);
  }
}

/** An endless body that only stops when aborted, like a socket the reader gives up on. */
function endless(
  every: string,
  gapMs: number,
): { body: AsyncIterable<Uint8Array>; abort: () => void; aborted: () => boolean } {
  let stop = false;
  const enc = new TextEncoder();
  return {
    abort: () => {
      stop = true;
    },
    aborted: () => stop,
    body: (async function* () {
      while (!stop) {
        await new Promise((r) => setTimeout(r, gapMs));
        yield enc.encode(every);
      }
      throw new Error("aborted");
    })(),
  };
}

describe("interpretEvent", () => {
  it("reads the ★ dialect", () => {
    expect(interpretEvent('{"type":"text","content":"Hi"}')).toEqual([
      { kind: "text", text: "Hi", partial: false, dialect: "star" },
    ]);
    expect(interpretEvent('{"type":"tool_call","name":"edit","args":{}}')).toEqual([
      { kind: "tool_call", name: "edit", dialect: "star" },
    ]);
    expect(interpretEvent('{"type":"tool_result","name":"edit","result":1}')).toEqual([
      { kind: "tool_result", name: "edit", dialect: "star" },
    ]);
    expect(interpretEvent('{"type":"heartbeat"}')).toEqual([{ kind: "heartbeat" }]);
  });

  it("reads the Google ADK dialect, several parts per event, skipping thoughts", () => {
    const ev = {
      content: {
        parts: [
          { text: "thinking", thought: true },
          { text: "Done" },
          { functionCall: { name: "cut" } },
          { functionResponse: { name: "cut" } },
        ],
      },
      author: "nemo_agent",
      partial: true,
    };
    expect(interpretEvent(JSON.stringify(ev))).toEqual([
      { kind: "text", text: "Done", partial: true, dialect: "adk" },
      { kind: "tool_call", name: "cut", dialect: "adk" },
      { kind: "tool_result", name: "cut", dialect: "adk" },
    ]);
  });

  it("reads errors in each form", () => {
    expect(interpretEvent('{"error":"boom"}')).toEqual([{ kind: "error", message: "boom" }]);
    expect(interpretEvent('{"errorCode":"X","errorMessage":"adk boom"}')).toEqual([
      { kind: "error", message: "adk boom" },
    ]);
    expect(interpretEvent('{"type":"error","content":"star boom"}')).toEqual([{ kind: "error", message: "star boom" }]);
  });

  it("treats empty data as a keep-alive and anything unreadable as nothing", () => {
    expect(interpretEvent("")).toEqual([{ kind: "heartbeat" }]);
    expect(interpretEvent("not json")).toEqual([{ kind: "other" }]);
    expect(interpretEvent('{"type":"usage","tokens":5}')).toEqual([{ kind: "other" }]);
  });
});

describe("text assembly", () => {
  it("joins deltas as they come and sentences with a space", () => {
    expect(joinText(["Hel", "lo. ", "World"])).toBe("Hello. World");
    expect(joinText(["Done!", "Anything else?"])).toBe("Done! Anything else?");
    expect(joinText(["好了。", "还要别的吗？"])).toBe("好了。还要别的吗？");
  });

  it("drops a trailing 'I encountered a temporary issue' after normal text", () => {
    expect(userText("Done! I cut it. I encountered a temporary issue while saving.")).toEqual({
      text: "Done! I cut it.",
      hadText: true,
    });
  });

  it("counts a turn whose only text is the temporary issue as a turn without text", () => {
    expect(userText("I encountered a temporary issue.")).toEqual({ text: "", hadText: false });
    expect(userText("   ")).toEqual({ text: "", hadText: false });
  });
});

describe("readTurn", () => {
  it("collects text across chunks split mid-line, tolerating comments and empty data lines", async () => {
    const body = chunks([
      ": hello\n\n",
      'data: {"type":"heart',
      'beat"}\n\ndata:\n\n',
      'data: {"type":"tool_call","name":"edit_draft","args":{}}\n\n',
      'data: {"type":"text","content":"Done! "}\n\ndata: {"type":"text","con',
      'tent":"Click Export."}\n\n',
    ]);
    const r = await readTurn(body, { limits: LIMITS, abort: () => {} });
    expect(r).toMatchObject({
      outcome: "closed",
      text: "Done! Click Export.",
      hadText: true,
      toolCalls: ["edit_draft"],
      dialect: "star",
      error: null,
    });
  });

  it("does not double ADK text sent as partial deltas and then in full", async () => {
    const ev = (text: string, partial: boolean) =>
      `data: ${JSON.stringify({ content: { parts: [{ text }] }, partial })}\n\n`;
    const r = await readTurn(chunks([ev("Hello ", true), ev("there", true), ev("Hello there", false)]), {
      limits: LIMITS,
      abort: () => {},
    });
    expect(r.text).toBe("Hello there");
    expect(r.dialect).toBe("adk");
  });

  it("keeps partial ADK text when no final event follows", async () => {
    const r = await readTurn(
      chunks([`data: ${JSON.stringify({ content: { parts: [{ text: "Half" }] }, partial: true })}\n\n`]),
      { limits: LIMITS, abort: () => {} },
    );
    expect(r.text).toBe("Half");
  });

  it("reads a last event the server closed without a blank line after", async () => {
    const r = await readTurn(chunks(['data: {"type":"text","content":"tail"}']), { limits: LIMITS, abort: () => {} });
    expect(r.text).toBe("tail");
  });

  it("reports a stream that closed with no text", async () => {
    const r = await readTurn(chunks(['data: {"type":"tool_call","name":"x"}\n\n']), {
      limits: LIMITS,
      abort: () => {},
    });
    expect(r).toMatchObject({ outcome: "closed", hadText: false, text: "" });
  });

  it("reports a dropped connection, keeping what arrived", async () => {
    async function* broken() {
      yield new TextEncoder().encode('data: {"type":"text","content":"partial answer"}\n\n');
      throw new Error("other side closed");
    }
    const r = await readTurn(broken(), { limits: LIMITS, abort: () => {} });
    expect(r).toMatchObject({ outcome: "dropped", text: "partial answer" });
  });

  it("times out after the heartbeats-only limit, even though keep-alives keep coming", async () => {
    const s = endless('data: {"type":"heartbeat"}\n\n: ping\n\n', 20);
    const t0 = Date.now();
    const r = await readTurn(s.body, { limits: { capMs: 10_000, heartbeatOnlyMs: 200 }, abort: s.abort });
    expect(r.outcome).toBe("timed_out");
    expect(s.aborted()).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190);
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it("restarts the heartbeats-only clock on real activity", async () => {
    const s = endless('data: {"type":"tool_call","name":"busy"}\n\n', 20);
    const r = await readTurn(s.body, { limits: { capMs: 1_200, heartbeatOnlyMs: 600 }, abort: s.abort });
    // Activity every 20 ms never lets 600 ms of mere keep-alive pass: only the cap ends it.
    expect(r.outcome).toBe("capped");
    expect(r.toolCalls.length).toBeGreaterThan(5);
  });

  it("counts time spent before the stream towards the cap", async () => {
    const s = endless('data: {"type":"tool_call","name":"busy"}\n\n', 20);
    const t0 = Date.now();
    const r = await readTurn(s.body, {
      limits: { capMs: 1_000, heartbeatOnlyMs: 500 },
      elapsedMs: 900,
      abort: s.abort,
    });
    expect(r.outcome).toBe("capped");
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it("keeps an {error} event", async () => {
    const r = await readTurn(chunks(['data: {"error":"quota"}\n\n']), { limits: LIMITS, abort: () => {} });
    expect(r).toMatchObject({ outcome: "closed", error: "quota", hadText: false });
  });
});
