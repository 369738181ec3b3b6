import { ActiveCalls } from "./active-calls";
import type { AddressInfo } from "node:net";
import { controlRouter } from "./control";
import { Faults } from "./faults";
import { RateLimiter } from "./rate-limit";
import { Registrations } from "./registration";
import { RequestLog } from "./request-log";
import type { Ctx } from "./resources/types";
import { apiRouter } from "./routes";
import type { Runtime } from "./runtime";
import { SECRETS_MODES, type SecretsMode } from "./secrets";
import { createEmulatorServer } from "./server";
import { Store } from "./store";
import { TelzinoAgents } from "./telzino";
import { UNSET_MODES, type UnsetMode } from "./unset";

export type { SecretsMode } from "./secrets";
export type { UnsetMode } from "./unset";

export interface EmulatorOptions {
  /** 0 (the default here) picks a free port. */
  port?: number;
  host?: string;
  /** JSON file loaded on start and rewritten (atomically) after every change and on close. */
  stateFile?: string;
  secrets?: SecretsMode;
  /** How answers show unset fields: "null" (the default, as the real API) or "omit" (left out). */
  unset?: UnsetMode;
  latencyMs?: number;
  /** Share (0-1) of /v1 and /v2 requests that fail at random. */
  faultRate?: number;
  /** Requests per second allowed (sliding window); 0 = unlimited. */
  rateLimit?: number;
  /** Seed for the fault PRNG, so a fault sequence can be replayed. */
  seed?: number;
  /** The emulated account's user_id (access_ip_ranges.user_id, sip_registration_status ownership). */
  userId?: string;
  /** Bearer tokens accepted on /v1 and /v2; by default any token is. */
  apiKeys?: string[];
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

/** Matches the user_id of the /sip_registration_status example in Telnyx's docs, so it works as written. */
export const DEFAULT_USER_ID = "323";

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const { port = 0, host = "127.0.0.1", secrets = "redact", unset = "null", latencyMs = 0, faultRate = 0, rateLimit = 0 } = opts;
  check(Number.isInteger(port) && port >= 0 && port <= 65535, "port must be an integer between 0 and 65535");
  check(SECRETS_MODES.includes(secrets), "secrets must be redact, echo, omit or mask8");
  check(UNSET_MODES.includes(unset), "unset must be null or omit");
  check(Number.isInteger(latencyMs) && latencyMs >= 0, "latencyMs must be a non-negative integer");
  check(faultRate >= 0 && faultRate <= 1, "faultRate must be between 0 and 1");
  check(Number.isInteger(rateLimit) && rateLimit >= 0, "rateLimit must be a non-negative integer");

  const store = new Store(opts.stateFile);
  const ctx: Ctx = {
    store,
    registrations: new Registrations(store),
    calls: new ActiveCalls(),
    secrets,
    unset,
    userId: opts.userId ?? DEFAULT_USER_ID,
    now: () => new Date().toISOString(),
  };
  const rt: Runtime = {
    ctx,
    telzino: new TelzinoAgents(store),
    faults: new Faults({ fault_rate: faultRate, latency_ms: latencyMs, rate_limit: rateLimit }, opts.seed ?? Date.now()),
    limiter: new RateLimiter(rateLimit),
    log: new RequestLog(),
    apiKeys: opts.apiKeys ?? [],
  };
  const server = createEmulatorServer(rt, apiRouter(ctx, rt.telzino), controlRouter(rt), host);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        store.flush(true);
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
