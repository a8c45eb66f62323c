/**
 * Token buckets by key (a credential, an e-mail, a client address), in this process: `rate` tokens
 * a second up to `burst`. Over the limit, `take` says how long to wait. Idle buckets are dropped.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** 0 when allowed (and counted), else the seconds to wait before the next attempt may pass. */
  take(key: string, cost = 1, now = Date.now()): number {
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    if (b.tokens >= cost) {
      b.tokens -= cost;
      this.store(key, b, now);
      return 0;
    }
    this.store(key, b, now);
    return Math.max(1, Math.ceil((cost - b.tokens) / this.rate));
  }

  /** The seconds to wait before `key` may pass again (0: it may), without counting an attempt. */
  waitFor(key: string, now = Date.now()): number {
    const b = this.buckets.get(key);
    if (!b) return 0;
    const tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / this.rate));
  }

  /** Forgets a key (e.g. after a successful sign-in). */
  reset(key: string): void {
    this.buckets.delete(key);
  }

  private store(key: string, b: { tokens: number; at: number }, now: number): void {
    this.buckets.set(key, b);
    if (this.buckets.size <= this.maxKeys) return;
    // full buckets carry no state worth keeping
    const refillMs = (this.burst / this.rate) * 1000;
    for (const [k, v] of this.buckets) if (now - v.at > refillMs) this.buckets.delete(k);
    if (this.buckets.size > this.maxKeys) this.buckets.clear();
  }
}
