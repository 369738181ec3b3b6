// The two things the benchmark deploys: our provider and the floor (the same graph on a provider that makes one
// request per operation), each against an emulator of its own.
import { startEmulator } from "../../emulator";
import { EmulatorRequests } from "./api-calls";
import { benchStack, type BenchStack } from "./bench-stack";

export interface Target {
  bench: BenchStack;
  /** The emulator's request log. */
  requests?: EmulatorRequests;
  close(): Promise<void>;
}

/** A target with the name its figures are printed under ("ours", "floor"). */
export type Side = { name: string; target: Target };

/** The real stack of `count` resources, against a fresh emulator that answers after `latencyMs`. */
export async function oursTarget(count: number, latencyMs: number): Promise<Target> {
  const emulator = await startEmulator({ port: 0, latencyMs });
  try {
    const bench = await benchStack("stack", {
      count: { value: String(count) },
      "telnyx:baseUrl": { value: `${emulator.url}/v2` },
      "telnyx:apiKey": { value: "bench-api-key", secret: true },
    });
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

/**
 * The floor of the same `count`, against an emulator of its own with the same latency: one request per create, read,
 * update and delete, none per diff (floor-provider/index.js); a secret API key in its config and the same secret
 * outputs, as ours has.
 */
export async function floorTarget(count: number, latencyMs: number): Promise<Target> {
  const emulator = await startEmulator({ port: 0, latencyMs });
  try {
    const bench = await benchStack("floor", {
      count: { value: String(count) },
      baseUrl: { value: `${emulator.url}/v2` },
      apiKey: { value: "bench-api-key", secret: true },
    });
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
