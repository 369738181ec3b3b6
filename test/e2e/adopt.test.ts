// Taking over objects made by hand (`adoptId`): no POST, only the differences PATCHed, no diff once adopted, and a
// clear preview-time error for an id that does not exist or is of another type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";

describe("adopting existing objects", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let connectionId: string;
  let ipId: string;

  beforeAll(async () => {
    emu = await TestEmulator.start();
    const client = new TelnyxClient({ apiKey: "adopt-test-key", baseUrl: emu.baseUrl });
    // Set up by hand in the portal: a UDP trunk with its address.
    const connection = await client.resource(resources.ipConnection).create({ connection_name: "office-trunk", transport_protocol: "UDP" });
    connectionId = String(connection.id);
    ipId = String((await client.resource(resources.ip).create({ ip_address: "192.0.2.50", connection_id: connectionId, port: 5060 })).id);
    t = await newStack(path.join(repoRoot, "test/fixtures/adopt"), "adopt");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "adopt-test-key", secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("fails at preview, naming the field, for an id that does not exist or is of another type", async () => {
    const previewError = () => t.stack.preview().then(() => "", (e: Error) => e.message);
    await emu.resetRequests();
    await t.stack.setConfig("adoptConnection", { value: "999999999" });
    expect(await previewError()).toMatch(/IP connection "office", field adoptId: there is no IP connection with id 999999999/);
    // An IP connection's id is no IP's id.
    await t.stack.setAllConfig({ adoptConnection: { value: connectionId }, adoptIp: { value: connectionId } });
    expect(await previewError()).toMatch(new RegExp(`IP "office-ip", field adoptId: there is no IP with id ${connectionId}`));
    expect(await emu.writes()).toEqual([]);
  });

  it("takes both over with no POST, changing only what differs", async () => {
    await t.stack.setAllConfig({ adoptConnection: { value: connectionId }, adoptIp: { value: ipId } });
    await emu.resetRequests();
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 3 });
    const writes = await emu.writes();
    expect(writes.map((w) => w.method)).toEqual(["PATCH"]); // the connection's transport and tags; the IP matched
    const collections = await emu.collections();
    expect(collections.ip_connections).toHaveLength(1);
    expect(collections.ip_connections[0]).toMatchObject({ id: connectionId, transport_protocol: "TCP" });
    expect(collections.ips.map((i) => i.id)).toEqual([ipId]);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("shows no diff when adoptId is removed afterwards", async () => {
    await t.stack.removeAllConfig(["adoptConnection", "adoptIp"]);
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.destroy();
    expect(await emu.count()).toBe(0);
  });
});
