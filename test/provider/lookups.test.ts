// The lookups against the emulator: one normalised registration shape from all four sources, waiting until an
// endpoint registers, and a clear failure when it never does; connections and profiles by filter and name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { TestEmulator } from "../e2e/emulator";
import { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";
import { getActiveCalls, getConnections, getOutboundVoiceProfile, getRegistrationStatus } from "../../provider/lookups";
import * as packageIndex from "../../index";

describe("lookups", () => {
  let emu: TestEmulator;
  let credentialId: string;
  let uacId: string;
  let profileId: string;

  beforeAll(async () => {
    emu = await TestEmulator.start();
    // Lookups read the stack config through the program's runtime, as they do inside `pulumi up`.
    pulumi.runtime.setAllConfig({
      "telnyx:apiKey": "lookup-test-key",
      "telnyx:baseUrl": emu.baseUrl,
      "telzino:accessToken": "telzino-test-token",
      "telzino:baseUrl": `${emu.url}/v1`,
    });
    const client = new TelnyxClient({ apiKey: "lookup-test-key", baseUrl: emu.baseUrl });
    // Made by this package (it carries an ownership tag next to the user's): lookups must show the user's tags only.
    profileId = String((await client.resource(resources.outboundVoiceProfile).create({
      name: "lookup-profile", tags: ["team-voice", "pulumi-telnyx-sip:mx3bdjdv-9c090d94376570bb"],
    })).id);
    const credential = await client.resource(resources.credentialConnection).create({
      connection_name: "lookup-pbx", user_name: "lookuppbx01", password: "Lookup-pass-77",
      outbound: { outbound_voice_profile_id: profileId },
    });
    credentialId = String(credential.id);
    uacId = String((await client.resource(resources.uacConnection).create({ connection_name: "lookup-uac" })).id);
  });
  afterAll(() => emu?.close());

  it("never returns the provider's ownership tag", async () => {
    expect((await getOutboundVoiceProfile({ name: "lookup-profile" })).tags).toEqual(["team-voice"]);
  });

  it("normalises a registered credential connection", async () => {
    await emu.setRegistration({ connection_id: credentialId, status: "Registered" });
    const status = await getRegistrationStatus({ credentialConnectionId: credentialId });
    expect(status).toMatchObject({ source: "credentialConnection", registered: true, state: "registered" });
  });

  it("normalises the unified endpoint and a UAC connection the same way", async () => {
    const unified = await getRegistrationStatus({ sipRegistration: { credentialType: "uac_third-party_credential", connectionId: uacId, userId: "323" } });
    const uac = await getRegistrationStatus({ uacConnectionId: uacId });
    expect([unified.state, uac.state]).toEqual(["unregistered", "unregistered"]);
    expect(unified.registered || uac.registered).toBe(false);
  });

  it("normalises a Telzino agent", async () => {
    const agent = "123e4567-e89b-12d3-a456-426614174000";
    await fetch(`${emu.url}/_emulator/telzino/agents/${agent}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ state: "WRONG_CREDENTIALS_STATE" }),
    });
    expect(await getRegistrationStatus({ telzinoAgentId: agent })).toMatchObject({ registered: false, state: "failed" });
  });

  it("waits until the endpoint registers", async () => {
    await emu.setRegistration({ connection_id: uacId, status: "Registered", after_ms: 1500 });
    const started = Date.now();
    const status = await getRegistrationStatus({ uacConnectionId: uacId, waitUntilRegistered: { timeoutSeconds: 20, intervalSeconds: 0.5 } });
    expect(status.registered).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("fails with the last state when it never registers", async () => {
    await emu.setRegistration({ connection_id: credentialId, status: "Failed" });
    await expect(
      getRegistrationStatus({ credentialConnectionId: credentialId, waitUntilRegistered: { timeoutSeconds: 1, intervalSeconds: 0.2 } }),
    ).rejects.toThrow(new RegExp(`credentialConnection ${credentialId} did not register within 1s: last state "failed"`));
  });

  it("refuses ambiguous arguments", async () => {
    await expect(getRegistrationStatus({ credentialConnectionId: "1", uacConnectionId: "2" })).rejects.toThrow(/exactly one of/);
  });

  it("finds connections by filter and a profile by name", async () => {
    expect((await getConnections({ nameContains: "lookup" })).map((c) => c.connectionName).sort()).toEqual(["lookup-pbx", "lookup-uac"]);
    expect((await getConnections({ outboundVoiceProfileId: profileId })).map((c) => c.id)).toEqual([credentialId]);
    expect((await getOutboundVoiceProfile({ name: "lookup-profile" })).id).toBe(profileId);
    await expect(getOutboundVoiceProfile({ name: "no-such-profile" })).rejects.toThrow(/no outbound voice profiles named "no-such-profile"/);
  });

  it("lists a connection's active calls across cursor pages, and is exported by the package", async () => {
    expect(await getActiveCalls({ connectionId: uacId })).toEqual([]);
    // 260 calls: more than one 250-call page, so the cursor is followed.
    const placed = await fetch(`${emu.url}/_emulator/calls`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ connection_id: credentialId, count: 260, call_duration: 30 }),
    });
    expect(placed.status).toBe(200);
    const calls = await getActiveCalls({ connectionId: credentialId });
    expect(calls).toHaveLength(260);
    expect(new Set(calls.map((c) => c.callControlId)).size).toBe(260);
    expect(calls[0]).toMatchObject({ recordType: "call", callDuration: 30 });
    await expect(getActiveCalls({ connectionId: "404404" })).rejects.toThrow(/404/);
    expect(packageIndex.getActiveCalls).toBe(getActiveCalls);
  });
});
