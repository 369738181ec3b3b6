/* When and how long to wait before retrying a request. Pure functions, so the rules are testable alone. */

export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  maxRetries: number;
  /** First backoff ceiling; doubles per attempt (default 500 ms). */
  baseDelayMs: number;
  /** No single wait is longer, whatever the server asks for (default 30 s). */
  maxDelayMs: number;
  /** Source of jitter, for tests. */
  random?: () => number;
}

export const defaultRetryOptions: RetryOptions = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

export const retryableStatuses: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Repeating these cannot create a second object. */
const idempotentMethods = new Set(["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"]);

export type AttemptFailure =
  | { kind: "status"; status: number }
  | { kind: "network"; retryable: boolean; mayHaveReachedServer: boolean };

/**
 * A 429 was refused before any work, so it is always safe. Otherwise a non-idempotent request (POST create)
 * is repeated only if it certainly never arrived, or the caller accepts duplicates (retryUnsafe).
 */
export function shouldRetry(failure: AttemptFailure, method: string, retryUnsafe: boolean): boolean {
  const safe = retryUnsafe || idempotentMethods.has(method.toUpperCase());
  if (failure.kind === "status") {
    if (failure.status === 429) return true;
    return retryableStatuses.has(failure.status) && safe;
  }
  return failure.retryable && (safe || !failure.mayHaveReachedServer);
}

type Headers = Record<string, string | string[] | undefined>;

const header = (headers: Headers, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Retry-After as seconds or an HTTP date; x-ratelimit-reset as seconds (or a Unix time, which some servers send). */
export function serverHintMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = header(headers, "retry-after")?.trim();
  // Stryker disable next-line ConditionalExpression: without the header, neither the pattern nor Date.parse matches.
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = header(headers, "x-ratelimit-reset")?.trim();
  if (reset && /^\d+(\.\d+)?$/.test(reset)) {
    const n = Number(reset);
    return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
  }
  return undefined;
}

/** Waits the server's hint when it gives one, else exponential backoff with full jitter; never above maxDelayMs. */
export function retryDelayMs(retryIndex: number, headers: Headers | undefined, opts: RetryOptions, now: number = Date.now()): number {
  const hint = headers ? serverHintMs(headers, now) : undefined;
  if (hint !== undefined) return Math.min(hint, opts.maxDelayMs);
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** retryIndex);
  return Math.floor((opts.random ?? Math.random)() * ceiling);
}
