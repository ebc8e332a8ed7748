import { createParser, type EventSourceMessage } from "eventsource-parser";

export interface SseClient {
  events: EventSourceMessage[];
  /** Resolves when the server ends the stream. */
  done: Promise<void>;
  status: number;
  close(): void;
}

/** A minimal EventSource over fetch, collecting every event until the server closes the stream. */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: ac.signal });
  const events: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (e) => events.push(e) });
  const done = (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parser.feed(value);
      }
    } catch {
      // aborted by close()
    }
  })();
  return { events, done, status: res.status, close: () => ac.abort() };
}
