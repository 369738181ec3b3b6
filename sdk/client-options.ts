import type { RetryOptions } from "./retry";

/** What every API client of this package takes besides its credential. */
export interface ClientOptions {
  /** The API's base URL. Plain http:// is allowed only to loopback hosts. */
  baseUrl?: string;
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** Backoff tuning; maxRetries above wins over retry.maxRetries. */
  retry?: Partial<RetryOptions>;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Debug lines with secrets redacted; silent by default. */
  logger?: (line: string) => void;
  userAgent?: string;
}
