import http from "node:http";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A webhook receiver on 127.0.0.1 whose answers a test scripts (status per attempt). */
export async function startReceiver(answer: (n: number, req: Received) => number = () => 200): Promise<{
  url: string;
  received: Received[];
  close(): Promise<void>;
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
}> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const r = { headers: req.headers, body, at: Date.now() };
      received.push(r);
      res.writeHead(answer(received.length, r)).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  return {
    url,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
    async waitFor(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < n) {
        if (Date.now() > deadline) throw new Error(`receiver got ${received.length} of ${n} requests`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
  };
}
