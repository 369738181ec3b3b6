import type { Faults } from "./faults";
import type { RateLimiter } from "./rate-limit";
import type { RequestLog } from "./request-log";
import type { Ctx } from "./resources/types";
import type { TelzinoAgents } from "./telzino";

/** The live pieces of one emulator instance, shared by the API pipeline and the control API. */
export interface Runtime {
  ctx: Ctx;
  telzino: TelzinoAgents;
  faults: Faults;
  limiter: RateLimiter;
  log: RequestLog;
  /** API keys the emulator accepts; empty accepts any bearer token (a rotated key is a change of this list). */
  apiKeys: string[];
}
