// Outputs leave out the undeclared fields that hold their documented default (provider/core/defaults.ts): what is
// left out and what stays, that it reads back as the API has it, and that the provider (diff, refresh, update) still
// sees the API's object, against an in-process emulator.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultsOf, withDefaults, withoutDefaults } from "../../provider/core/defaults";
import { fromApi } from "../../provider/core/casing";
import { handlers } from "../../provider/core/handlers";
import { declaredPaths, skeletonOf } from "../../provider/core/outputs";
import { privateOf, withPrivate } from "../../provider/core/internal-keys";
import { configure } from "../../provider/core/settings";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { TestEmulator } from "../e2e/emulator";

type Obj = Record<string, any>;
const ipDefaults = defaultsOf(resources.ipConnection as unknown as ResourceSpec);

describe("withoutDefaults", () => {
  const outputs = {
    connectionName: "carrier",
    active: true,
    dtmfType: "Inband",
    tags: [],
    transportProtocol: "UDP",
    webhookEventUrl: null,
    encryptedMedia: null,
    inbound: { codecs: ["G722"], aniNumberFormat: "E.164-national", timeout1xxSecs: 3, channelLimit: null },
    jitterBuffer: { enableJitterBuffer: false, jitterbufferMsecMin: 60, jitterbufferMsecMax: 200 },
    rtcpSettings: { captureEnabled: true, port: "rtp+1", reportFrequencySecs: 5 },
    createdAt: "2026-11-30T10:00:00.000Z",
  };
  const declared = { connectionName: true, transportProtocol: true, inbound: { timeout1xxSecs: true } };
  const kept = withoutDefaults(outputs, declared, ipDefaults);

  it("leaves out undeclared fields equal to their default, deeply, and objects left empty", () => {
    expect(kept).toEqual({
      connectionName: "carrier",
      dtmfType: "Inband",
      transportProtocol: "UDP",
      inbound: { codecs: ["G722"], timeout1xxSecs: 3 },
      rtcpSettings: { captureEnabled: true },
      createdAt: "2026-11-30T10:00:00.000Z",
    });
  });

  it("keeps declared fields equal to their default, at any depth", () => {
    expect(kept.transportProtocol).toBe(ipDefaults.transportProtocol);
    expect(kept.inbound.timeout1xxSecs).toBe(ipDefaults.inbound.timeout1xxSecs);
  });

  it("keeps null where the default is a value, so that it does not read back as that value", () => {
    const nulls = withoutDefaults({ active: null, webhookEventUrl: null, inbound: { sipRegion: null } }, {}, ipDefaults);
    expect(nulls).toEqual({ active: null, inbound: { sipRegion: null } });
    expect(withDefaults(nulls.active, ipDefaults.active)).toBeNull();
  });

  it("reads back as the API has it: withDefaults restores every field left out", () => {
    const withoutNulls = JSON.parse(JSON.stringify(outputs, (_k, v) => (v === null ? undefined : v)));
    const restored = Object.fromEntries(Object.keys(withoutNulls).map((k) => [k, withDefaults(kept[k], ipDefaults[k])]));
    expect(restored).toEqual({ ...withoutNulls, inbound: { ...ipDefaults.inbound, ...withoutNulls.inbound } });
  });

  it("leaves everything but nulls alone without defaults", () => {
    expect(withoutDefaults({ a: 1, b: null, c: { d: null, e: [] } }, {}, {})).toEqual({ a: 1, c: { e: [] } });
  });
});

describe("the provider with compact outputs (emulator)", () => {
  let emu: TestEmulator;
  const ip = handlers("ipConnection");
  const inputs = {
    __naming: "0123456789abcdef carrier",
    connectionName: "carrier",
    transportProtocol: "UDP",
    inbound: { codecs: ["G722"], timeout1xxSecs: 3 },
  };
  let id: string;
  let outs: Obj;

  beforeAll(async () => {
    emu = await TestEmulator.start();
    configure({ get: (key: string) => ({ "telnyx:apiKey": "defaults-test-key", "telnyx:baseUrl": emu.baseUrl })[key] });
    const made = await ip.create!(inputs);
    id = made.id;
    outs = made.outs!;
  });
  afterAll(() => emu.close());

  it("stores the declared fields and what differs from the defaults, not the rest of the API's object", async () => {
    const api = fromApi((await emu.collections()).ip_connections.find((o) => o.id === id)) as Obj;
    expect(api.active).toBe(true);
    expect(api.inbound.aniNumberFormat).toBe("E.164-national");
    expect(outs.active).toBeUndefined();
    expect(api.recordType).toBe("ip_connection");
    expect(outs.recordType).toBeUndefined();
    expect(api.updatedAt).toBe(api.createdAt);
    expect(outs.createdAt).toBe(api.createdAt);
    expect(outs.updatedAt).toBeUndefined(); // never updated: createdAt says it
    expect(outs.inbound).toEqual({ codecs: ["G722"], timeout1xxSecs: 3 });
    expect(outs.transportProtocol).toBe("UDP");
    expect(outs.connectionName).toBe("carrier");
  });

  it("shows no change when the program starts declaring a field at its default, and a change when not at it", async () => {
    expect(await ip.diff!(id, outs, { ...inputs, active: true, inbound: { ...inputs.inbound, aniNumberFormat: "E.164-national" } }))
      .toEqual({ changes: false, replaces: [] });
    expect(await ip.diff!(id, outs, { ...inputs, active: false })).toEqual({ changes: true, replaces: [] });
  });

  it("refresh keeps the outputs compact and hands back the declared fields as inputs", async () => {
    const read = await ip.read!(id, outs);
    expect(read.props).toEqual(outs);
    expect(read.inputs).toMatchObject({ connectionName: "carrier", transportProtocol: "UDP", inbound: { codecs: ["G722"], timeout1xxSecs: 3 } });
  });

  it("an update to a non-default value stores it, and back to the default drops it once undeclared", async () => {
    const updated = (await ip.update!(id, outs, { ...inputs, active: false })).outs!;
    expect(updated.active).toBe(false);
    const back = (await ip.update!(id, updated, { ...inputs, active: true })).outs!;
    expect(back.active).toBe(true); // declared: stays
    expect(privateOf(back).declared).toEqual(["connectionName", "transportProtocol", "inbound.codecs", "inbound.timeout1xxSecs", "active"]);
    const { active: _active, ...declaredNow } = skeletonOf(privateOf(back).declared!);
    const read = await ip.read!(id, withPrivate(back, { ...privateOf(back), declared: declaredPaths(declaredNow) }));
    expect(read.props!.active).toBeUndefined();
  });
});
