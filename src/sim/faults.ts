import { z } from "zod";

/**
 * What the simulator does besides answering correctly: the NEMO.md variants it emits (★ by
 * default) and the faults it injects. Settable per instance (options) and at runtime through
 * `POST /__sim/faults`, so a test in another process can switch them. Faults with a `count` are
 * spent one per occurrence and disappear at zero.
 */

export const SIM_ENDPOINTS = [
  "token",
  "session",
  "upload",
  "run_sse",
  "credits",
  "state",
  "export",
  "render_status",
  "cancel",
  "download",
] as const;
export type SimEndpoint = (typeof SIM_ENDPOINTS)[number];
const Endpoint = z.enum(SIM_ENDPOINTS);
const count = z.number().int().min(1).default(1);
const ms = z.number().int().min(0);

/** Every endpoint but the token call, whose own 429 is the one-token-per-7-days rule. */
const NOT_TOKEN = SIM_ENDPOINTS.filter((e) => e !== "token");

export const SimFaultsSchema = z.object({
  /** Seed of the random choices (which turns close without text), so a run can be repeated. */
  seed: z.number().int().default(20240601),
  /** SSE dialect of /run_sse: ★ `type/content`, or Google ADK `content.parts`. */
  dialect: z.enum(["star", "adk"]).default("star"),
  /** Render status shape: ★ `{success,data:{…,outputUrl}}` or top-level `{status,progress,output}`. */
  renderStatusShape: z.enum(["star", "toplevel"]).default("star"),
  /** NEMO.md: about 30% of edit turns close with no text. */
  noTextRate: z.number().min(0).max(1).default(0.3),
  /** Append "I encountered a temporary issue" after the normal text. */
  trailingTemporaryIssue: z.boolean().default(false),
  /** The next `count` calls to `on` answer 429, with `Retry-After: retryAfterS` (null: no header). */
  rateLimit: z
    .object({ count, retryAfterS: z.number().min(0).nullable().default(1), on: z.array(Endpoint).default(NOT_TOKEN) })
    .nullable()
    .default(null),
  /** The next `count` calls to `on` answer HTTP `status` with no body. */
  serverError: z
    .object({
      count,
      status: z.number().int().min(500).max(599).default(503),
      on: z.array(Endpoint).default(NOT_TOKEN),
    })
    .nullable()
    .default(null),
  /**
   * After `afterCalls` authenticated calls every token expires (and the 7-day issuance window with
   * it, as it would after 7 days); the next call is refused with `answer`.
   */
  tokenExpiry: z
    .object({
      afterCalls: z.number().int().min(0).default(0),
      answer: z.enum(["1001", "1010", "1011", "401"]).default("1001"),
    })
    .nullable()
    .default(null),
  /** The session is forgotten when `on` is called: that call and later ones answer 1002. */
  sessionLoss: z
    .object({ on: z.enum(["upload", "run_sse", "state", "export"]), count })
    .nullable()
    .default(null),
  /** The next `count` turns send heartbeats only, until the client gives up; `apply`: the edit still lands. */
  heartbeatsOnly: z
    .object({ count, apply: z.boolean().default(false) })
    .nullable()
    .default(null),
  /**
   * The next `count` turns drop the connection after the tool call. The turn goes on upstream: the
   * edit lands `applyAfterMs` later (null: never).
   */
  dropStream: z
    .object({ count, applyAfterMs: ms.nullable().default(0) })
    .nullable()
    .default(null),
  /** The next `count` turns send `{"error": message}` and change nothing. */
  streamError: z
    .object({ count, message: z.string().default("internal agent error") })
    .nullable()
    .default(null),
  /** Every turn answers 2001 (as if the balance were empty). */
  creditsExhausted: z.boolean().default(false),
  /** Balance of a new anonymous user; an edit turn costs `turnCost` (NEMO.md: about 50). */
  initialCredits: z.number().min(0).default(100),
  turnCost: z.number().min(0).default(50),
  /** Export answers HTTP 402 (a plan that does not allow export). */
  exportBlocked: z.boolean().default(false),
  /** Every upload answers this code; without it uploads are judged by probing and by size. */
  uploadError: z
    .union([z.literal(4001), z.literal(4002)])
    .nullable()
    .default(null),
  maxUploadBytes: z
    .number()
    .int()
    .min(1)
    .default(500 * 1024 * 1024),
  /** The next `count` renders end `failed` with `error`. */
  renderFail: z
    .object({ count, error: z.string().default("render worker crashed") })
    .nullable()
    .default(null),
  /** A render takes at least this long (slow renders). */
  slowRenderMs: ms.default(0),
  /** Leave `outputUrl` out of finished renders, so clients must use the download fallback. */
  omitOutputUrl: z.boolean().default(false),
  /** How long a turn thinks before answering, and the heartbeat interval meanwhile. */
  turnMs: ms.default(200),
  heartbeatMs: z.number().int().min(5).default(1000),
  /** NEMO.md: tokens live 7 days, and one is issued per client id per 7 days. */
  tokenTtlMs: z
    .number()
    .int()
    .min(1)
    .default(7 * 24 * 3600_000),
});

export type SimFaults = z.output<typeof SimFaultsSchema>;
export type SimFaultsInput = z.input<typeof SimFaultsSchema>;

export function parseFaults(input: unknown): SimFaults {
  return SimFaultsSchema.parse(input ?? {});
}

/** mulberry32: a tiny seeded generator, so "30% of turns" is the same 30% on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Counted =
  | "rateLimit"
  | "serverError"
  | "sessionLoss"
  | "heartbeatsOnly"
  | "dropStream"
  | "streamError"
  | "renderFail";

/** Takes one occurrence of a counted fault, if armed (and `applies`); returns it as it was. */
export function spend<K extends Counted>(
  faults: SimFaults,
  key: K,
  applies: (f: NonNullable<SimFaults[K]>) => boolean = () => true,
): NonNullable<SimFaults[K]> | null {
  const f = faults[key] as (NonNullable<SimFaults[K]> & { count: number }) | null;
  if (!f || !applies(f)) return null;
  const taken = { ...f };
  faults[key] = (f.count <= 1 ? null : { ...f, count: f.count - 1 }) as SimFaults[K];
  return taken;
}
