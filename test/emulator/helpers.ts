import { afterEach } from "vitest";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator/index";

export interface Res {
  status: number;
  body: any;
  headers: Headers;
}

export interface Client {
  url: string;
  api(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Res>;
  control(method: string, path: string, body?: unknown): Promise<Res>;
  close(): Promise<void>;
}

const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function send(url: string, method: string, body: unknown, headers: Record<string, string>): Promise<Res> {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** Starts an emulator on a free port, closed automatically after the test. */
export async function emulator(opts: EmulatorOptions = {}): Promise<Client> {
  const emu = await startEmulator({ port: 0, seed: 1, ...opts });
  running.push(emu);
  return {
    url: emu.url,
    api: (method, path, body, headers = { authorization: "Bearer test-key" }) => send(emu.url + path, method, body, headers),
    control: (method, path, body) => send(emu.url + path, method, body, {}),
    close: async () => {
      running.splice(running.indexOf(emu), 1);
      await emu.close();
    },
  };
}

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const NUMERIC_ID = /^\d{19}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const credentialBody = (n = 1) => ({
  connection_name: `cred-${n}`,
  user_name: `user${String(n).padStart(4, "0")}`,
  password: "password-123",
});

/** Asserts a single 422 error entry with the given pointer (and code) is present. */
export function errorAt(res: Res, pointer: string, code = "10015"): any {
  const hit = res.body?.errors?.find((e: any) => e.source?.pointer === pointer);
  if (!hit) throw new Error(`no error at ${pointer}: ${JSON.stringify(res.body)}`);
  if (hit.code !== code) throw new Error(`error at ${pointer} has code ${hit.code}, expected ${code}`);
  return hit;
}
