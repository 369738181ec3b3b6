import type { Reply } from "./envelope";
import { errorItem } from "./errors";
import { createRandom, type Random } from "./prng";

/**
 * Random failures for resilience tests. `drop_before` destroys the socket before the request
 * is applied; `drop_after` applies it, then destroys the socket, so the client cannot tell
 * whether its write happened.
 */
export const FAULT_KINDS = ["500", "502", "503", "429", "drop_before", "drop_after"] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSettings {
  fault_rate: number;
  latency_ms: number;
  rate_limit: number;
  kinds: FaultKind[];
}

/** A fault for the next request with this method whose path starts with `path` (`/v2/ips`, `/v2/ips/<id>`). */
export interface AimedFault {
  method: string;
  path: string;
  kind: FaultKind;
}

const TITLES: Record<string, string> = { "500": "Internal Server Error", "502": "Bad Gateway", "503": "Service Unavailable" };

export class Faults {
  settings: FaultSettings;
  counters: Record<string, number> = {};
  /** Faults aimed at one request each, in order; each is used once. */
  aimed: AimedFault[] = [];
  private random: Random;

  constructor(init: Omit<FaultSettings, "kinds">, seed: number) {
    this.settings = { ...init, kinds: [...FAULT_KINDS] };
    this.random = createRandom(seed);
    this.resetCounters();
  }

  reseed(seed: number): void {
    this.random = createRandom(seed);
  }

  resetCounters(): void {
    this.counters = Object.fromEntries([...FAULT_KINDS, "rate_limited"].map((k) => [k, 0]));
  }

  count(kind: string): void {
    this.counters[kind] = (this.counters[kind] ?? 0) + 1;
  }

  /** Whether this request fails and how: the first fault aimed at it, else a random draw. */
  pick(method: string, path: string): FaultKind | null {
    const i = this.aimed.findIndex((f) => f.method === method && path.startsWith(f.path));
    if (i >= 0) {
      const [{ kind }] = this.aimed.splice(i, 1);
      this.count(kind);
      return kind;
    }
    const { fault_rate, kinds } = this.settings;
    if (fault_rate <= 0 || kinds.length === 0 || this.random() >= fault_rate) return null;
    const kind = kinds[Math.floor(this.random() * kinds.length)];
    this.count(kind);
    return kind;
  }

  /** The HTTP answer for a status-code fault. */
  reply(kind: "500" | "502" | "503" | "429"): Reply {
    if (kind === "429") {
      const headers: Record<string, string> = {
        "x-ratelimit-limit": String(this.settings.rate_limit > 0 ? this.settings.rate_limit : 100),
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset": "1",
      };
      // Telnyx documents no Retry-After, but proxies in front of it send one now and then.
      if (this.random() < 0.5) headers["retry-after"] = "1";
      return { status: 429, headers, body: { errors: [errorItem("10011", "Too many requests, please retry later.")] } };
    }
    return { status: Number(kind), body: { errors: [errorItem("10007", `${TITLES[kind]} (injected by the emulator).`)] } };
  }
}
