import { describe, expect, it } from "vitest";
import { defaultRetryOptions, retryDelayMs, serverHintMs, shouldRetry } from "../../sdk";

describe("retry decision", () => {
  const status = (s: number) => ({ kind: "status" as const, status: s });
  const net = (mayHaveReachedServer: boolean, retryable = true) => ({ kind: "network" as const, retryable, mayHaveReachedServer });

  it("retries 429 always, 5xx only when safe", () => {
    expect(shouldRetry(status(429), "POST", false)).toBe(true);
    for (const s of [500, 502, 503, 504]) {
      expect(shouldRetry(status(s), "GET", false)).toBe(true);
      expect(shouldRetry(status(s), "DELETE", false)).toBe(true);
      expect(shouldRetry(status(s), "POST", false)).toBe(false);
      expect(shouldRetry(status(s), "POST", true)).toBe(true);
    }
    for (const s of [400, 401, 403, 404, 422, 501]) expect(shouldRetry(status(s), "GET", false)).toBe(false);
  });

  it("retries a POST after a network error only if it never reached the server", () => {
    expect(shouldRetry(net(false), "POST", false)).toBe(true);
    expect(shouldRetry(net(true), "POST", false)).toBe(false);
    expect(shouldRetry(net(true), "POST", true)).toBe(true);
    expect(shouldRetry(net(true), "PATCH", false)).toBe(true);
    expect(shouldRetry(net(false, false), "GET", false)).toBe(false);
  });
});

describe("retry delay", () => {
  const opts = { ...defaultRetryOptions, baseDelayMs: 100, maxDelayMs: 30_000, random: () => 0.999 };

  it("uses exponential backoff with full jitter", () => {
    expect(retryDelayMs(0, undefined, opts)).toBe(99);
    expect(retryDelayMs(3, undefined, opts)).toBe(799);
    expect(retryDelayMs(20, undefined, opts)).toBeLessThanOrEqual(30_000);
    expect(retryDelayMs(3, undefined, { ...opts, random: () => 0 })).toBe(0);
  });

  it("honours Retry-After seconds and HTTP dates, and x-ratelimit-reset, capped", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(serverHintMs({ "retry-after": "2" }, now)).toBe(2000);
    expect(serverHintMs({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }, now)).toBe(5000);
    expect(serverHintMs({ "x-ratelimit-reset": "3" }, now)).toBe(3000);
    expect(serverHintMs({ "x-ratelimit-reset": String(now / 1000 + 4) }, now)).toBe(4000);
    expect(serverHintMs({}, now)).toBeUndefined();
    expect(retryDelayMs(0, { "retry-after": "120" }, opts, now)).toBe(30_000);
  });
});
