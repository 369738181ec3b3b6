import type { ClientOptions } from "./client-options";
import type { TelnyxSettingNames } from "./errors";
import { HttpClient } from "./http";

export interface TelnyxClientOptions extends ClientOptions {
  apiKey: string;
  /** Where the key and URL were set, named in the hints of errors about them (default: the stack config). */
  settingNames?: TelnyxSettingNames;
}

export const TELNYX_API_URL = "https://api.telnyx.com/v2";

/**
 * The HTTP client of the Telnyx API, built from a client's options: what TelnyxClient sends through, and what a
 * caller that needs no schema (the provider's delete) sends through alone. `secretKeys` are field names to redact
 * in logs and errors beyond the secret-looking ones.
 */
export function telnyxHttp(opts: TelnyxClientOptions, secretKeys?: ReadonlySet<string>): HttpClient {
  if (!opts.apiKey) throw new Error("Telnyx API key is empty");
  return new HttpClient({
    service: "Telnyx",
    baseUrl: opts.baseUrl ?? TELNYX_API_URL,
    token: opts.apiKey,
    timeoutMs: opts.timeoutMs,
    retry: { ...opts.retry, ...(opts.maxRetries === undefined ? {} : { maxRetries: opts.maxRetries }) },
    logger: opts.logger,
    userAgent: opts.userAgent,
    secretKeys,
    settingNames: opts.settingNames,
  });
}

/** An object's URL path under its collection's. */
export const objectPath = (collectionPath: string, id: string): string => `${collectionPath}/${encodeURIComponent(id)}`;
