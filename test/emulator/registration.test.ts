import { describe, expect, it } from "vitest";
import { credentialBody, emulator, type Client } from "./helpers";

const check = (emu: Client, collection: string, id: string) => emu.api("POST", `/v2/${collection}/${id}/actions/check_registration_status`);
const sip = (emu: Client, query: string) => emu.api("GET", `/v2/sip_registration_status?${query}`);

describe("registration status", () => {
  it("defaults to Not Registered everywhere", async () => {
    const emu = await emulator();
    const cred = (await emu.api("POST", "/v2/credential_connections", credentialBody())).body.data;
    const res = await check(emu, "credential_connections", cred.id);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ record_type: "registration_status", status: "Not Registered", sip_username: cred.user_name });
    const view = await sip(emu, `credential_type=sip_credential_connection&connection_id=${cred.id}`);
    expect(view.body).toMatchObject({ registered: false, sip_registration_status: "unknown", connection_id: cred.id });
  });

  it("a UAC state set through the control API shows on all three endpoints", async () => {
    const emu = await emulator();
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "Office PBX", external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", transport: "TCP" }, internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" } })).body.data;
    const set = await emu.control("POST", "/_emulator/registration", { connection_id: uac.id, status: "Registered" });
    expect(set.status).toBe(200);

    const checked = (await check(emu, "uac_connections", uac.id)).body.data;
    expect(checked).toMatchObject({ record_type: "registration_status", status: "Registered", sip_username: "telnyx-reg", port: 5060, transport: "UDP" });
    expect(checked.ip_address).toEqual(expect.any(String));
    expect(checked.last_registration).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);

    const conn = (await emu.api("GET", `/v2/uac_connections/${uac.id}`)).body.data;
    expect(conn.registration_status).toBe("Registered");
    expect(Date.parse(conn.registration_status_updated_at)).toBeGreaterThanOrEqual(Date.parse(uac.registration_status_updated_at));

    for (const type of ["uac_third-party_credential", "uac_external_credential"]) {
      const view = await sip(emu, `credential_type=${type}&connection_id=${uac.id}&user_id=323`);
      expect(view.status).toBe(200);
      expect(view.body.data).toBeUndefined();
      expect(view.body).toMatchObject({
        connection_id: uac.id,
        connection_name: "Office PBX",
        // Asked with either spelling, answered with the official enum's.
        credential_type: "uac_external_credential",
        username: "telnyx-reg",
        pair_state: "ACTIVE",
        registered: true,
        last_registration_response: "200 OK",
        sip_registration_status: "registered",
        "third-party_uac_settings": { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", transport: "TCP", password: "***" },
        internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
      });
      expect(view.body.sip_registration_details.expires).toBeGreaterThan(0);
    }
  });

  it("accepts the lower-case vocabulary and maps Failed consistently", async () => {
    const emu = await emulator();
    const cred = (await emu.api("POST", "/v2/credential_connections", credentialBody())).body.data;
    await emu.control("POST", "/_emulator/registration", { username: cred.user_name, status: "failed" });
    expect((await check(emu, "credential_connections", cred.id)).body.data.status).toBe("Failed");
    const view = await sip(emu, `credential_type=telephony_credential&username=${cred.user_name}`);
    expect(view.body).toMatchObject({ registered: false, sip_registration_status: "failed", last_registration_response: "401 Unauthorized" });
    expect((await emu.control("POST", "/_emulator/registration", { username: cred.user_name, status: "bogus" })).status).toBe(422);
  });

  it("schedules Registered after N ms so callers can wait for it", async () => {
    const emu = await emulator();
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u" })).body.data;
    await emu.control("POST", "/_emulator/registration", { connection_id: uac.id, status: "Registered", after_ms: 150 });
    expect((await check(emu, "uac_connections", uac.id)).body.data.status).toBe("Not Registered");
    await new Promise((r) => setTimeout(r, 200));
    expect((await check(emu, "uac_connections", uac.id)).body.data.status).toBe("Registered");
    expect((await emu.api("GET", `/v2/uac_connections/${uac.id}`)).body.data.registration_status).toBe("Registered");
  });

  it("telephony credentials by bare username, set without a connection", async () => {
    const emu = await emulator();
    await emu.control("POST", "/_emulator/registration", { username: "gencred123", status: "Registered" });
    const view = await sip(emu, "credential_type=telephony_credential&username=gencred123");
    expect(view.body).toMatchObject({ registered: true, username: "gencred123" });
    expect(view.body).toHaveProperty("connection_id", null);
    expect(view.body.sip_registration_details.ua_port).toBe(5060);
    expect((await sip(emu, "credential_type=telephony_credential&username=nobody123")).status).toBe(404);
  });

  it("answers 400 for a missing/invalid query, 404 for unknown ids, 403 for another user_id", async () => {
    const emu = await emulator();
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u" })).body.data;
    expect((await sip(emu, "connection_id=1")).status).toBe(400);
    expect((await sip(emu, "credential_type=bogus&connection_id=1")).status).toBe(400);
    expect((await sip(emu, "credential_type=uac_third-party_credential")).status).toBe(400);
    expect((await sip(emu, "credential_type=uac_third-party_credential&connection_id=1")).status).toBe(404);
    const forbidden = await sip(emu, `credential_type=uac_third-party_credential&connection_id=${uac.id}&user_id=999`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].code).toBe("10010");
  });
});

describe("Telzino agent registration", () => {
  const path = "/v1/agents/123e4567-e89b-12d3-a456-426614174000/sip/registration/status";

  it("unknown agents are NOT_FOUND with code 0 (still 200)", async () => {
    const emu = await emulator();
    const res = await emu.api("GET", path, undefined, { authorization: "Bearer telzino-token" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      success: true,
      data: { state: "NOT_FOUND", stateCode: 0, enabled: "no", expires: 0, lastRegisterSent: null, registrationTimeout: "3600", isRegistered: false, errorMessage: expect.any(String) },
    });
  });

  it("reports the state set through the control API", async () => {
    const emu = await emulator();
    await emu.control("POST", "/_emulator/telzino/agents/123e4567-e89b-12d3-a456-426614174000", { state: "REGISTERED_STATE" });
    const data = (await emu.api("GET", path)).body.data;
    expect(data).toMatchObject({ state: "REGISTERED_STATE", stateCode: 3, enabled: "yes", isRegistered: true, registrationTimeout: "3600", errorMessage: "Successfully registered" });
    expect(data.lastRegisterSent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(data.expires).toBeGreaterThan(Math.floor(Date.now() / 1000));

    await emu.control("POST", "/_emulator/telzino/agents/123e4567-e89b-12d3-a456-426614174000", { state: "WRONG_CREDENTIALS_STATE" });
    expect((await emu.api("GET", path)).body.data).toMatchObject({ state: "WRONG_CREDENTIALS_STATE", stateCode: 6, isRegistered: false });
    expect((await emu.control("POST", "/_emulator/telzino/agents/x", { state: "HAPPY" })).status).toBe(422);
  });

  it("can schedule a state change", async () => {
    const emu = await emulator();
    await emu.control("POST", "/_emulator/telzino/agents/a1", { state: "REGISTERING_STATE" });
    await emu.control("POST", "/_emulator/telzino/agents/a1", { state: "REGISTERED_STATE", after_ms: 100 });
    expect((await emu.api("GET", "/v1/agents/a1/sip/registration/status")).body.data.state).toBe("REGISTERING_STATE");
    await new Promise((r) => setTimeout(r, 150));
    expect((await emu.api("GET", "/v1/agents/a1/sip/registration/status")).body.data.state).toBe("REGISTERED_STATE");
  });
});
