// The two things the benchmark deploys: our provider against the emulator, and the floor (same graph, sleeps only).
import { startEmulator } from "../../emulator";
import { EmulatorRequests } from "./api-calls";
import { benchStack, type BenchStack } from "./bench-stack";

export interface Target {
  bench: BenchStack;
  /** The emulator's request log; none for the floor. */
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
 * The floor of the same `count`: one sleep of `latencyMs` per create, read, update and delete, none per diff; a secret
 * API key in its config and the same secret outputs, as ours has.
 */
export async function floorTarget(count: number, latencyMs: number): Promise<Target> {
  const bench = await benchStack("floor", {
    count: { value: String(count) },
    latencyMs: { value: String(latencyMs) },
    apiKey: { value: "bench-api-key", secret: true },
  });
  return { bench, close: async () => bench.remove() };
}
