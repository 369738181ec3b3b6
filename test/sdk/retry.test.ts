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

describe("how long a 429 waits, header by header", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");

  it("reads seconds with spaces around them and with a fraction, in either header", () => {
    expect(serverHintMs({ "retry-after": " 2 " }, now)).toBe(2000);
    expect(serverHintMs({ "retry-after": "1.5" }, now)).toBe(1500);
    expect(serverHintMs({ "retry-after": "1.25" }, now)).toBe(1250);
    expect(serverHintMs({ "x-ratelimit-reset": " 3 " }, now)).toBe(3000);
    expect(serverHintMs({ "x-ratelimit-reset": "0.25" }, now)).toBe(250);
  });

  it("takes the first of repeated headers, and Retry-After over x-ratelimit-reset", () => {
    expect(serverHintMs({ "retry-after": ["4", "9"] }, now)).toBe(4000);
    expect(serverHintMs({ "retry-after": "1", "x-ratelimit-reset": "7" }, now)).toBe(1000);
  });

  it("ignores a value that is not a number of seconds or a date, and falls back to the other header or to backoff", () => {
    for (const bad of ["2s", "x2"]) {
      expect(serverHintMs({ "retry-after": bad }, now), bad).toBeUndefined();
      expect(serverHintMs({ "retry-after": bad, "x-ratelimit-reset": "3" }, now), bad).toBe(3000);
    }
    // Not numbers of seconds (Retry-After reads "-3" and "1.5.2" as dates, as Date.parse does).
    for (const bad of ["2s", "x2", "-3", "1.5.2"]) expect(serverHintMs({ "x-ratelimit-reset": bad }, now), bad).toBeUndefined();
    expect(retryDelayMs(2, { "retry-after": "soon" }, { ...defaultRetryOptions, baseDelayMs: 100, random: () => 0.5 }, now)).toBe(200);
  });

  it("does not wait for a date already past, nor for a reset time already past", () => {
    expect(serverHintMs({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, now)).toBe(0);
    expect(serverHintMs({ "x-ratelimit-reset": String(now / 1000 - 60) }, now)).toBe(0);
  });

  it("reads a reset of up to 1e9 as seconds to wait (capped), above it as a Unix time", () => {
    const opts = { ...defaultRetryOptions, maxDelayMs: 30_000 };
    expect(serverHintMs({ "x-ratelimit-reset": "1000000000" }, now)).toBe(1e12);
    expect(retryDelayMs(0, { "x-ratelimit-reset": "1000000000" }, opts, now)).toBe(30_000);
    expect(serverHintMs({ "x-ratelimit-reset": String(now / 1000 + 10) }, now)).toBe(10_000);
  });
});
