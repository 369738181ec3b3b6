// What a resource may take over, with the real engine: only what it made or was told to adopt. Adoption keeps the
// object's name and the secrets Telnyx will not reveal; replacing an adopted resource makes a new object; the same
// name under two parents makes two objects; addresses made outside Pulumi are never taken over or deleted; a 404 from
// a proxy answering for the wrong upstream never empties the state; and a create is one POST.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { SwitchableProxy } from "./switchable-proxy";
import { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";

const FIXTURE = path.join(repoRoot, "test/fixtures/ownership");
const KEY = "ownership-test-key";
const errorOf = (p: Promise<unknown>) => p.then(() => "", (e: Error) => e.message);

describe("ownership", () => {
  let emu: TestEmulator;
  let api: TelnyxClient;
  let proxy: SwitchableProxy;
  const stacks: TestStack[] = [];
  const stack = async (name: string, config: Record<string, string>) => {
    const t = await newStack(FIXTURE, name);
    stacks.push(t);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: KEY, secret: true },
      password: { value: "Program-pass-2", secret: true },
      ...Object.fromEntries(Object.entries(config).map(([k, value]) => [k, { value }])),
    });
    return t;
  };
  const stateIds = async (t: TestStack) =>
    ((await t.stack.exportStack()).deployment.resources ?? []).filter((r: any) => r.custom && r.id && !r.type.startsWith("pulumi:providers")).map((r: any) => String(r.id));

  beforeAll(async () => {
    emu = await TestEmulator.start();
    api = new TelnyxClient({ apiKey: KEY, baseUrl: emu.baseUrl });
    proxy = await SwitchableProxy.start(emu.url);
  });
  beforeEach(async () => {
    await emu.reset();
  });
  afterAll(async () => {
    for (const t of stacks) removeStack(t);
    await proxy?.close();
    await emu?.close();
  });

  it("adopts without renaming or overwriting a hidden password, and replaces an adopted object with a new one", async () => {
    const handmade = await api.resource(resources.credentialConnection).create({
      connection_name: "Office PBX", user_name: "handmade01", password: "Original-pass-1", inbound: { channel_limit: 5 },
    });
    const range = await api.resource(resources.accessIpRange).create({ cidr_block: "203.0.113.0/24", description: "office" });
    const t = await stack("adopt", { scenario: "adopt", adoptCredential: String(handmade.id), adoptRange: String(range.id) });
    await emu.resetRequests();
    await t.stack.up();
    const adopted = await emu.only("credential_connections");
    expect(adopted).toMatchObject({ id: handmade.id, connection_name: "Office PBX", password: "Original-pass-1", inbound: { channel_limit: 10 } });
    expect((await emu.writes()).map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /v2/credential_connections/${handmade.id}`]);
    await t.stack.preview({ expectNoChanges: true });

    // A field a range cannot change: with adoptId still there, refused at preview (a range has no tag to tell a
    // replacement of its adopter from a first adoption); without it, the adopted range is replaced by a new one.
    await t.stack.setConfig("rangeDescription", { value: "office (new)" });
    await emu.resetRequests();
    expect(await errorOf(t.stack.preview())).toMatch(/field description: .* If this resource adopted it earlier, remove adoptId first/);
    expect(await emu.writes()).toEqual([]);
    await t.stack.removeConfig("adoptRange");
    expect((await t.stack.up()).summary.resourceChanges).toMatchObject({ replace: 1 });
    const newRange = await emu.only("access_ip_ranges");
    expect(newRange).toMatchObject({ description: "office (new)" });
    expect(newRange.id).not.toBe(range.id);

    // `--replace` with adoptId still in the program: a new connection, and the adopted one deleted, not re-adopted.
    const urn = (await t.stack.exportStack()).deployment.resources.find((r: any) => r.urn.endsWith("::pbx")).urn;
    await t.stack.up({ replace: [urn] });
    const replacement = await emu.only("credential_connections");
    expect(replacement.id).not.toBe(handmade.id);
    expect(replacement).toMatchObject({ user_name: "handmade01", password: "Program-pass-2" });
    expect(await stateIds(t)).toEqual(expect.arrayContaining([String(replacement.id), String(newRange.id)]));
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });

  it("refuses at preview to adopt an object that differs in a field that cannot change in place", async () => {
    const handmade = await api.resource(resources.credentialConnection).create({ connection_name: "Front desk", user_name: "handmade01", password: "Original-pass-1" });
    const range = await api.resource(resources.accessIpRange).create({ cidr_block: "203.0.113.0/24", description: "office" });
    const t = await stack("adopt-conflict", {
      scenario: "adopt", adoptCredential: String(handmade.id), adoptRange: String(range.id), rangeDescription: "not office",
    });
    await emu.resetRequests();
    const message = await errorOf(t.stack.preview());
    expect(message).toMatch(/access IP range "office-range", field description: the access IP range \S+ being adopted has "office", and it cannot change in place/);
    expect(await emu.writes()).toEqual([]);
  });

  it("gives the same name under two parents two objects", async () => {
    const t = await stack("parents", { scenario: "parents" });
    await t.stack.up();
    const connections = (await emu.collections()).credential_connections;
    expect(connections.map((c) => c.user_name).sort()).toEqual(["officetop01", "officetrunk01"]);
    expect(new Set(connections.map((c) => c.connection_name)).size).toBe(2);
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });

  it("creates with one POST each, and never takes over or deletes addresses made outside Pulumi", async () => {
    const t = await stack("addresses", { scenario: "addresses", "telnyx:baseUrl": proxy.baseUrl });
    await emu.resetRequests();
    const first = await t.stack.up();
    expect((await emu.requests()).map((r) => r.method)).toEqual(["POST", "POST"]);
    const ids = first.outputs.connectionIds.value as { ip: string; fqdn: string };
    const outside = {
      ip: await api.resource(resources.ip).create({ connection_id: ids.ip, ip_address: "192.0.2.77", port: 5060 }),
      fqdn: await api.resource(resources.fqdn).create({ connection_id: ids.fqdn, fqdn: "pbx.example.com", dns_record_type: "a", port: 5060 }),
      range: await api.resource(resources.accessIpRange).create({ cidr_block: "198.51.100.0/24" }),
    };
    await t.stack.setConfig("withAddresses", { value: "true" });
    await emu.resetRequests();
    await t.stack.up();
    // Each address kind is listed once at check: what tells its own object from these if the POST's answer is lost.
    const requests = await emu.requests();
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(3);
    expect(requests.filter((r) => r.method !== "POST").map((r) => `${r.method} ${r.path}`).sort()).toEqual(["GET /v2/access_ip_ranges", "GET /v2/fqdns", "GET /v2/ips"]);
    const all = await emu.collections();
    expect(all.ips).toHaveLength(2);
    expect(all.fqdns).toHaveLength(2);
    expect(all.access_ip_ranges).toHaveLength(2);
    const managed = await stateIds(t);
    for (const o of Object.values(outside)) expect(managed).not.toContain(String(o.id));

    // A proxy in front of the API starts answering 404 for everything: refresh and destroy must fail, naming the URL,
    // not forget every resource or report them deleted.
    proxy.notFound = true;
    const refreshError = await errorOf(t.stack.refresh());
    expect(refreshError).toContain(`${proxy.baseUrl}/`);
    expect(refreshError).toMatch(/not a deleted object: check telnyx:baseUrl/);
    expect(await errorOf(t.stack.destroy())).toMatch(/check telnyx:baseUrl/);
    expect((await stateIds(t)).sort()).toEqual(managed.sort());
    expect(await emu.count()).toBe(Object.values(all).reduce((n, c) => n + c.length, 0));
    proxy.notFound = false;

    await emu.resetRequests();
    await t.stack.destroy();
    const deleted = (await emu.requests()).filter((r) => r.method === "DELETE").map((r) => r.path);
    for (const o of Object.values(outside)) expect(deleted.some((p) => p.endsWith(`/${o.id}`))).toBe(false);
    const left = await emu.collections();
    expect(left.ips.map((i) => i.id)).toEqual([outside.ip.id]);
    expect(left.access_ip_ranges.map((r) => r.id)).toEqual([outside.range.id]);
  });

  it("refuses a user tag that looks like the ownership tag, at preview", async () => {
    const t = await stack("reserved-tag", { scenario: "reserved-tag" });
    await emu.resetRequests();
    expect(await errorOf(t.stack.preview())).toMatch(/outbound voice profile "profile", field tags: "pulumi-telnyx-sip:0123456789abcdef" starts with/);
    expect(await emu.writes()).toEqual([]);
  });
});
