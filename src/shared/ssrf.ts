import dns from "node:dns";
import net from "node:net";
import type { Readable } from "node:stream";
import { Agent, request, type Dispatcher } from "undici";
import { AppError, SourceUrlForbiddenError } from "./errors.js";

/**
 * The one place that decides which URLs the service may reach (source downloads, webhooks, the
 * nemo engine). Checks happen on the URL, on every address DNS returns — at connect time, inside
 * the socket's own lookup, so a name cannot resolve to a public address for the check and a private
 * one for the connection — and again on every redirect hop.
 */
export interface UrlPolicy {
  /** Let 127.0.0.0/8 and ::1 through (tests and local development only). */
  allowLoopback: boolean;
}

const blockedV4 = new net.BlockList();
const blockedV6 = new net.BlockList();
const loopbackV4 = new net.BlockList();
loopbackV4.addSubnet("127.0.0.0", 8, "ipv4");

// Not routable on the public internet, or special purpose (RFC 6890 and successors).
for (const [net4, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved + broadcast
] as const) {
  blockedV4.addSubnet(net4, bits, "ipv4");
}
for (const [net6, bits] of [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible ::a.b.c.d
  ["::ffff:0:0", 96], // IPv4-mapped: judged by the embedded v4 address instead (see below)
  ["64:ff9b::", 96], // NAT64 can reach any v4 address, private ones included
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001::", 32], // Teredo
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4 embeds arbitrary v4
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  blockedV6.addSubnet(net6, bits, "ipv6");
}

function embeddedV4(ip6: string): string | null {
  const m = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip6);
  if (m) return m[1]!;
  const h = /^::ffff:(?:0:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip6);
  if (h) {
    const hi = parseInt(h[1]!, 16);
    const lo = parseInt(h[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** Why an address may not be reached, or null when it may. */
export function forbiddenAddressReason(ip: string, policy: UrlPolicy): string | null {
  const family = net.isIP(ip);
  if (family === 4) {
    if (policy.allowLoopback && loopbackV4.check(ip, "ipv4")) return null;
    return blockedV4.check(ip, "ipv4") ? `${ip} is a private, loopback, link-local or reserved address` : null;
  }
  if (family === 6) {
    const bare = ip.replace(/^\[|\]$/g, "").split("%")[0]!;
    const v4 = embeddedV4(bare);
    if (v4) return forbiddenAddressReason(v4, policy);
    if (policy.allowLoopback && bare === "::1") return null;
    return blockedV6.check(bare, "ipv6") ? `${bare} is a private, loopback, link-local or reserved address` : null;
  }
  return `${ip} is not an IP address`;
}

/** Checks what can be checked without DNS: scheme, credentials, literal addresses. */
export function checkUrl(raw: string | URL, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = typeof raw === "string" ? new URL(raw) : raw;
  } catch {
    throw new SourceUrlForbiddenError("it is not a valid absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new SourceUrlForbiddenError(`only http and https are allowed, not ${url.protocol.replace(":", "")}`);
  }
  if (url.username || url.password) throw new SourceUrlForbiddenError("URLs with credentials are not allowed");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!host) throw new SourceUrlForbiddenError("the URL has no host");
  if (net.isIP(host)) {
    const reason = forbiddenAddressReason(host, policy);
    if (reason) throw new SourceUrlForbiddenError(reason);
  } else if (/^localhost$|\.localhost$|\.local$|\.internal$/i.test(host) && !policy.allowLoopback) {
    throw new SourceUrlForbiddenError(`${host} is a local name`);
  }
  return url;
}

type LookupCb = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for sockets that refuses when any resolved address is forbidden. */
export function guardedLookup(policy: UrlPolicy) {
  return (hostname: string, options: dns.LookupOptions, cb: LookupCb): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return cb(err, "");
      const list = addresses as dns.LookupAddress[];
      if (list.length === 0)
        return cb(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
      for (const a of list) {
        const reason = forbiddenAddressReason(a.address, policy);
        if (reason)
          return cb(new SourceUrlForbiddenError(`${hostname} resolves to ${reason.replace(/^\S+ is /, "")}`), "");
      }
      if (options.all) cb(null, list);
      else cb(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** A webhook URL as a caller gives it: the same rules as sources, reported as webhook_url_forbidden. */
export function checkWebhookUrl(raw: string, policy: UrlPolicy): URL {
  try {
    return checkUrl(raw, policy);
  } catch (err) {
    if (!(err instanceof SourceUrlForbiddenError)) throw err;
    throw new AppError(
      "webhook_url_forbidden",
      `The webhook URL may not be called: ${err.message.replace(/^That URL may not be fetched: /, "")}`,
    );
  }
}

/** Resolves a host up front (for a fast 422 at the API); the connect-time check still applies. */
export async function checkUrlResolves(raw: string, policy: UrlPolicy): Promise<URL> {
  const url = checkUrl(raw, policy);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) return url;
  const lookup = guardedLookup(policy);
  await new Promise<void>((resolve, reject) =>
    lookup(host, { all: true }, (err) => {
      if (err instanceof AppError) reject(err);
      // A name that does not resolve now may later; the worker reports it as unreachable.
      else resolve();
    }),
  );
  return url;
}

/** An undici Agent whose every connection goes through `guardedLookup` (for clients with their own pool). */
export function createGuardedAgent(policy: UrlPolicy, opts: Agent.Options = {}): Agent {
  return new Agent({
    ...opts,
    connect: { ...(opts.connect as object), lookup: guardedLookup(policy) as never },
  } as Agent.Options);
}

const agents = new Map<boolean, Agent>();
function agentFor(policy: UrlPolicy): Agent {
  let agent = agents.get(policy.allowLoopback);
  if (!agent) {
    agent = createGuardedAgent(policy);
    agents.set(policy.allowLoopback, agent);
  }
  return agent;
}

export interface GuardedRequestOptions {
  policy: UrlPolicy;
  method?: Dispatcher.HttpMethod;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** 0 = do not follow (webhooks). */
  maxRedirects?: number;
  /** Time to receive headers, and idle time between body chunks. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface GuardedResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable & { text(): Promise<string>; dump(): Promise<void> };
  url: URL;
}

/** One HTTP request through the guard, following redirects hop by hop with each hop re-checked. */
export async function guardedRequest(raw: string, opts: GuardedRequestOptions): Promise<GuardedResponse> {
  let url = checkUrl(raw, opts.policy);
  const maxRedirects = opts.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, {
        method: opts.method ?? "GET",
        headers: opts.headers,
        body: opts.body,
        dispatcher: agentFor(opts.policy),
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
        signal: opts.signal,
      });
    } catch (err) {
      throw unwrapGuardError(err) ?? err;
    }
    const location = res.headers.location;
    if (res.statusCode >= 300 && res.statusCode < 400 && location && maxRedirects > 0) {
      await res.body.dump();
      if (hop >= maxRedirects) throw new AppError("source_unreachable", `More than ${maxRedirects} redirects.`);
      url = checkUrl(new URL(String(location), url), opts.policy);
      continue;
    }
    return { statusCode: res.statusCode, headers: res.headers, body: res.body as GuardedResponse["body"], url };
  }
}

/** undici wraps the lookup's error; the caller should see our typed refusal. */
function unwrapGuardError(err: unknown): AppError | null {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    if (e instanceof AppError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}
