// The root program (what `npm start` deploys) on a fresh stack against an emulator of its own: every resource with
// its declared fields and references resolved, outputs present and secrets secret, no-change previews (also after a
// refresh), and a destroy that leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type { OutputMap } from "@pulumi/pulumi/automation";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const STACK = "root-program-e2e";
const API_KEY = "root-program-api-key-5521";
const PBX_PASSWORD = "Root-pbx-pass-6142";
const UAC_PASSWORD = "Root-uac-pass-9083";
const CARRIER_TOKEN = "root-carrier-token-77c1";

describe("the root program", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let outputs: OutputMap;
  const only = (collection: string) => emu.only(collection);

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(repoRoot, STACK);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: API_KEY, secret: true },
      "telnyx-sip:pbxPassword": { value: PBX_PASSWORD, secret: true },
      "telnyx-sip:uacPassword": { value: UAC_PASSWORD, secret: true },
      "telnyx-sip:carrierToken": { value: CARRIER_TOKEN, secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    // The stack's config file lands in the repo root: it must not stay there.
    fs.rmSync(path.join(repoRoot, `Pulumi.${STACK}.yaml`), { force: true });
    await emu?.close();
  });

  it("deploys every resource with its declared fields", async () => {
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 11 });
    outputs = up.outputs;
    const profile = await only("outbound_voice_profiles");
    expect(profile).toMatchObject({
      id: outputs.outboundVoiceProfileId.value,
      name: "main-profile",
      concurrent_call_limit: 20,
      daily_spend_limit: "150.00",
      daily_spend_limit_enabled: true,
      call_recording: { call_recording_type: "all", call_recording_channels: "dual", call_recording_format: "mp3" },
    });
    expect([...profile.whitelisted_destinations].sort()).toEqual(["CA", "GB", "US"]);
    expect(await only("credential_connections")).toMatchObject({
      id: outputs.credentialConnectionId.value,
      connection_name: "office-pbx",
      user_name: "officepbx01",
      password: PBX_PASSWORD,
      inbound: { codecs: ["G722", "G711U", "G711A"], channel_limit: 10 },
    });
    expect(await only("ip_connections")).toMatchObject({
      id: outputs.ipConnectionId.value,
      connection_name: "carrier-trunk",
      inbound: { default_routing_method: "round-robin" },
      outbound: { ip_authentication_method: "token", ip_authentication_token: CARRIER_TOKEN },
    });
    expect(await only("fqdn_connections")).toMatchObject({
      id: outputs.fqdnConnectionId.value,
      transport_protocol: "TCP",
      inbound: { codecs: ["OPUS", "G722", "G711U"] },
    });
    expect(await only("uac_connections")).toMatchObject({
      id: outputs.uacConnectionId.value,
      external_uac_settings: {
        proxy: "sip:pbx.customer.example.com:5060",
        username: "telnyxreg",
        password: UAC_PASSWORD,
      },
      internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
    });
    expect(await only("access_ip_ranges")).toMatchObject({
      id: outputs.accessIpRangeId.value,
      cidr_block: "203.0.113.0/24",
    });
  });

  it("resolves every reference between resources", async () => {
    const collections = await emu.collections();
    const profileId = outputs.outboundVoiceProfileId.value;
    for (const collection of ["credential_connections", "ip_connections", "fqdn_connections", "uac_connections"]) {
      expect(collections[collection][0].outbound.outbound_voice_profile_id, collection).toBe(profileId);
    }
    const ips = collections.ips.map((ip) => [ip.ip_address, ip.connection_id]);
    expect(ips.sort()).toEqual([
      ["192.0.2.10", outputs.ipConnectionId.value],
      ["192.0.2.11", outputs.ipConnectionId.value],
    ]);
    expect(collections.ips.map((ip) => ip.id).sort()).toEqual([...outputs.carrierIpIds.value].sort());
    const livekitFqdns = collections.fqdns.filter((f) => f.connection_id === outputs.fqdnConnectionId.value);
    expect(livekitFqdns.map((f) => [f.fqdn, f.dns_record_type]).sort()).toEqual([
      ["abcd1234.sip.livekit.cloud", "a"],
      ["sip.livekit.example.com", "srv"],
    ]);
    expect(livekitFqdns.map((f) => f.id).sort()).toEqual([...outputs.livekitFqdnIds.value].sort());
  });

  it("exports every output, secrets as secrets and never in plaintext in the state", () => {
    expect(outputs.sipUsername.value).toBe("officepbx01");
    expect(outputs.uacFqdn.value).toMatch(/\.uac\.telnyx\.com$/);
    expect(typeof outputs.uacRegistered.value).toBe("boolean");
    expect(outputs.sipPassword).toEqual({ value: PBX_PASSWORD, secret: true });
    expect(outputs.uacPassword).toEqual({ value: UAC_PASSWORD, secret: true });
    const state = stateText(t);
    for (const secret of [API_KEY, PBX_PASSWORD, UAC_PASSWORD, CARRIER_TOKEN]) expect(state).not.toContain(secret);
  });

  it("previews no change, also after a refresh", async () => {
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.refresh();
    await t.stack.preview({ expectNoChanges: true });
  });

  it("destroys everything, leaving the emulator empty", async () => {
    const destroy = await t.stack.destroy();
    expect(destroy.summary.result).toBe("succeeded");
    expect(await emu.count()).toBe(0);
  });
});
