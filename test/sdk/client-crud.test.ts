import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TelnyxApiError, accessIpRange, credentialConnection, fqdn, fqdnConnection, ip, ipConnection, outboundVoiceProfile, uacConnection,
} from "../../sdk";
import { emulatorHarness } from "./emulator-harness";

let h: Awaited<ReturnType<typeof emulatorHarness>>;
beforeAll(async () => { h = await emulatorHarness(); });
afterAll(() => h.close());

const notFound = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a 404"); }, (e) => {
  expect(e).toBeInstanceOf(TelnyxApiError);
  expect(e.isNotFound).toBe(true);
});

describe("CRUD against the emulator", () => {
  it("credential connections: create, get, update, list, delete", async () => {
    const api = h.client().resource(credentialConnection);
    const created = await api.create({ connection_name: "office-crud", user_name: "office123", password: "correct-horse-battery", tags: ["a"] });
    expect(created).toMatchObject({ connection_name: "office-crud", user_name: "office123", record_type: "credential_connection" });
    expect(created.password).not.toBe("correct-horse-battery");
    const id = created.id!;
    expect((await api.get(id)).connection_name).toBe("office-crud");
    expect((await api.update(id, { connection_name: "office-crud-2", inbound: { channel_limit: 5 } })).inbound?.channel_limit).toBe(5);
    const found = await api.list({ filter: { connection_name: { contains: "crud-2" } } });
    expect(found.map((c) => c.id)).toEqual([id]);
    expect((await api.delete(id)).id).toBe(id);
    await notFound(api.get(id));
  });

  it("ip connections and their IPs; PATCH /ips gets ip_address added from the current object", async () => {
    const c = h.client();
    const conn = await c.resource(ipConnection).create({ connection_name: "ip-trunk", transport_protocol: "TCP" });
    const addr = await c.resource(ip).create({ ip_address: "192.0.2.10", connection_id: conn.id!, port: 5060 });
    await h.clearRequests();
    const updated = await c.resource(ip).update(addr.id!, { port: 5070 });
    expect(updated).toMatchObject({ ip_address: "192.0.2.10", port: 5070 });
    expect((await h.requests()).map((r) => r.method)).toEqual(["GET", "PATCH"]);
    expect((await c.resource(ip).list({ "filter[connection_id]": conn.id! })).map((i) => i.id)).toEqual([addr.id]);
    await c.resource(ip).delete(addr.id!);
    await c.resource(ipConnection).delete(conn.id!);
    await notFound(c.resource(ipConnection).get(conn.id!));
  });

  it("fqdn connections and their FQDNs", async () => {
    const c = h.client();
    const conn = await c.resource(fqdnConnection).create({ connection_name: "fqdn-trunk" });
    const host = await c.resource(fqdn).create({ connection_id: conn.id!, fqdn: "pbx.example.com", dns_record_type: "a", port: 5060 });
    expect(host).toMatchObject({ fqdn: "pbx.example.com", record_type: "fqdn" });
    expect((await c.resource(fqdn).update(host.id!, { port: 5080 })).port).toBe(5080);
    await c.resource(fqdn).delete(host.id!);
    await c.resource(fqdnConnection).delete(conn.id!);
  });

  it("uac connections return secrets redacted by default", async () => {
    const api = h.client().resource(uacConnection);
    const created = await api.create({
      connection_name: "Office PBX",
      external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", password: "s3cret-pass", transport: "TCP" },
      internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
    });
    expect(created.external_uac_settings?.password).not.toBe("s3cret-pass");
    expect(created.external_uac_settings?.proxy).toBe("sip:pbx.example.com:5060");
    await api.delete(created.id!);
  });

  it("outbound voice profiles: create returns 200, PATCH gets name added", async () => {
    const api = h.client().resource(outboundVoiceProfile);
    const created = await api.create({ name: "office-ovp", whitelisted_destinations: ["US", "GB"] });
    expect(created.name).toBe("office-ovp");
    const updated = await api.update(created.id!, { enabled: false });
    expect(updated).toMatchObject({ name: "office-ovp", enabled: false });
    await api.delete(created.id!);
  });

  it("access IP ranges: bare envelopes, get by listing, no update", async () => {
    const api = h.client().resource(accessIpRange);
    const created = await api.create({ cidr_block: "203.0.113.0/24", description: "office" });
    expect(created).toMatchObject({ cidr_block: "203.0.113.0/24", description: "office" });
    expect((await api.get(created.id!)).id).toBe(created.id);
    await expect(api.update(created.id!, { description: "x" })).rejects.toThrow(/cannot be updated/);
    expect((await api.delete(created.id!)).id).toBe(created.id);
    await notFound(api.get(created.id!));
  });

  it("generic connections list and get across types", async () => {
    const c = h.client();
    const a = await c.resource(ipConnection).create({ connection_name: "generic-a" });
    const b = await c.resource(credentialConnection).create({ connection_name: "generic-b", user_name: "generic1", password: "correct-horse" });
    const all = await c.connections.list({ filter: { connection_name: { contains: "generic" } } });
    expect(all.map((x) => x.record_type).sort()).toEqual(["credential_connection", "ip_connection"]);
    expect((await c.connections.get(b.id!)).connection_name).toBe("generic-b");
    await c.resource(ipConnection).delete(a.id!);
    await c.resource(credentialConnection).delete(b.id!);
  });
});
