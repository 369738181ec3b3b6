import { afterEach, describe, expect, it } from "vitest";
import { TelnyxApiError, TelnyxNetworkError, TelzinoClient, ip, ipConnection, outboundVoiceProfile } from "../../sdk";
import { emulatorHarness } from "./emulator-harness";

let h: Awaited<ReturnType<typeof emulatorHarness>> | undefined;
afterEach(async () => { await h?.close(); h = undefined; });

describe("resilience against the emulator", () => {
  it("completes a CRUD cycle under random faults (seeded), retrying what is safe", async () => {
    h = await emulatorHarness({ faultRate: 0.3, seed: 1234 });
    const c = h.client({ maxRetries: 8 });
    // Creates may duplicate when retried after a fault; acceptable here, and exactly what retryUnsafe means.
    const conn = await c.resource(ipConnection).create({ connection_name: "faulty" }, { retryUnsafe: true });
    for (let i = 0; i < 10; i++) expect((await c.resource(ipConnection).get(conn.id!)).id).toBe(conn.id);
    await c.resource(ipConnection).update(conn.id!, { connection_name: "faulty-2" });
    expect((await c.resource(ipConnection).list()).some((x) => x.id === conn.id)).toBe(true);
    await c.resource(ipConnection).delete(conn.id!).catch((e) => {
      // A retried DELETE whose first attempt went through finds nothing left.
      if (!(e instanceof TelnyxApiError && e.isNotFound)) throw e;
    });
    const log = await h.requests();
    expect(log.some((r) => r.fault)).toBe(true);
    expect(log.length).toBeGreaterThan(13);
  });

  it("does not repeat a create that failed with 5xx or a dropped connection", async () => {
    h = await emulatorHarness();
    const c = h.client();
    await h.control("POST", "/faults", { fault_rate: 1, kinds: ["503"] });
    const e1 = await c.resource(outboundVoiceProfile).create({ name: "once" }).catch((e) => e);
    expect(e1).toBeInstanceOf(TelnyxApiError);
    expect(e1.status).toBe(503);
    expect((await h.requests()).filter((r) => r.method === "POST")).toHaveLength(1);

    await h.clearRequests();
    await h.control("POST", "/faults", { fault_rate: 1, kinds: ["drop_after"] });
    const e2 = await c.resource(outboundVoiceProfile).create({ name: "dropped" }).catch((e) => e);
    expect(e2).toBeInstanceOf(TelnyxNetworkError);
    expect(e2.mayHaveReachedServer).toBe(true);
    expect((await h.requests()).filter((r) => r.method === "POST")).toHaveLength(1);
    await h.control("POST", "/faults", { fault_rate: 0 });
    // The create did happen: retrying would have made a second one.
    expect((await c.resource(outboundVoiceProfile).list({ filter: { name: { contains: "dropped" } } })).length).toBe(1);
  });

  it("retries creates through the rate limiter (429 is always safe)", async () => {
    h = await emulatorHarness({ rateLimit: 3 });
    const c = h.client();
    const created = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => c.resource(ip).create({ ip_address: `203.0.113.${i}` })),
    );
    expect(new Set(created.map((x) => x.id)).size).toBe(6);
    const log = await h.requests();
    expect(log.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(log.filter((r) => r.method === "POST" && r.status === 201)).toHaveLength(6);
  }, 20_000);

  it("Telzino agent registration status through the emulator", async () => {
    h = await emulatorHarness();
    const agentId = "123e4567-e89b-12d3-a456-426614174000";
    await h.control("POST", `/telzino/agents/${agentId}`, { state: "WRONG_CREDENTIALS_STATE" });
    const t = new TelzinoClient({ accessToken: "tz_token", baseUrl: `${h.emulator.url}/v1` });
    const s = await t.agentRegistrationStatus(agentId);
    expect(s).toMatchObject({ state: "WRONG_CREDENTIALS_STATE", isRegistered: false });
  });
});
