import http from "node:http";
import os from "node:os";
import dns from "node:dns/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkUrl, forbiddenAddressReason, guardedRequest } from "../../src/shared/ssrf.js";

const strict = { allowLoopback: false };
const dev = { allowLoopback: true };

describe("the SSRF guard", () => {
  describe("judging addresses", () => {
    it.each([
      "127.0.0.1",
      "127.255.0.1",
      "10.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.254",
      "0.0.0.0",
      "224.0.0.251",
      "239.255.255.250",
      "255.255.255.255",
      "198.18.0.1",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "::ffff:a9fe:a9fe",
      "::7f00:1",
      "::a9fe:a9fe",
      "::127.0.0.1",
      "64:ff9b::a00:1",
      "2002:c0a8:101::1",
    ])("refuses %s", (ip) => {
      expect(forbiddenAddressReason(ip, strict)).toMatch(/private|loopback|reserved/);
    });

    it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
      "allows the public address %s",
      (ip) => {
        expect(forbiddenAddressReason(ip, strict)).toBeNull();
      },
    );

    it("lets loopback through only when configured to, and nothing else private", () => {
      expect(forbiddenAddressReason("127.0.0.1", dev)).toBeNull();
      expect(forbiddenAddressReason("::1", dev)).toBeNull();
      expect(forbiddenAddressReason("10.0.0.1", dev)).not.toBeNull();
      expect(forbiddenAddressReason("169.254.169.254", dev)).not.toBeNull();
    });
  });

  describe("judging URLs", () => {
    it.each([
      ["file:///etc/passwd", /only http and https/],
      ["gopher://example.com/", /only http and https/],
      ["http://user:secret@example.com/a.mp4", /credentials/],
      ["http://2130706433/", /127\.0\.0\.1/],
      ["http://0x7f.0.0.1/", /127\.0\.0\.1/],
      ["http://[::ffff:169.254.169.254]/", /169\.254\.169\.254/],
      ["http://localhost:3000/", /local name/],
      ["http://metadata.google.internal/", /local name/],
      ["not a url", /valid absolute URL/],
    ])("refuses %s", (url, why) => {
      expect(() => checkUrl(url, strict)).toThrow(why);
    });

    it("accepts an ordinary https URL", () => {
      expect(checkUrl("https://cdn.example.com/clip.mp4?sig=1", strict).hostname).toBe("cdn.example.com");
    });
  });

  describe("when fetching", () => {
    let server: http.Server;
    let base: string;
    beforeAll(async () => {
      server = http.createServer((req, res) => {
        if (req.url === "/ok") res.end("media");
        else if (req.url === "/hop") res.writeHead(302, { location: "/ok" }).end();
        else if (req.url === "/to-private") res.writeHead(301, { location: "http://10.1.2.3/x" }).end();
        else if (req.url === "/to-file") res.writeHead(302, { location: "file:///etc/passwd" }).end();
        else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
        else res.writeHead(404).end();
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(() => server.close());

    it("follows a redirect that stays allowed", async () => {
      const res = await guardedRequest(`${base}/hop`, { policy: dev, timeoutMs: 2000 });
      expect(res.statusCode).toBe(200);
      expect(await res.body.text()).toBe("media");
    });

    it("re-checks every redirect hop and refuses one to a private address or another scheme", async () => {
      await expect(guardedRequest(`${base}/to-private`, { policy: dev, timeoutMs: 2000 })).rejects.toMatchObject({
        code: "source_url_forbidden",
      });
      await expect(guardedRequest(`${base}/to-file`, { policy: dev, timeoutMs: 2000 })).rejects.toMatchObject({
        code: "source_url_forbidden",
      });
    });

    it("stops a redirect loop", async () => {
      await expect(guardedRequest(`${base}/loop`, { policy: dev, timeoutMs: 2000 })).rejects.toMatchObject({
        code: "source_unreachable",
      });
    });

    it("does not follow redirects when told not to (webhooks)", async () => {
      const res = await guardedRequest(`${base}/hop`, { policy: dev, timeoutMs: 2000, maxRedirects: 0 });
      expect(res.statusCode).toBe(302);
    });

    it("refuses at connect time a host name whose DNS answer is a forbidden address", async () => {
      // The machine's own name resolves (via /etc/hosts) to one of its addresses; none is public here.
      const host = os.hostname();
      const addrs = await dns.lookup(host, { all: true }).catch(() => []);
      const allForbidden = addrs.length > 0 && addrs.every((a) => forbiddenAddressReason(a.address, strict) !== null);
      expect(allForbidden, `${host} should resolve to private addresses on a test machine`).toBe(true);
      const port = (server.address() as { port: number }).port;
      await expect(
        guardedRequest(`http://${host}:${port}/ok`, { policy: strict, timeoutMs: 2000 }),
      ).rejects.toMatchObject({ code: "source_url_forbidden" });
    });
  });
});
