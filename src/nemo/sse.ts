import { createParser } from "eventsource-parser";

/**
 * Reading one agent turn from `/run_sse` (NEMO.md "The SSE stream"). There is no "done" event: the
 * turn ends when the connection closes. Two event dialects exist and both are accepted:
 *   ★ `{"type":"text"|"tool_call"|"tool_result"|"heartbeat", …}`
 *   Google ADK `{"content":{"parts":[{"text"}|{"functionCall"}|{"functionResponse"}]}, "author", "partial"?}`
 * plus `{"error":"…"}`, empty `data:` lines and `:` comments as keep-alives.
 */

export type TurnEvent =
  | { kind: "text"; text: string; partial: boolean; dialect: Dialect }
  | { kind: "tool_call"; name: string; dialect: Dialect }
  | { kind: "tool_result"; name: string; dialect: Dialect }
  | { kind: "heartbeat" }
  | { kind: "error"; message: string }
  | { kind: "other" };

export type Dialect = "star" | "adk";

/** How a turn's stream ended. Anything but `closed` means the agent may still be working upstream. */
export type TurnOutcome = "closed" | "dropped" | "timed_out" | "capped";

export interface TurnResult {
  outcome: TurnOutcome;
  /** Text for the user (untranslated), with a trailing "I encountered a temporary issue" removed. */
  text: string;
  /** False when the turn produced no text worth showing: the caller must read session state instead. */
  hadText: boolean;
  /** Every text piece as received, for logs. */
  rawText: string;
  /** An `{"error":…}` event, when one arrived. */
  error: string | null;
  /** Tool calls stay internal (NEMO.md); their names are kept for logs. */
  toolCalls: string[];
  events: number;
  dialect: Dialect | null;
  durationMs: number;
}

export interface TurnLimits {
  /** NEMO.md: a turn runs up to 15 minutes. */
  capMs: number;
  /** NEMO.md: ten minutes of heartbeats only means the turn timed out. */
  heartbeatOnlyMs: number;
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const obj = (v: unknown): Record<string, unknown> | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Pure: one `data:` payload → the events it holds (an ADK event can carry several parts). */
export function interpretEvent(data: string): TurnEvent[] {
  const trimmed = data.trim();
  if (trimmed === "") return [{ kind: "heartbeat" }];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return [{ kind: "other" }];
  }
  const ev = obj(parsed);
  if (!ev) return [{ kind: "other" }];

  // `{"error":"…"}` (both dialects), ADK's `errorMessage`, or a ★ `{"type":"error"}`.
  const err =
    str(ev.error) ??
    str(obj(ev.error)?.message) ??
    str(ev.errorMessage) ??
    (ev.type === "error" ? (str(ev.content) ?? str(ev.message) ?? "error") : null);
  if (err !== null) return [{ kind: "error", message: err }];

  if (typeof ev.type === "string") {
    switch (ev.type) {
      case "text":
        return [{ kind: "text", text: str(ev.content) ?? str(ev.text) ?? "", partial: false, dialect: "star" }];
      case "tool_call":
        return [{ kind: "tool_call", name: str(ev.name) ?? "tool", dialect: "star" }];
      case "tool_result":
        return [{ kind: "tool_result", name: str(ev.name) ?? "tool", dialect: "star" }];
      case "heartbeat":
      case "ping":
        return [{ kind: "heartbeat" }];
      default:
        return [{ kind: "other" }];
    }
  }

  const parts = obj(ev.content)?.parts;
  if (Array.isArray(parts)) {
    const partial = ev.partial === true;
    const out: TurnEvent[] = [];
    for (const p of parts) {
      const part = obj(p);
      if (!part) continue;
      // Gemini "thought" parts are the model's reasoning, not an answer for the user.
      if (typeof part.text === "string" && part.thought !== true)
        out.push({ kind: "text", text: part.text, partial, dialect: "adk" });
      else if (obj(part.functionCall))
        out.push({ kind: "tool_call", name: str(obj(part.functionCall)?.name) ?? "tool", dialect: "adk" });
      else if (obj(part.functionResponse))
        out.push({ kind: "tool_result", name: str(obj(part.functionResponse)?.name) ?? "tool", dialect: "adk" });
    }
    return out.length > 0 ? out : [{ kind: "other" }];
  }
  return [{ kind: "other" }];
}

const TEMPORARY_ISSUE = /\s*I encountered a temporary issue[\s\S]*$/i;

/**
 * Joins text pieces. ★ text events may be deltas ("Hel" + "lo") or whole sentences; a space is
 * added only between a finished sentence and a new word, so neither reads wrong.
 */
