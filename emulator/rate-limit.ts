/** Sliding one-second window limiter answering Telnyx's x-ratelimit-* headers. */
export class RateLimiter {
  private hits: number[] = [];

  constructor(public limit: number) {}

  /** Records the request if allowed. `limit <= 0` disables limiting (and the headers). */
  check(now = Date.now()): { allowed: boolean; headers: Record<string, string> } {
    if (this.limit <= 0) return { allowed: true, headers: {} };
    this.hits = this.hits.filter((t) => t > now - 1000);
    const allowed = this.hits.length < this.limit;
    if (allowed) this.hits.push(now);
    const reset = this.hits.length ? Math.max(1, Math.ceil((this.hits[0] + 1000 - now) / 1000)) : 1;
    return {
      allowed,
      headers: {
        "x-ratelimit-limit": String(this.limit),
        "x-ratelimit-remaining": String(Math.max(0, this.limit - this.hits.length)),
        "x-ratelimit-reset": String(reset),
      },
    };
  }

  clear(): void {
    this.hits = [];
  }
}
