// An in-process emulator per test file, and its control API: what the tests use to look behind the provider's back.
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../emulator";

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
}

export class TestEmulator {
  private constructor(private readonly running: RunningEmulator) {}

  static async start(opts: EmulatorOptions = {}): Promise<TestEmulator> {
    return new TestEmulator(await startEmulator({ port: 0, ...opts }));
  }

  get url(): string {
    return this.running.url;
  }
  get baseUrl(): string {
    return `${this.running.url}/v2`;
  }

  close(): Promise<void> {
    return this.running.close();
  }

  private async control<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.running.url}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { data?: T };
    if (!res.ok) throw new Error(`emulator control ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return (json && typeof json === "object" && "data" in json ? json.data : json) as T;
  }

  /** Every stored object of every collection, secrets included. */
  async collections(): Promise<Record<string, Record<string, any>[]>> {
    return (await this.control<{ collections: Record<string, Record<string, any>[]> }>("GET", "/state")).collections;
  }
  /** The single object of a collection; fails when there is not exactly one (a duplicate or a missing object). */
  async only(collection: string): Promise<Record<string, any>> {
    const items = (await this.collections())[collection] ?? [];
    if (items.length !== 1) throw new Error(`expected exactly one ${collection}, found ${items.length}`);
    return items[0];
  }
  /** How many objects each collection holds: what a "no duplicate, no orphan" check compares. */
  async counts(): Promise<Record<string, number>> {
    return Object.fromEntries(Object.entries(await this.collections()).map(([k, v]) => [k, v.length]));
  }
  async count(): Promise<number> {
    return Object.values(await this.collections()).reduce((n, c) => n + c.length, 0);
  }
  /** Empties every collection and the request log. */
  reset(): Promise<unknown> {
    return this.control("POST", "/reset");
  }
  requests(): Promise<RequestLogEntry[]> {
    return this.control("GET", "/requests");
  }
  resetRequests(): Promise<unknown> {
    return this.control("DELETE", "/requests");
  }
  /** Requests that change something: what must never happen when input is rejected at preview. */
  async writes(): Promise<RequestLogEntry[]> {
    return (await this.requests()).filter((r) => r.method !== "GET" && !r.path.includes("/actions/"));
  }
  changeBehindTheBack(collection: string, id: string, patch: Record<string, unknown>): Promise<unknown> {
    return this.control("PATCH", `/resources/${collection}/${id}`, patch);
  }
  deleteBehindTheBack(collection: string, id: string): Promise<unknown> {
    return this.control("DELETE", `/resources/${collection}/${id}`);
  }
  setRegistration(body: Record<string, unknown>): Promise<unknown> {
    return this.control("POST", "/registration", body);
  }
  setFaults(body: Record<string, unknown>): Promise<unknown> {
    return this.control("POST", "/faults", body);
  }
  /** Accepts only these API keys from now on: a key rotation. */
  acceptKeys(keys: string[]): Promise<unknown> {
    return this.control("PUT", "/api-keys", { keys });
  }
  faults(): Promise<{ injected: Record<string, number> }> {
    return this.control("GET", "/faults");
  }
}

/** What test/fixtures/lifecycle owns: one of each, plus the FQDN record Telnyx makes for the UAC connection. */
export const LIFECYCLE_OBJECTS = {
  credential_connections: 1, ip_connections: 1, fqdn_connections: 1, uac_connections: 1,
  ips: 1, fqdns: 2, outbound_voice_profiles: 1, access_ip_ranges: 1,
};