export function joinText(pieces: readonly string[]): string {
  let out = "";
  for (const p of pieces) {
    if (out && /[.!?:]$/.test(out) && /^[A-Za-z0-9]/.test(p)) out += " ";
    out += p;
  }
  return out;
}

/**
 * NEMO.md: a trailing "I encountered a temporary issue" after normal text can be ignored. When it is
 * the only text, the turn said nothing useful and the caller must read state instead.
 */
export function userText(raw: string): { text: string; hadText: boolean } {
  const m = TEMPORARY_ISSUE.exec(raw);
  const text = (m ? raw.slice(0, m.index) : raw).trim();
  return { text, hadText: text.length > 0 };
}

/** Accumulates events into a TurnResult; pure, so the dialect logic is unit-testable on its own. */
export class TurnCollector {
  private pieces: string[] = [];
  private partialBuf = "";
  private error: string | null = null;
  private toolCalls: string[] = [];
  private events = 0;
  private dialect: Dialect | null = null;

  /** Returns true when the event shows the agent is doing something (not a keep-alive). */
  add(ev: TurnEvent): boolean {
    this.events++;
    switch (ev.kind) {
      case "text":
        this.dialect ??= ev.dialect;
        // ADK streams partial deltas, then the final event repeats the whole text: the final one wins.
        if (ev.partial) this.partialBuf += ev.text;
        else {
          this.partialBuf = "";
          if (ev.text) this.pieces.push(ev.text);
        }
        return true;
      case "tool_call":
        this.dialect ??= ev.dialect;
        this.toolCalls.push(ev.name);
        return true;
      case "tool_result":
        this.dialect ??= ev.dialect;
        return true;
      case "error":
        this.error = ev.message;
        return true;
      case "heartbeat":
      case "other":
        return false;
    }
  }

  result(outcome: TurnOutcome, durationMs: number): TurnResult {
    const rawText = joinText(this.partialBuf ? [...this.pieces, this.partialBuf] : this.pieces);
    const { text, hadText } = userText(rawText);
    return {
      outcome,
      text,
      hadText,
      rawText,
      error: this.error,
      toolCalls: [...this.toolCalls],
      events: this.events,
      dialect: this.dialect,
      durationMs,
    };
  }
}

export interface ReadTurnOptions {
  limits: TurnLimits;
  /** Time already spent on this turn (waiting for response headers counts towards the 15-minute cap). */
  elapsedMs?: number;
  /** Stops the underlying request; called when a limit is reached. */
  abort: () => void;
  onEvent?: (ev: TurnEvent) => void;
  now?: () => number;
}

/**
 * Reads a turn's body until the connection closes, a limit is hit or the connection drops. Never
 * throws for stream problems: once the request was accepted the message is spent, so the caller
 * needs the outcome, not an exception.
 */
export async function readTurn(body: AsyncIterable<Uint8Array | string>, opts: ReadTurnOptions): Promise<TurnResult> {
  const now = opts.now ?? Date.now;
  const started = now() - (opts.elapsedMs ?? 0);
  const collector = new TurnCollector();
  let stopped: "capped" | "timed_out" | null = null;
  const stop = (why: "capped" | "timed_out") => {
    if (stopped) return;
    stopped = why;
    opts.abort();
  };

  const capTimer = setTimeout(() => stop("capped"), Math.max(0, opts.limits.capMs - (opts.elapsedMs ?? 0)));
  let idleTimer = setTimeout(() => stop("timed_out"), opts.limits.heartbeatOnlyMs);
  const parser = createParser({
    onEvent: (msg) => {
      for (const ev of interpretEvent(msg.data)) {
        opts.onEvent?.(ev);
        if (collector.add(ev)) {
          // Only real activity resets the clock: heartbeats, comments and empty data do not.
          clearTimeout(idleTimer);
          idleTimer = setTimeout(() => stop("timed_out"), opts.limits.heartbeatOnlyMs);
        }
      }
    },
  });

  let outcome: TurnOutcome = "closed";
  const decoder = new TextDecoder();
  try {
    for await (const chunk of body) {
      parser.feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    }
    // A server that closes without the final blank line still meant its last event.
    parser.feed(`${decoder.decode()}\n\n`);
  } catch {
    outcome = "dropped";
  } finally {
    clearTimeout(capTimer);
    clearTimeout(idleTimer);
  }
  if (stopped) outcome = stopped;
  return collector.result(outcome, now() - started);
}
