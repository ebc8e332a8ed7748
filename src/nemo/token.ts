import type { AccountHint } from "./errors.js";

export interface NemoToken {
  token: string;
  userId: string | null;
  /** Epoch ms; null when the upstream did not say. */
  expiresAt: number | null;
  /** Anonymous tokens can be renewed with the client id; a configured NEMO_TOKEN cannot. */
  anonymous: boolean;
}

/**
 * Where the anonymous token is kept between processes. NEMO.md allows one token per client id per
 * 7 days, so every worker sharing a client id must share the token too (e.g. a Redis key).
 */
export interface TokenStore {
  load(clientId: string): Promise<NemoToken | null>;
  save(clientId: string, token: NemoToken): Promise<void>;
}

export interface TokenKeeperOptions {
  clientId: string;
  /** NEMO_TOKEN, when configured. */
  staticToken: string | null;
  store: TokenStore | null;
  now: () => number;
  /** Renew this long before expiry, so no call races it. */
  renewMarginMs: number;
  /** Asks the upstream for a new anonymous token. */
  issue: () => Promise<NemoToken>;
}

/**
 * Which token the client uses (NEMO.md "anonymous token"): NEMO_TOKEN if configured, else an
 * anonymous one — from memory, then the shared store, then the upstream — kept until shortly before
 * it expires or until the upstream refuses it.
 */
export class TokenKeeper {
  private cached: NemoToken | null = null;
  private inflight: Promise<NemoToken> | null = null;
  /** The last token the upstream refused, so neither the store nor a checkpoint can hand it back. */
  private rejected: string | null = null;

  constructor(private readonly opts: TokenKeeperOptions) {}

  async get(): Promise<NemoToken> {
    if (this.opts.staticToken) return { token: this.opts.staticToken, userId: null, expiresAt: null, anonymous: false };
    if (this.cached && this.fresh(this.cached)) return this.cached;
    // Concurrent calls share one request: a second request within 7 days answers 429.
    this.inflight ??= this.storedOrIssued().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** A token saved elsewhere (a job checkpoint), used unless a fresher one is already held. */
  adopt(t: NemoToken): void {
    if (this.opts.staticToken || !t.anonymous || !this.fresh(t) || t.token === this.rejected) return;
    if (!this.cached || !this.fresh(this.cached) || (t.expiresAt ?? 0) > (this.cached.expiresAt ?? 0)) this.cached = t;
  }

  /** The anonymous token in use, if any (a static NEMO_TOKEN is never handed out for saving). */
  current(): NemoToken | null {
    return this.cached && this.fresh(this.cached) ? this.cached : null;
  }

  /** The upstream refused `t` (1001/1010/1011/401): forget it so the next `get` renews. */
  reject(t: NemoToken): void {
    this.rejected = t.token;
    if (this.cached?.token === t.token) this.cached = null;
  }

  account(): AccountHint {
    return this.opts.staticToken
      ? { userId: null, anonymous: false }
      : { userId: this.cached?.userId ?? null, anonymous: true };
  }

  private fresh(t: NemoToken): boolean {
    return t.expiresAt === null || t.expiresAt - this.opts.renewMarginMs > this.opts.now();
  }

  private async storedOrIssued(): Promise<NemoToken> {
    const stored = await this.opts.store?.load(this.opts.clientId);
    if (stored && stored.token !== this.rejected && this.fresh(stored)) {
      this.cached = stored;
      return stored;
    }
    const t = await this.opts.issue();
    this.cached = t;
    await this.opts.store?.save(this.opts.clientId, t);
    return t;
  }
}
