import { startEmulator } from "../../emulator";
import { TelnyxClient, type TelnyxClientOptions } from "../../sdk";

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | null;
  fault?: string;
}

/** Starts the API emulator and gives a client pointed at it plus its control endpoints. */
export async function emulatorHarness(opts: Parameters<typeof startEmulator>[0] = {}) {
  const emulator = await startEmulator(opts);
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`emulator control ${method} ${path}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { data: unknown }).data;
  };
  return {
    emulator,
    client: (extra: Partial<TelnyxClientOptions> = {}) =>
      new TelnyxClient({ apiKey: "KEY_test_emulator", baseUrl: `${emulator.url}/v2`, retry: { baseDelayMs: 5 }, ...extra }),
    control,
    requests: async () => (await control("GET", "/requests")) as LoggedRequest[],
    clearRequests: () => control("DELETE", "/requests"),
    close: () => emulator.close(),
  };
}
