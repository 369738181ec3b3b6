// API calls the provider made, read from the emulator's request log (GET /_emulator/requests) and told apart by the
// kind of resource their path belongs to.
import { resources } from "../../sdk/resources";

export interface ApiCalls {
  total: number;
  /** Calls per resource kind (`other` for paths of no resource kind). */
  byKind: Record<string, number>;
  /** Calls per "METHOD /collection", e.g. "POST /ips": shows which calls a phase made. */
  byRoute: Record<string, number>;
}

const kindByPath = new Map(Object.values(resources).map((spec) => [spec.path, spec.kind as string]));

/** "/v2/ips/3f2a…?x=1" → "/ips" */
const collectionOf = (path: string): string => `/${path.split("?")[0].split("/")[2] ?? ""}`;

const add = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

export class EmulatorRequests {
  constructor(private readonly url: string) {}

  private async control(method: "GET" | "DELETE"): Promise<unknown> {
    const res = await fetch(`${this.url}/_emulator/requests`, { method });
    if (!res.ok) throw new Error(`emulator control ${method} /_emulator/requests: ${res.status}`);
    return ((await res.json()) as { data: unknown }).data;
  }

  async reset(): Promise<void> {
    await this.control("DELETE");
  }

  async calls(): Promise<ApiCalls> {
    const log = (await this.control("GET")) as { method: string; path: string }[];
    const calls: ApiCalls = { total: log.length, byKind: {}, byRoute: {} };
    for (const { method, path } of log) {
      const collection = collectionOf(path);
      add(calls.byKind, kindByPath.get(collection) ?? "other");
      add(calls.byRoute, `${method} ${collection}`);
    }
    return calls;
  }
}
