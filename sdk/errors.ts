import { STATUS_CODES } from "node:http";

/** One entry of the API's {errors: [...]} body. */
export interface ApiErrorItem {
  code?: string;
  title?: string;
  detail?: string;
  /** JSON pointer to the offending input, e.g. "/inbound/dnis_number_format". */
  pointer?: string;
  /** Offending query parameter (access_ip_ranges variant). */
  parameter?: string;
}

/** The settings a user gives the Telnyx API key and URL with, named in the hints of errors about them. */
export interface TelnyxSettingNames {
  apiKey: string;
  baseUrl: string;
  /** What gives some resources a key of their own. */
  perResourceKey: string;
}

/** The stack config the package's resources read in a TypeScript program (provider/core/settings.ts). */
export const STACK_CONFIG_SETTINGS: TelnyxSettingNames = {
  apiKey: "telnyx:apiKey",
  baseUrl: "telnyx:baseUrl",
  perResourceKey: "an Account's apiKey",
};

export interface ApiErrorInit {
  service: string;
  /** Where the Telnyx key and URL are set (default: STACK_CONFIG_SETTINGS). */
  settingNames?: TelnyxSettingNames;
  status: number;
  errors: ApiErrorItem[];
  method: string;
  /** URL path without the query string, so filters never leak into messages. */
  path: string;
  requestId?: string;
}

/** The path every endpoint of each API lives under: a base URL without it reaches no endpoint at all. */
const API_VERSION_PATH: Record<string, string> = { Telnyx: "/v2", Telzino: "/v1" };

/** The version path the request's URL lacks (e.g. "/v2" for a base URL of https://api.telnyx.com), if any. */
export function missingVersionPath(service: string, path: string): string | undefined {
  const version = API_VERSION_PATH[service];
  return version && !`${path}/`.includes(`${version}/`) ? version : undefined;
}

/** A non-2xx answer from an API. Messages are built from the server's text with known secrets scrubbed. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors: ApiErrorItem[];
  readonly method: string;
  readonly path: string;
  readonly requestId?: string;
  private readonly errorService: string;

  constructor(init: ApiErrorInit) {
    super(formatMessage(init));
    this.errorService = init.service;
    this.name = new.target.name;
    this.status = init.status;
    this.errors = init.errors;
    this.method = init.method;
    this.path = init.path;
    this.requestId = init.requestId;
  }

  /** A 404 from a base URL without the version path means a wrong URL, not a missing object. */
  get isNotFound(): boolean {
    if (missingVersionPath(this.errorService, this.path)) return false;
    return this.status === 404 || this.errors.some((e) => e.code === "10005");
  }
  get isValidation(): boolean {
    return this.status === 422;
  }
  get isRateLimit(): boolean {
    return this.status === 429 || this.errors.some((e) => e.code === "10011");
  }
  get isAuth(): boolean {
    return this.status === 401 || this.status === 403;
  }
  /** The first offending field as a dotted path, e.g. "inbound.dnis_number_format". */
  get field(): string | undefined {
    for (const e of this.errors) {
      const f = pointerToField(e.pointer);
      if (f) return f;
    }
    return undefined;
  }
}

export class TelnyxApiError extends ApiError {}
export class TelzinoApiError extends ApiError {}

/** The request failed without an HTTP answer (connection, socket or timeout). */
export class TelnyxNetworkError extends Error {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    /** False only when the request certainly never left (e.g. connection refused): then even a POST may be retried. */
    readonly mayHaveReachedServer: boolean,
    readonly code: string | undefined,
    readonly timedOut: boolean,
  ) {
    super(message);
    this.name = "TelnyxNetworkError";
  }
}

/** A 2xx answer whose body is not what the API documents (not JSON, or missing its envelope). */
export class TelnyxResponseError extends Error {
  constructor(message: string, readonly method: string, readonly path: string, readonly status: number) {
    super(message);
    this.name = "TelnyxResponseError";
  }
}

export function pointerToField(pointer: string | undefined): string | undefined {
  if (!pointer) return undefined;
  // Stryker disable next-line MethodExpression: a JSON pointer starts with "/", and the empty part before it is dropped below.
  const parts = pointer.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).filter((p) => p !== "");
  return parts.length > 0 ? parts.join(".") : undefined;
}

function formatMessage(init: ApiErrorInit): string {
  const text = describeErrors(init);
  const hint = versionHint(init) || authHint(init);
  return hint ? `${text.replace(/\.$/, "")}. ${hint}` : text;
}

/** A 401 is about the key, never the request: say where the key comes from (403 is a key of the wrong account). */
function authHint(init: ApiErrorInit): string {
  if (init.status !== 401) return "";
  if (init.service === "Telzino") {
    return "The access token was refused: check telzino:accessToken (or TELZINO_ACCESS_TOKEN): missing, mistyped or revoked";
  }
  const names = init.settingNames ?? STACK_CONFIG_SETTINGS;
  return `The API key was refused: check ${names.apiKey} (\`pulumi config set --secret ${names.apiKey} <key>\`, which wins over ` +
    `TELNYX_API_KEY; ${names.perResourceKey} for its resources): missing, mistyped or revoked, or a key for another API than ${names.baseUrl}`;
}

function versionHint(init: ApiErrorInit): string {
  const version = init.status === 404 ? missingVersionPath(init.service, init.path) : undefined;
  if (!version) return "";
  const key = init.service === "Telnyx" ? (init.settingNames ?? STACK_CONFIG_SETTINGS).baseUrl : "telzino:baseUrl";
  return `The URL has no ${version}: the ${init.service} API lives under ${version}, so ${key} must end in ${version} ` +
    `(e.g. ${init.service === "Telnyx" ? "https://api.telnyx.com/v2" : "https://api.telzino.com/v1"})`;
}

function describeErrors(init: ApiErrorInit): string {
  const head = `${init.service} API ${init.status} on ${init.method} ${init.path}`;
  if (init.errors.length === 0) return `${head}: ${STATUS_CODES[init.status] ?? "error"}`;
  const parts = init.errors.map((e) => {
    // Stryker disable next-line LogicalOperator: with `||`, a missing or empty detail is chosen, and then dropped as empty.
    const detail = e.detail && e.detail !== e.title ? e.detail : undefined;
    const text = [e.title, detail].filter(Boolean).join(": ") || `code ${e.code ?? "?"}`;
    const field = pointerToField(e.pointer) ?? e.parameter;
    return field ? `${text} (field: ${field})` : text;
  });
  return `${head}: ${parts.join("; ")}`;
}

/** The API said the object does not exist (see ApiError.isNotFound). */
export const isNotFound = (err: unknown): boolean => !!(err as { isNotFound?: boolean } | undefined)?.isNotFound;
