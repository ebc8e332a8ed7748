import { randomBytes } from "node:crypto";

/**
 * SSE frames of a simulated turn, in either NEMO.md dialect. Pure: the server decides when to write
 * them. Keep-alives rotate through the three documented forms (heartbeat event, empty `data:`,
 * `:` comment) so clients are exercised on each.
 */

export type SimTurnEvent =
  | { kind: "text"; text: string }
  | { kind: "tool_call"; name: string; args: unknown }
  | { kind: "tool_result"; name: string; result: unknown }
  | { kind: "error"; message: string };

const frame = (data: unknown) => `data: ${JSON.stringify(data)}\n\n`;

export class TurnWriter {
  private beat = 0;
  private readonly invocationId = `e-${randomBytes(6).toString("hex")}`;

  constructor(readonly dialect: "star" | "adk") {}

  keepAlive(): string {
    const n = this.beat++ % 3;
    if (this.dialect === "adk") return n === 0 ? ": ping\n\n" : n === 1 ? "data:\n\n" : ": keep-alive\n\n";
    return n === 0 ? frame({ type: "heartbeat" }) : n === 1 ? "data:\n\n" : ": keep-alive\n\n";
  }

  event(ev: SimTurnEvent): string {
    if (ev.kind === "error") return frame({ error: ev.message });
    if (this.dialect === "star") {
      switch (ev.kind) {
        case "text":
          return frame({ type: "text", content: ev.text });
        case "tool_call":
          return frame({ type: "tool_call", name: ev.name, args: ev.args });
        case "tool_result":
          return frame({ type: "tool_result", name: ev.name, result: ev.result });
      }
    }
    const adk = (parts: unknown[], extra: Record<string, unknown> = {}) =>
      frame({
        content: { parts, role: "model" },
        author: "nemo_agent",
        invocationId: this.invocationId,
        id: randomBytes(4).toString("hex"),
        timestamp: Date.now() / 1000,
        ...extra,
      });
    switch (ev.kind) {
      case "text": {
        // ADK streams partial deltas, then repeats the whole text in a final event.
        const cut = Math.max(1, Math.floor(ev.text.length / 2));
        return (
          adk([{ text: ev.text.slice(0, cut) }], { partial: true }) +
          adk([{ text: ev.text.slice(cut) }], { partial: true }) +
          adk([{ text: ev.text }])
        );
      }
      case "tool_call":
        return adk([{ functionCall: { id: `call_${randomBytes(4).toString("hex")}`, name: ev.name, args: ev.args } }]);
      case "tool_result":
        return adk([
          { functionResponse: { id: `call_${randomBytes(4).toString("hex")}`, name: ev.name, response: ev.result } },
        ]);
    }
  }
}
