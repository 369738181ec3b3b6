// The two things the benchmark deploys: our provider and the floor (the same graph on a provider that makes one
// request per operation), each against an emulator of its own.
import { startEmulator } from "../../emulator";
import { EmulatorRequests } from "./api-calls";
import type { ConfigMap } from "@pulumi/pulumi/automation";
import { benchStack, type BenchProject, type BenchStack } from "./bench-stack";

export interface Target {
  bench: BenchStack;
  /** The emulator's request log. */
  requests?: EmulatorRequests;
  close(): Promise<void>;
}

/** A target with the name its figures are printed under ("ours", "floor"). */
export type Side = { name: string; target: Target };

/** A stack of `project` against a fresh emulator that answers after `latencyMs`; `config` given the API's URL. */
async function againstEmulator(project: BenchProject, latencyMs: number, config: (apiUrl: string) => ConfigMap): Promise<Target> {
  const emulator = await startEmulator({ port: 0, latencyMs });
  try {
    const bench = await benchStack(project, config(`${emulator.url}/v2`));
    return {
      bench,
      requests: new EmulatorRequests(emulator.url),
      close: async () => {
        bench.remove();
        await emulator.close();
      },
    };
  } catch (err) {
    await emulator.close();
    throw err;
  }
}

/** The real stack of `count` resources. */
export const oursTarget = (count: number, latencyMs: number): Promise<Target> =>
  againstEmulator("stack", latencyMs, (apiUrl) => ({
    count: { value: String(count) },
    "telnyx:baseUrl": { value: apiUrl },
    "telnyx:apiKey": { value: "bench-api-key", secret: true },
  }));

/**
 * The floor of the same `count`, against an emulator of its own with the same latency: one request per create, read,
 * update and delete, none per diff (floor-provider/index.js); a secret API key in its config and the same secret
 * outputs, as ours has.
 */
export const floorTarget = (count: number, latencyMs: number): Promise<Target> =>
  againstEmulator("floor", latencyMs, (apiUrl) => ({
    count: { value: String(count) },
    baseUrl: { value: apiUrl },
    apiKey: { value: "bench-api-key", secret: true },
  }));
