// The ways an auditor lost live objects, each a regression test on the real engine: an adopted connection replaced
// without its hidden password, a lost POST during a replacement, a rename or retainOnDelete of an adopted resource,
// a changed adoptId, and a refresh under another account's key at the same URL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, runPulumi, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { AccountRouter } from "./account-router";
import { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";

const FIXTURE = path.join(repoRoot, "test/fixtures/ownership");
const KEY = "proof-test-key";
const OTHER_KEY = "another-account-key";
const errorOf = (p: Promise<unknown>) => p.then(() => "", (e: Error) => e.message);

describe("ownership proven from the object and the server", () => {
  let emu: TestEmulator;
  let other: TestEmulator;
  let router: AccountRouter;
  let api: TelnyxClient;
  const stacks: TestStack[] = [];
  const stack = async (name: string, config: Record<string, string>) => {
    const t = await newStack(FIXTURE, name);
    stacks.push(t);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: router.baseUrl },
      "telnyx:apiKey": { value: KEY, secret: true },
      password: { value: "Program-pass-2", secret: true },
      ...Object.fromEntries(Object.entries(config).map(([k, value]) => [k, { value }])),
    });
    return t;
  };
  const stateIds = async (t: TestStack) =>
    ((await t.stack.exportStack()).deployment.resources ?? [])
      .filter((r: any) => r.custom && r.id && !r.type.startsWith("pulumi:providers") && !r.delete)
      .map((r: any) => String(r.id));
  const urnOf = async (t: TestStack, name: string) =>
    (await t.stack.exportStack()).deployment.resources.find((r: any) => r.urn.endsWith(`::${name}`)).urn as string;

  beforeAll(async () => {
    [emu, other] = await Promise.all([TestEmulator.start(), TestEmulator.start()]);
    router = await AccountRouter.start({ [KEY]: emu.url, [OTHER_KEY]: other.url });
    api = new TelnyxClient({ apiKey: KEY, baseUrl: emu.baseUrl });
  });
  beforeEach(async () => {
    await Promise.all([emu.reset(), other.reset()]);
  });
  afterAll(async () => {
    for (const t of stacks) removeStack(t);
    await router?.close();
    await Promise.all([emu?.close(), other?.close()]);
  });

  it("refuses at preview to replace an adopted connection whose password the program leaves out, deleting nothing", async () => {
    const handmade = await api.resource(resources.credentialConnection).create({ connection_name: "Office PBX", user_name: "handmade01", password: "Original-pass-1" });
    const t = await stack("no-password", { scenario: "adopted", adoptCredential: String(handmade.id) });
    await t.stack.up();
    expect((await emu.only("credential_connections")).password).toBe("Original-pass-1");
    await emu.resetRequests();
    const message = await errorOf(t.stack.up({ replace: [await urnOf(t, "pbx")] }));
    expect(message).toContain(`credential connection "pbx", field password: replacing the adopted credential connection ${handmade.id} makes a new one`);
    expect(message).toMatch(/Set password in the program, or keep the object as it is/);
    expect(message).not.toMatch(/invalid_type|"expected"/);
    expect(await emu.writes()).toEqual([]);
    expect((await emu.only("credential_connections")).id).toBe(handmade.id);
    // The first way out: the program gives the password, and the replacement makes a new connection.
    await t.stack.setConfig("withPassword", { value: "true" });
    await t.stack.up({ replace: [await urnOf(t, "pbx")] });
    const replacement = await emu.only("credential_connections");
    expect(replacement.id).not.toBe(handmade.id);
    expect(await stateIds(t)).toEqual([String(replacement.id)]);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("never takes over the IP being replaced when the replacement's POST fails unapplied, nor loses its own when the answer is lost", async () => {
    const t = await stack("ip-replace", { scenario: "ip" });
    await t.stack.up();
    const first = await emu.only("ips");
    // Well inside any clock window: the IP is seconds old.
    await emu.setFaults({ aimed: [{ method: "POST", path: "/v2/ips", kind: "503" }] });
    const up = await t.stack.up({ replace: [await urnOf(t, "ip")] });
    expect(up.summary.resourceChanges).toMatchObject({ replace: 1 });
    const second = await emu.only("ips");
    expect(second.id).not.toBe(first.id);
    expect((await emu.faults()).injected["503"]).toBe(1);
    // Applied, answer lost: the replacement takes over the one it made, and only that one.
    await emu.setFaults({ aimed: [{ method: "POST", path: "/v2/ips", kind: "drop_after" }, { method: "POST", path: "/v2/access_ip_ranges", kind: "drop_after" }] });
    await t.stack.up({ replace: [await urnOf(t, "ip"), await urnOf(t, "range")] });
    const third = await emu.only("ips");
    expect(third.id).not.toBe(second.id);
    const range = await emu.only("access_ip_ranges");
    expect((await stateIds(t)).sort()).toEqual([String((await emu.only("ip_connections")).id), String(third.id), String(range.id)].sort());
    await t.stack.preview({ expectNoChanges: true });
  });

  it("fails a destroy whose DELETE the API refuses through every retry, and keeps the object in the state", async () => {
    const t = await stack("delete-refused", { scenario: "ip" });
    await t.stack.up();
    const ip = await emu.only("ips");
    // The client tries a DELETE six times (five retries): aim a 503 at each.
    await emu.setFaults({ aimed: Array.from({ length: 6 }, () => ({ method: "DELETE", path: "/v2/ips", kind: "503" })) });
    expect(await errorOf(t.stack.destroy())).toMatch(/503/);
    expect((await emu.faults()).injected["503"]).toBe(6);
    expect((await emu.only("ips")).id).toBe(ip.id);
    expect(await stateIds(t)).toContain(String(ip.id));
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });

  it("refuses to adopt again under a new name, and keeps the object when the rename has its alias", async () => {
    const carrier = await api.resource(resources.ipConnection).create({ connection_name: "Carrier A" });
    const t = await stack("rename", { scenario: "adopted", adoptIpConnection: String(carrier.id) });
    await t.stack.up();
    await t.stack.setConfig("ipConnectionName", { value: "carrier-a" });
    await emu.resetRequests();
    const message = await errorOf(t.stack.preview());
    expect(message).toMatch(new RegExp(`IP connection "carrier-a", field adoptId: the IP connection ${carrier.id} is already managed by another pulumi-telnyx-sip resource`));
    expect(message).toMatch(/add `aliases` with its old name/);
    expect(await emu.writes()).toEqual([]);
    await t.stack.setConfig("aliasOf", { value: "carrier" });
    await t.stack.up();
    expect((await emu.only("ip_connections")).id).toBe(carrier.id);
    expect(await stateIds(t)).toEqual([String(carrier.id)]);
    await t.stack.preview({ expectNoChanges: true });

    // Another id in adoptId, on a resource that has its object: refused, never ignored.
    const other2 = await api.resource(resources.ipConnection).create({ connection_name: "Carrier B" });
    await t.stack.setConfig("adoptIpConnection", { value: String(other2.id) });
    expect(await errorOf(t.stack.preview())).toMatch(/field adoptId: it is now \S+, but this resource already manages IP connection \S+, and adoption happens only when a resource is created/);
  });

  it("replaces an adopted connection under retainOnDelete with a new object, and leaves the old one", async () => {
    const carrier = await api.resource(resources.ipConnection).create({ connection_name: "Carrier A" });
    const t = await stack("retain", { scenario: "adopted", adoptIpConnection: String(carrier.id), retain: "true" });
    await t.stack.up();
    const up = await t.stack.up({ replace: [await urnOf(t, "carrier")] });
    expect(up.summary.resourceChanges).toMatchObject({ replace: 1 });
    const all = (await emu.collections()).ip_connections;
    expect(all.map((c) => c.id)).toContain(carrier.id);
    expect(all).toHaveLength(2);
    const [replacement] = await stateIds(t);
    expect(replacement).not.toBe(String(carrier.id));
    // The retained object is no longer this stack's: a destroy without retainOnDelete deletes only the replacement.
    await t.stack.setConfig("retain", { value: "false" });
    await t.stack.up();
    await t.stack.destroy();
    expect((await emu.collections()).ip_connections.map((c) => c.id)).toEqual([carrier.id]);
  });

  it("refuses a refresh and a destroy under another account's key at the same URL, dropping nothing", async () => {
    const t = await stack("accounts", { scenario: "ip" });
    await t.stack.up();
    const managed = (await stateIds(t)).sort();
    await t.stack.setConfig("telnyx:apiKey", { value: OTHER_KEY, secret: true });
    const refreshed = await runPulumi(t, ["refresh", "--yes", "--run-program"], FIXTURE);
    expect(refreshed.status).not.toBe(0);
    expect(refreshed.stdout + refreshed.stderr).toMatch(/was not found with the API key this refresh uses, which is not the key it was last reached with/);
    expect((await stateIds(t)).sort()).toEqual(managed);
    const destroyed = await runPulumi(t, ["destroy", "--yes", "--run-program"], FIXTURE);
    expect(destroyed.status).not.toBe(0);
    expect((await stateIds(t)).sort()).toEqual(managed);
    expect(await emu.count()).toBe(3);
    expect(await other.count()).toBe(0);
    // The right key again: nothing was lost.
    await t.stack.setConfig("telnyx:apiKey", { value: KEY, secret: true });
    expect((await runPulumi(t, ["refresh", "--yes", "--run-program"], FIXTURE)).status).toBe(0);
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });
});
