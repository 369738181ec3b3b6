import { parseArgs } from "node:util";
import type { EmulatorOptions } from "./index";
import { SECRETS_MODES, type SecretsMode } from "./secrets";
import { UNSET_MODES, type UnsetMode } from "./unset";

export const USAGE =
  "Usage: telnyx-emulator [--port N] [--host 127.0.0.1] [--state FILE] [--secrets redact|echo|omit|mask8]\n" +
  "                       [--unset null|omit] [--latency-ms N] [--fault-rate F] [--rate-limit N] [--seed N] [--user-id ID]";

/** The CLI listens on 4010 unless told otherwise; `--port 0` picks a free port. */
export const DEFAULT_CLI_PORT = 4010;

function number(name: string, raw: string | undefined, integer: boolean, min: number, max = Infinity): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new RangeError(`--${name} must be ${integer ? "an integer" : "a number"} between ${min} and ${max}`);
  }
  return n;
}

/** Parses argv (without node and script) into startEmulator options; throws on bad input. */
export function parseCli(argv: string[]): EmulatorOptions & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      state: { type: "string" },
      secrets: { type: "string" },
      unset: { type: "string" },
      "latency-ms": { type: "string" },
      "fault-rate": { type: "string" },
      "rate-limit": { type: "string" },
      seed: { type: "string" },
      "user-id": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.secrets !== undefined && !SECRETS_MODES.includes(values.secrets as SecretsMode)) {
    throw new RangeError("--secrets must be redact, echo, omit or mask8");
  }
  if (values.unset !== undefined && !UNSET_MODES.includes(values.unset as UnsetMode)) {
    throw new RangeError("--unset must be null or omit");
  }
  return {
    help: values.help ?? false,
    port: number("port", values.port, true, 0, 65535) ?? DEFAULT_CLI_PORT,
    host: values.host ?? "127.0.0.1",
    stateFile: values.state,
    secrets: values.secrets as SecretsMode | undefined,
    unset: values.unset as UnsetMode | undefined,
    latencyMs: number("latency-ms", values["latency-ms"], true, 0),
    faultRate: number("fault-rate", values["fault-rate"], false, 0, 1),
    rateLimit: number("rate-limit", values["rate-limit"], true, 0),
    seed: number("seed", values.seed, true, -(2 ** 31), 2 ** 32),
    userId: values["user-id"],
  };
}
