// Every resource type through its whole life with the real engine against the emulator: create, no-change preview,
// update in place, replacement, refresh with drift, refresh after out-of-band deletion, destroy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const PASSWORD = "Lifecycle-pass-9137";
const NEW_PASSWORD = "Lifecycle-pass-2468";
const TOKEN = "lifecycle-token-5f3a9c";

describe("resource lifecycle with the real engine", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let ids: Record<string, string>;
  const only = (collection: string) => emu.only(collection);

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(path.join(repoRoot, "test/fixtures/lifecycle"), "lifecycle");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "test-api-key-0001", secret: true },
      password: { value: PASSWORD, secret: true },
      token: { value: TOKEN, secret: true },
      step: { value: "1" },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("creates every resource type with the declared fields and references resolved", async () => {
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 9 });
    ids = up.outputs.ids.value;
    const credential = await only("credential_connections");
    expect(credential.user_name).toBe("lifecycle01");
    expect(credential.connection_name).toMatch(/^credential-[0-9a-f]{7}$/); // auto-named
    expect(credential.outbound.outbound_voice_profile_id).toBe(ids.profile);
    expect((await only("ips")).connection_id).toBe(ids.ipConnection);
    const fqdns = (await emu.collections()).fqdns.filter((f) => f.connection_id === ids.fqdnConnection);
    expect(fqdns.map((f) => f.fqdn)).toEqual(["sip.example.com"]);
    expect(up.outputs.uacFqdn.value).toMatch(/\.uac\.telnyx\.com$/);
  });

  it("previews no change right after up, and after a refresh", async () => {
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.refresh();
    await t.stack.preview({ expectNoChanges: true });
  });

  it("leaves the engine nothing to rewrite in the no-change up after a refresh", async () => {
    await t.stack.refresh();
    const refreshed = await t.stack.exportStack();
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ same: 9 });
    // Inputs a check changed (a new create token, say) would be written for every resource, change or not.
    const after = await t.stack.exportStack();
    const inputsOf = (d: typeof after) =>
      Object.fromEntries((d.deployment.resources as { urn: string; type: string; inputs?: object }[])
        .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic"))
        .map((r) => [r.urn, r.inputs]));
    expect(Object.keys(inputsOf(after))).toHaveLength(8);
    expect(inputsOf(after)).toEqual(inputsOf(refreshed));
  });

  it("updates in place with one PATCH per changed resource, keeping the auto-name", async () => {
    await emu.resetRequests();
    await t.stack.setConfig("step", { value: "2" });
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ same: 3, update: 6 });
    const writes = await emu.writes();
    expect(writes.every((w) => w.method === "PATCH")).toBe(true);
    expect(writes).toHaveLength(6);
    expect((await only("ips")).port).toBe(5080);
    expect((await only("outbound_voice_profiles")).name).toBe("lifecycle-profile-renamed");
    expect((await only("credential_connections")).inbound.codecs).toEqual(["G711U", "G722"]);
    expect(up.outputs.credentialName.value).toMatch(/^credential-[0-9a-f]{7}$/);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("updates a changed password in place, and never stores it in plaintext", async () => {
    await t.stack.setConfig("password", { value: NEW_PASSWORD, secret: true });
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ same: 7, update: 2 });
    expect((await only("credential_connections")).password).toBe(NEW_PASSWORD);
    const state = stateText(t);
    for (const secret of [PASSWORD, NEW_PASSWORD, TOKEN, "test-api-key-0001"]) expect(state).not.toContain(secret);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("replaces what the API cannot update, and moves the hostname to the replacing connection in place", async () => {
    const hostnameBefore = (await emu.collections()).fqdns.find((f) => f.fqdn === "sip2.example.com");
    await t.stack.setConfig("step", { value: "3" });
    const up = await t.stack.up();
    // The FQDN connection (microsoftTeamsSbc) and the range are replaced; the hostname is PATCHed to the new connection.
    expect(up.summary.resourceChanges).toEqual({ replace: 2, update: 1, same: 6 });
    const connection = await only("fqdn_connections");
    const hostnames = (await emu.collections()).fqdns.filter((f) => f.connection_id === connection.id);
    expect(hostnames.map((f) => f.fqdn)).toContain("sip2.example.com");
    expect(hostnames.find((f) => f.fqdn === "sip2.example.com")?.id).toBe(hostnameBefore?.id);
    expect((await only("access_ip_ranges")).cidr_block).toBe("198.51.100.0/24");
    expect((await emu.collections()).fqdn_connections.map((c) => c.microsoft_teams_sbc)).toEqual([true]);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("reports drift on refresh and puts it right on up", async () => {
    const conn = await only("ip_connections");
    await emu.changeBehindTheBack("ip_connections", conn.id, { transport_protocol: "UDP" });
    await t.stack.refresh();
    const preview = await t.stack.preview();
    expect(preview.changeSummary.update).toBe(1);
    await t.stack.up();
    expect((await only("ip_connections")).transport_protocol).toBe("TCP");
    await t.stack.preview({ expectNoChanges: true });
  });

  it("forgets a resource deleted out of band on refresh, and recreates it on up", async () => {
    const ip = await only("ips");
    await emu.deleteBehindTheBack("ips", ip.id);
    await t.stack.refresh();
    const preview = await t.stack.preview();
    expect(preview.changeSummary.create).toBe(1);
    await t.stack.up();
    expect((await only("ips")).id).not.toBe(ip.id);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("keeps each serialized provider small", async () => {
    const deployment = (await t.stack.exportStack()).deployment;
    const sizes = deployment.resources
      .filter((r: { type: string }) => r.type.startsWith("pulumi-nodejs:dynamic/telnyx:"))
      .map((r: { outputs: { __provider: string } }) => r.outputs.__provider.length);
    console.log(`__provider bytes per resource: ${Math.min(...sizes)}-${Math.max(...sizes)}`);
    expect(Math.max(...sizes)).toBeLessThan(1024);
    expect(JSON.stringify(deployment)).not.toContain(repoRoot);
  });

  it("destroys everything, leaving the emulator empty", async () => {
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });
});
