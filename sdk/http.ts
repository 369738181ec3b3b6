import { setTimeout as sleep } from "node:timers/promises";
import type * as Undici from "undici";
import { parseErrorItems, requestIdOf } from "./error-body";
import { ApiError, TelnyxApiError, TelnyxNetworkError, TelnyxResponseError, TelzinoApiError, type TelnyxSettingNames } from "./errors";
import { classifyNetworkError, networkHint } from "./network-errors";
import { encodeQuery, type QueryParams } from "./query";
import { redact, scrub, secretValues } from "./redact";
import { defaultRetryOptions, retryDelayMs, shouldRetry, type AttemptFailure, type RetryOptions } from "./retry";
import { assertSafeBaseUrl } from "./url-safety";

let sharedAgent: Undici.Agent | undefined;

type Request = (this: Undici.Dispatcher, opts: Undici.Dispatcher.RequestOptions) =>
  Promise<Undici.Dispatcher.ResponseData>;

/**
 * One keep-alive pool for the process: Pulumi runs many resource operations concurrently against the
 * same host. Retries are our own loop rather than undici's RetryHandler because the rules depend on the
 * method and caller (unsafe POSTs), and the final error needs the server's body.
 * Loaded on the first request, and only the agent and `request` of it: undici's entry point also loads fetch,
 * WebSocket, the cache and the mocks, about 67 ms of CPU in every process that makes a request, where these two
 * modules take 25 (docs/benchmarks.md, fifth round). undici has no exports map and is pinned to an exact version in
 * package.json; test/sdk/lazy-http.test.ts holds these paths to the installed undici.
 */
function undici(): { request: Request; agent: Undici.Agent } {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Agent = require("undici/lib/dispatcher/agent.js") as typeof Undici.Agent;
  const request = require("undici/lib/api/api-request.js") as Request;
  /* eslint-enable @typescript-eslint/no-require-imports */
  sharedAgent ??= new Agent({
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 60_000,
    connections: 32,
    connect: { timeout: 10_000 },
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
  });
  return { request, agent: sharedAgent };
}

/** Closes the shared connection pool, e.g. before a short-lived process exits. */
export async function closeHttpAgent(): Promise<void> {
  const agent = sharedAgent;
  sharedAgent = undefined;
  await agent?.close();
}

export type Service = "Telnyx" | "Telzino";

export interface HttpClientOptions {
  service: Service;
  baseUrl: string;
  /** Sent as "Authorization: Bearer …"; never logged. */
  token: string;
  /** Per attempt: waiting for headers, and any gap while reading the body (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  logger?: (line: string) => void;
  userAgent?: string;
  /** Field names to redact besides the built-in secret-looking names. */
  secretKeys?: ReadonlySet<string>;
  /** Where the Telnyx key and URL are set, for the hints of errors (default: the stack config). */
  settingNames?: TelnyxSettingNames;
}

export interface RequestOptions {
  query?: QueryParams;
  /** JSON body; serialized again for each attempt. */
  body?: unknown;
  /** Retry a POST even when the first attempt may have reached the server. */
  retryUnsafe?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

type Attempt = HttpResponse | { failure: TelnyxNetworkError; retryable: boolean };

export class HttpClient {
  private readonly base: URL;
  private readonly retry: RetryOptions;
  private readonly timeoutMs: number;

