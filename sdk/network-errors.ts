/* Which transport failures are worth retrying, and whether the request may already have been processed. */
import { STACK_CONFIG_SETTINGS } from "./errors";

export interface NetworkErrorInfo {
  code: string | undefined;
  description: string;
  /** False only when no byte of the request can have been sent. */
  mayHaveReachedServer: boolean;
  retryable: boolean;
  timedOut: boolean;
}

/** Failures before the connection existed: the server never saw the request. */
const notSentCodes = new Set(["ECONNREFUSED", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

const transientCodes = new Set([
  ...notSentCodes,
  "ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED",
  "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT",
]);

const timeoutCodes = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

export function classifyNetworkError(err: unknown): NetworkErrorInfo {
  const e = err as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = [e?.code, e?.cause?.code].find((c): c is string => typeof c === "string");
  const message = typeof e?.message === "string" ? e.message : String(err);
  const closed = /socket|other side closed|terminated/i.test(message);
  return {
    code,
    description: code ? `${code} (${message})` : message,
    mayHaveReachedServer: !(code && notSentCodes.has(code)),
    retryable: (code !== undefined && transientCodes.has(code)) || closed,
    timedOut: code !== undefined && timeoutCodes.has(code),
  };
}

/** Where each API's base URL is configured, for hints; `telnyxSetting` is the Telnyx one's name where the key runs. */
const baseUrlSetting = (service: string, telnyxSetting: string): string | undefined =>
  ({
    Telnyx: `${telnyxSetting} (or TELNYX_BASE_URL; default https://api.telnyx.com/v2)`,
    Telzino: "telzino:baseUrl (or TELZINO_BASE_URL; default https://api.telzino.com/v1)",
  })[service];

/**
 * What to check when no server answered at all: a refused connection or an unknown host almost always means the base
 * URL points at the wrong place (a local emulator that is not running, a typo in the host). "" when the code says
 * nothing about the URL (a reset or a timeout may be the network's).
 */
export function networkHint(code: string | undefined, service: string, origin: string, telnyxSetting = STACK_CONFIG_SETTINGS.baseUrl): string {
  const setting = baseUrlSetting(service, telnyxSetting) ?? "the base URL";
  if (code === "ECONNREFUSED") return `Nothing accepts connections at ${origin}: check ${setting}, and that the server there is running`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `The host of ${origin} was not found: check ${setting}`;
  return "";
}
