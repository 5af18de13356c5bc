/**
 * A token bucket per client, in memory only. Clients are told apart by a keyed hash of their
 * address with a secret made at start-up, so the map holds no IP address and nothing is written to
 * disk; a restart forgets everything.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { RateLimit } from './store.js';

/** How many reports one client may send: `perMinute` on average, up to `burst` at once. */
export interface RateLimitOptions {
  perMinute: number;
  /** Defaults to `perMinute`. */
  burst?: number;
}

export class RateLimiter implements RateLimit {
  readonly #secret = randomBytes(32);
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #rate: number;
  readonly #burst: number;
  #lastSweep = Date.now();

  constructor(options: RateLimitOptions) {
    this.#rate = options.perMinute / 60_000;
    this.#burst = Math.max(1, options.burst ?? options.perMinute);
  }

  /**
   * Takes one token for `address`. Returns 0 when the request may go ahead, otherwise the whole
   * seconds to wait (for `Retry-After`).
   */
  take(address: string, now = Date.now()): number {
    this.#sweep(now);
    const id = createHmac('sha256', this.#secret).update(address).digest('base64url').slice(0, 22);
    const bucket = this.#buckets.get(id) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#rate);
    bucket.at = now;
    this.#buckets.set(id, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#rate / 1000));
  }

  /** How many clients are being tracked (for tests). */
  get size(): number {
    return this.#buckets.size;
  }

  /** Forgets clients whose bucket has refilled: they are the same as new ones. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [id, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#rate >= this.#burst) this.#buckets.delete(id);
    }
  }
}
