import * as path from "node:path";
import { startEmulator } from "../emulator";

// The embedded default: when no TELNYX_API_KEY is given, `npm start` and `npm run pulumi` deploy to a local
// emulator of the Telnyx API whose data lives in the repo's ignored .pulumi-local/ folder, on a fixed port so the
// stack's `telnyx:baseUrl` stays valid from one command to the next. TELNYX_EMULATOR_PORT and TELNYX_EMULATOR_STATE
// move them (test/e2e/start.test.ts runs `npm start` beside the developer's own).

export const EMULATOR_PORT = Number(process.env.TELNYX_EMULATOR_PORT ?? 4510);
export const EMULATOR_BASE_URL = `http://127.0.0.1:${EMULATOR_PORT}/v2`;
/** The emulator accepts any bearer key; this one is stored as a secret like a real key would be. */
export const EMULATOR_API_KEY = "embedded-emulator-key";

export interface Target {
  kind: "emulator" | "telnyx";
  baseUrl: string;
  apiKey: string;
  stop(): Promise<void>;
}

/** Real Telnyx when TELNYX_API_KEY is set, else the embedded emulator, started here and stopped by `stop`. */
export async function startTarget(repoRoot: string): Promise<Target> {
  const apiKey = process.env.TELNYX_API_KEY;
  if (apiKey) {
    const baseUrl = process.env.TELNYX_BASE_URL ?? "https://api.telnyx.com/v2";
    return { kind: "telnyx", baseUrl, apiKey, stop: async () => {} };
  }
  const emulator = await startEmulator({
    port: EMULATOR_PORT,
    stateFile: process.env.TELNYX_EMULATOR_STATE ?? path.join(repoRoot, ".pulumi-local", "emulator-state.json"),
  });
  return { kind: "emulator", baseUrl: `${emulator.url}/v2`, apiKey: EMULATOR_API_KEY, stop: () => emulator.close() };
}