  constructor(private readonly opts: HttpClientOptions) {
    this.base = assertSafeBaseUrl(opts.baseUrl, opts.service);
    this.retry = { ...defaultRetryOptions, ...opts.retry };
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  /** The URL path (no query) for messages, e.g. "/v2/ips". */
  pathFor(path: string): string {
    return this.base.pathname.replace(/\/$/, "") + path;
  }

  /** The full URL (no query) for messages, e.g. "https://api.telnyx.com/v2/ips". */
  urlFor(path: string): string {
    return this.base.origin + this.pathFor(path);
  }

  /** Sends a request, retrying per the rules in retry.ts; resolves only with a 2xx answer. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const fullPath = this.pathFor(path);
    const pathAndQuery = fullPath + encodeQuery(options.query);
    for (let retryIndex = 0; ; retryIndex++) {
      // Redacting and serializing the body costs more than the line is worth when nobody reads it.
      if (this.opts.logger) {
        this.log(`→ ${method} ${fullPath}${encodeQuery(redact(options.query ?? {}, this.opts.secretKeys) as QueryParams)}` +
          (options.body === undefined ? "" : ` ${JSON.stringify(redact(options.body, this.opts.secretKeys))}`));
      }
      const started = Date.now();
      const result = await this.attempt(method, pathAndQuery, fullPath, options.body);
      if ("failure" in result) {
        this.log(`✗ ${method} ${fullPath} ${result.failure.message} (${Date.now() - started} ms)`);
        const failure: AttemptFailure = { kind: "network", retryable: result.retryable, mayHaveReachedServer: result.failure.mayHaveReachedServer };
        if (retryIndex < this.retry.maxRetries && shouldRetry(failure, method, options.retryUnsafe ?? false)) {
          await this.backoff(retryIndex, undefined, method, fullPath, result.failure.code ?? "network error");
          continue;
        }
        throw result.failure;
      }
      this.log(`← ${result.status} ${method} ${fullPath} (${Date.now() - started} ms)`);
      if (result.status < 400) return result;
      const failure: AttemptFailure = { kind: "status", status: result.status };
      if (retryIndex < this.retry.maxRetries && shouldRetry(failure, method, options.retryUnsafe ?? false)) {
        await this.backoff(retryIndex, result.headers, method, fullPath, String(result.status));
        continue;
      }
      throw this.apiError(method, fullPath, result, options.body);
    }
  }

  private async attempt(method: string, pathAndQuery: string, fullPath: string, body: unknown): Promise<Attempt> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.opts.token}`,
      accept: "application/json",
      "user-agent": this.opts.userAgent ?? "pulumi-telnyx-sip",
    };
    if (body !== undefined) headers["content-type"] = "application/json";
    const { request, agent } = undici();
    try {
      const res = await request.call(agent, {
        origin: this.base.origin,
        path: pathAndQuery,
        method: method as "GET",
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, body: this.parseBody(text, res.statusCode, method, fullPath) };
    } catch (err) {
      if (err instanceof TelnyxResponseError) throw err;
      const info = classifyNetworkError(err);
      const hint = networkHint(info.code, this.opts.service, this.base.origin, this.opts.settingNames?.baseUrl);
      const message = `${this.opts.service} API ${method} ${fullPath} failed: ${info.description}${hint ? `. ${hint}` : ""}`;
      return {
        failure: new TelnyxNetworkError(message, method, fullPath, info.mayHaveReachedServer, info.code, info.timedOut),
        retryable: info.retryable,
      };
    }
  }

  private parseBody(text: string, status: number, method: string, fullPath: string): unknown {
    if (text.trim() === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      // An error page from a proxy is still an error with a status; only a 2xx must be JSON.
      if (status >= 400) return undefined;
      throw new TelnyxResponseError(`${this.opts.service} API ${status} on ${method} ${fullPath}: response is not JSON`, method, fullPath, status);
    }
  }

  private async backoff(retryIndex: number, headers: HttpResponse["headers"] | undefined, method: string, path: string, reason: string) {
    const delay = retryDelayMs(retryIndex, headers, this.retry);
    this.log(`↻ retry ${retryIndex + 1}/${this.retry.maxRetries} of ${method} ${path} in ${delay} ms after ${reason}`);
    await sleep(delay);
  }

  private apiError(method: string, path: string, res: HttpResponse, requestBody: unknown): ApiError {
    // The server may quote what it was sent; hide any secret we sent, and the key itself.
    const secrets = [this.opts.token, ...secretValues(requestBody, this.opts.secretKeys)];
    const errors = parseErrorItems(res.body).map((e) => ({
      ...e,
      title: e.title === undefined ? undefined : scrub(e.title, secrets),
      detail: e.detail === undefined ? undefined : scrub(e.detail, secrets),
    }));
    const ErrorClass = this.opts.service === "Telzino" ? TelzinoApiError : TelnyxApiError;
    return new ErrorClass({ service: this.opts.service, settingNames: this.opts.settingNames, status: res.status, errors, method, path, requestId: requestIdOf(res.headers) });
  }

  private log(line: string) {
    this.opts.logger?.(line);
  }
}
