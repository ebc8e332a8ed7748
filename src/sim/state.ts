import { randomBytes, randomInt } from "node:crypto";
import type { EditPlan } from "../plan/schema.js";
import type { MediaInfo } from "../media/probe.js";
import type { Draft } from "../nemo/draft.js";
import type { SourceAnalysis } from "../engine/index.js";
import { parseFaults, seededRandom, type SimFaults } from "./faults.js";

/** Everything the simulator remembers, in memory; one instance per simulator. */

export interface SimToken {
  token: string;
  userId: string;
  clientId: string;
  expiresAt: number;
  expired: boolean;
}

export interface SimUpload {
  filename: string;
  path: string;
  info: MediaInfo;
  hash: string;
  sizeBytes: number;
  cdnUrl: string;
  /** Measured once at upload, so every turn rebuilds the draft like the local engine would. */
  analysis: SourceAnalysis;
}

export interface SimSession {
  id: string;
  taskId: string;
  userId: string;
  taskName: string;
  language: string | null;
  uploads: SimUpload[];
  draft: Draft | null;
  plan: EditPlan | null;
  /**
   * Every plan this session's drafts were made from, by draft fingerprint: an export renders the
   * draft it is given (a caller may export an earlier draft it kept), not only the latest one.
   */
  plansByDraft: Map<string, EditPlan>;
}

export type SimRenderStatus = "pending" | "processing" | "completed" | "failed";

export interface SimRender {
  id: string;
  sessionId: string;
  userId: string;
  status: SimRenderStatus;
  progress: number;
  error: string | null;
  outputPath: string | null;
  durationS: number | null;
  sizeBytes: number | null;
  createdAt: string;
  completedAt: string | null;
  abort: AbortController;
}

export interface SimStats {
  tokensIssued: number;
  sessionsCreated: number;
  uploads: number;
  messages: { total: number; bySession: Record<string, number> };
  renders: { started: number; bySession: Record<string, number>; completed: number; failed: number; canceled: number };
  exports: { calls: number; accepted: number; refused: number };
  rateLimited: number;
  authenticatedCalls: number;
}

const bump = (rec: Record<string, number>, key: string) => {
  rec[key] = (rec[key] ?? 0) + 1;
};

export class SimState {
  faults: SimFaults;
  random: () => number;
  /** How an expired token is refused (set by the tokenExpiry fault when it fires). */
  expiredAnswer: "1001" | "1010" | "1011" | "401" = "1001";
  readonly tokens = new Map<string, SimToken>();
  /** client id → when its current token was issued (NEMO.md: one per client id per 7 days). */
  readonly issued = new Map<string, number>();
  /** Anonymous users are bound to a client id: a renewed token is the same account. */
  readonly userByClient = new Map<string, string>();
  readonly credits = new Map<string, { available: number; frozen: number }>();
  readonly sessions = new Map<string, SimSession>();
  readonly renders = new Map<string, SimRender>();
  readonly stats: SimStats = {
    tokensIssued: 0,
    sessionsCreated: 0,
    uploads: 0,
    messages: { total: 0, bySession: {} },
    renders: { started: 0, bySession: {}, completed: 0, failed: 0, canceled: 0 },
    exports: { calls: 0, accepted: 0, refused: 0 },
    rateLimited: 0,
    authenticatedCalls: 0,
  };

  constructor(faults: SimFaults) {
    this.faults = faults;
    this.random = seededRandom(faults.seed);
  }

  setFaults(input: unknown, merge: boolean): SimFaults {
    const next = parseFaults(merge ? { ...this.faults, ...(input as object) } : input);
    if (next.seed !== this.faults.seed) this.random = seededRandom(next.seed);
    this.faults = next;
    return next;
  }

  issueToken(clientId: string, now: number): SimToken {
    let userId = this.userByClient.get(clientId);
    if (!userId) {
      userId = `anon_${randomBytes(6).toString("hex")}`;
      this.userByClient.set(clientId, userId);
      this.credits.set(userId, { available: this.faults.initialCredits, frozen: 0 });
    }
    const t: SimToken = {
      token: `nmv_usr_${randomBytes(16).toString("hex")}`,
      userId,
      clientId,
      expiresAt: now + this.faults.tokenTtlMs,
      expired: false,
    };
    this.tokens.set(t.token, t);
    this.issued.set(clientId, now);
    this.stats.tokensIssued++;
    return t;
  }

  /** As if the token lifetime had passed: every token expires and the issuance window reopens. */
  expireAllTokens(): void {
    for (const t of this.tokens.values()) t.expired = true;
    this.issued.clear();
  }

  wallet(userId: string): { available: number; frozen: number } {
    let w = this.credits.get(userId);
    if (!w) {
      w = { available: this.faults.initialCredits, frozen: 0 };
      this.credits.set(userId, w);
    }
    return w;
  }

  createSession(userId: string, taskName: string, language: string | null): SimSession {
    // NEMO.md: session ids are 19-digit strings.
    const id = `${randomInt(1, 10)}${Array.from({ length: 18 }, () => randomInt(0, 10)).join("")}`;
    const s: SimSession = {
      id,
      taskId: `task_${randomBytes(8).toString("hex")}`,
      userId,
      taskName,
      language,
      uploads: [],
      draft: null,
      plan: null,
      plansByDraft: new Map(),
    };
    this.sessions.set(id, s);
    this.stats.sessionsCreated++;
    return s;
  }

  countMessage(sessionId: string): void {
    this.stats.messages.total++;
    bump(this.stats.messages.bySession, sessionId);
  }

  countRender(sessionId: string): void {
    this.stats.renders.started++;
    bump(this.stats.renders.bySession, sessionId);
  }

  snapshot(): SimStats {
    return structuredClone(this.stats);
  }
}
