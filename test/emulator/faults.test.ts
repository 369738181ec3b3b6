import { describe, expect, it } from "vitest";
import { emulator } from "./helpers";

async function attempt(url: string, init: RequestInit): Promise<number | "dropped"> {
  try {
    const res = await fetch(url, init);
    await res.text();
    return res.status;
  } catch {
    return "dropped";
  }
}

const auth = { authorization: "Bearer k", "content-type": "application/json" };

describe("fault injection", () => {
  it("with a fixed seed, injects every kind; drop_before never applies the write, drop_after always does", async () => {
    const emu = await emulator({ faultRate: 1, seed: 42 });
    const outcomes: (number | "dropped")[] = [];
    for (let i = 0; i < 40; i++) {
      outcomes.push(await attempt(`${emu.url}/v2/ip_connections`, { method: "POST", headers: auth, body: JSON.stringify({ connection_name: `c${i}` }) }));
    }
    const log = (await emu.control("GET", "/_emulator/requests")).body.data;
    const kinds = log.map((e: any) => e.fault);
    for (const kind of ["500", "502", "503", "429", "drop_before", "drop_after"]) expect(kinds).toContain(kind);
    expect(outcomes.filter((o) => o === "dropped")).toHaveLength(kinds.filter((k: string) => k.startsWith("drop")).length);
    for (const entry of log) if (entry.fault.startsWith("drop")) expect(entry.status).toBeNull();

    // Only the writes whose response was lost were applied.
    const stored = (await emu.control("GET", "/_emulator/state")).body.data.collections.ip_connections;
    const appliedNames = log.flatMap((e: any, i: number) => (e.fault === "drop_after" ? [`c${i}`] : []));
    expect(stored.map((c: any) => c.connection_name).sort()).toEqual(appliedNames.sort());

    const counters = (await emu.control("GET", "/_emulator/faults")).body.data.injected;
    expect(counters.drop_after).toBe(appliedNames.length);
    expect(Object.values(counters).reduce((a: number, b: any) => a + b, 0)).toBe(40);
  });

  it("the same seed replays the same fault sequence", async () => {
    const run = async () => {
      const emu = await emulator({ faultRate: 0.5, seed: 7 });
      const out = [];
      for (let i = 0; i < 20; i++) out.push(await attempt(`${emu.url}/v2/ips`, { headers: auth }));
      await emu.close();
      return out;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(200);
    expect(first.some((s) => s !== 200)).toBe(true);
  });

  it("429 faults carry x-ratelimit-* headers and sometimes Retry-After", async () => {
    const emu = await emulator({ faultRate: 1, seed: 3 });
    await emu.control("POST", "/_emulator/faults", { kinds: ["429"] });
    let withRetryAfter = 0;
    for (let i = 0; i < 12; i++) {
      const res = await emu.api("GET", "/v2/ips");
      expect(res.status).toBe(429);
      expect(res.body.errors[0].code).toBe("10011");
      expect(res.headers.get("x-ratelimit-limit")).toMatch(/^\d+$/);
      expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(res.headers.get("x-ratelimit-reset")).toMatch(/^\d+$/);
      if (res.headers.get("retry-after") !== null) withRetryAfter++;
    }
    expect(withRetryAfter).toBeGreaterThan(0);
    expect(withRetryAfter).toBeLessThan(12);
  });

  it("5xx faults answer Telnyx error bodies", async () => {
    const emu = await emulator({ faultRate: 1 });
    await emu.control("POST", "/_emulator/faults", { kinds: ["503"] });
    const res = await emu.api("GET", "/v2/ips");
    expect(res.status).toBe(503);
    expect(res.body.errors[0].code).toEqual(expect.any(String));
  });

  it("never touches /_emulator", async () => {
    const emu = await emulator({ faultRate: 1 });
    for (let i = 0; i < 10; i++) expect((await emu.control("GET", "/_emulator/state")).status).toBe(200);
  });

  it("fault settings can be changed at runtime", async () => {
    const emu = await emulator({ faultRate: 1 });
    const res = await emu.control("POST", "/_emulator/faults", { fault_rate: 0 });
    expect(res.body.data.fault_rate).toBe(0);
    expect((await emu.api("GET", "/v2/ips")).status).toBe(200);
    expect((await emu.control("POST", "/_emulator/faults", { fault_rate: 2 })).status).toBe(422);
  });

  it("latency delays responses", async () => {
    const emu = await emulator({ latencyMs: 120 });
    const start = Date.now();
    await emu.api("GET", "/v2/ips");
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
  });
});

describe("rate limit", () => {
  it("allows N requests per second, then 429 / 10011 with x-ratelimit-* headers", async () => {
    const emu = await emulator({ rateLimit: 3 });
    const statuses = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await emu.api("GET", "/v2/ips");
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(last!.body.errors[0].code).toBe("10011");
    expect(last!.headers.get("x-ratelimit-limit")).toBe("3");
    expect(last!.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(last!.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1050));
    const after = await emu.api("GET", "/v2/ips");
    expect(after.status).toBe(200);
    expect(after.headers.get("x-ratelimit-remaining")).toBe("2");
    expect((await emu.control("GET", "/_emulator/faults")).body.data.injected.rate_limited).toBe(2);
  });
});
