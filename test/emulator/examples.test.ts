import { describe, expect, it } from "vitest";
import { emulator, type Client } from "./helpers";

/**
 * Every request example in the reference pages (telnyx-sip-api-endpoints.txt,
 * telnyx-uac-connections.txt, telnyx-sip-registration-status.txt,
 * telzino-agent-sip-registration-status.txt), sent as written. Ids the examples assume
 * exist are seeded through PUT /_emulator/resources first.
 */

// Keys always present. Fields the official OpenAPI types without null (webhook_event_url, txt_*, ...) are absent while unset.
const COMMON = "active anchorsite_override android_push_credential_id call_cost_in_webhooks created_at default_on_hold_comfort_noise_enabled dtmf_type encode_contact_header_enabled encrypted_media id inbound ios_push_credential_id jitter_buffer noise_suppression noise_suppression_details onnet_t38_passthrough_enabled outbound record_type rtcp_settings tags updated_at webhook_api_version webhook_event_failover_url webhook_timeout_secs";
const KEYS: Record<string, string[]> = {
  credential: `${COMMON} password sip_uri_calling_preference user_name`.split(" "),
  ip: `${COMMON} transport_protocol`.split(" "),
  fqdn: `${COMMON} adjust_dtmf_timestamp call_cost_enabled ignore_dtmf_duration ignore_mark_bit microsoft_teams_sbc password rtp_pass_codecs_on_stream_change send_normalized_timestamps third_party_control_enabled transport_protocol user_name`.split(" "),
  uac: `${COMMON} password sip_uri_calling_preference user_name external_uac_settings internal_uac_settings authentication fqdn fqdn_outbound_authentication fqdns registration_status registration_status_updated_at`.split(" "),
  connection: "active anchorsite_override connection_name created_at id record_type tags updated_at webhook_api_version webhook_event_failover_url webhook_event_url".split(" "),
  ip_address: "created_at id ip_address port record_type updated_at".split(" "),
  fqdn_record: "connection_id created_at dns_record_type fqdn id port record_type updated_at".split(" "),
  ovp: "billing_group_id call_recording concurrent_call_limit connections_count created_at daily_spend_limit_enabled enabled id name record_type service_plan tags traffic_type updated_at usage_payment_method whitelisted_destinations".split(" "),
  range: "cidr_block created_at id status updated_at user_id".split(" "),
  registration: "record_type sip_username status".split(" "),
};

const hasKeys = (obj: any, kind: string) => expect(Object.keys(obj)).toEqual(expect.arrayContaining(KEYS[kind]));
const UUID_ID = "550e8400-e29b-41d4-a716-446655440000";
const NUM_ID = "1293384261075731499";

async function seed(emu: Client, collection: string, id: string, body: object = {}) {
  expect((await emu.control("PUT", `/_emulator/resources/${collection}/${id}`, body)).status).toBe(200);
}

function expectList(res: { status: number; body: any }, kind: string | null) {
  expect(res.status).toBe(200);
  expect(Object.keys(res.body.meta).sort()).toEqual(["page_number", "page_size", "total_pages", "total_results"]);
  if (kind) hasKeys(res.body.data[0], kind);
}

describe("telnyx-sip-api-endpoints.txt examples", () => {
  it("access_ip_ranges: list, create, delete", async () => {
    const emu = await emulator();
    await seed(emu, "access_ip_ranges", UUID_ID, { cidr_block: "192.0.2.0/24" });
    expectList(await emu.api("GET", "/v2/access_ip_ranges"), "range");
    const created = await emu.api("POST", "/v2/access_ip_ranges", { cidr_block: "203.0.113.0/24" });
    expect(created.status).toBe(200);
    hasKeys(created.body, "range");
    const deleted = await emu.api("DELETE", `/v2/access_ip_ranges/${UUID_ID}`);
    expect(deleted.status).toBe(200);
    hasKeys(deleted.body, "range");
  });

  it("connections: list sorted by name, retrieve", async () => {
    const emu = await emulator();
    await seed(emu, "ip_connections", UUID_ID, { connection_name: "seeded" });
    expectList(await emu.api("GET", "/v2/connections?sort=connection_name"), "connection");
    const got = await emu.api("GET", `/v2/connections/${UUID_ID}`);
    expect(got.status).toBe(200);
    hasKeys(got.body.data, "connection");
  });

  it("credential_connections: list, create, retrieve, update, check registration, delete", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/credential_connections", { user_name: "myusername123", password: "my123secure456password789", connection_name: "office-connection" });
    expect(created.status).toBe(201);
    hasKeys(created.body.data, "credential");
    expectList(await emu.api("GET", "/v2/credential_connections?sort=connection_name"), "credential");
    await seed(emu, "credential_connections", UUID_ID, { connection_name: "seeded", user_name: "seeded01", password: "password-1" });
    hasKeys((await emu.api("GET", `/v2/credential_connections/${UUID_ID}`)).body.data, "credential");
    const patched = await emu.api("PATCH", `/v2/credential_connections/${UUID_ID}`);
    expect(patched.status).toBe(200);
    hasKeys(patched.body.data, "credential");
    const check = await emu.api("POST", `/v2/credential_connections/${UUID_ID}/actions/check_registration_status`);
    expect(check.status).toBe(200);
    hasKeys(check.body.data, "registration");
    const deleted = await emu.api("DELETE", `/v2/credential_connections/${UUID_ID}`);
    expect(deleted.status).toBe(200);
    hasKeys(deleted.body.data, "credential");
  });

  it("fqdn_connections: list, create, retrieve, update, delete", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/fqdn_connections", { connection_name: "office-connection" });
    expect(created.status).toBe(201);
    hasKeys(created.body.data, "fqdn");
    expectList(await emu.api("GET", "/v2/fqdn_connections?sort=connection_name"), "fqdn");
    await seed(emu, "fqdn_connections", NUM_ID, { connection_name: "seeded" });
    hasKeys((await emu.api("GET", `/v2/fqdn_connections/${NUM_ID}`)).body.data, "fqdn");
    expect((await emu.api("PATCH", `/v2/fqdn_connections/${NUM_ID}`)).status).toBe(200);
    hasKeys((await emu.api("DELETE", `/v2/fqdn_connections/${NUM_ID}`)).body.data, "fqdn");
  });

  it("fqdns: list, create, retrieve, update, delete", async () => {
    const emu = await emulator();
    await seed(emu, "fqdn_connections", UUID_ID, { connection_name: "seeded" });
    const created = await emu.api("POST", "/v2/fqdns", { connection_id: UUID_ID, fqdn: "example.com", dns_record_type: "a" });
    expect(created.status).toBe(201);
    hasKeys(created.body.data, "fqdn_record");
    expectList(await emu.api("GET", "/v2/fqdns"), "fqdn_record");
    await seed(emu, "fqdns", "1517907029795014409", { connection_id: UUID_ID, fqdn: "pbx.example.com", dns_record_type: "a" });
    hasKeys((await emu.api("GET", "/v2/fqdns/1517907029795014409")).body.data, "fqdn_record");
    expect((await emu.api("PATCH", "/v2/fqdns/1517907029795014409")).status).toBe(200);
    hasKeys((await emu.api("DELETE", "/v2/fqdns/1517907029795014409")).body.data, "fqdn_record");
  });

  it("ip_connections: list, create, retrieve, update, delete", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/ip_connections", { connection_name: "my-ip-connection" });
    expect(created.status).toBe(201);
    hasKeys(created.body.data, "ip");
    expectList(await emu.api("GET", "/v2/ip_connections?sort=connection_name"), "ip");
    await seed(emu, "ip_connections", UUID_ID);
    hasKeys((await emu.api("GET", `/v2/ip_connections/${UUID_ID}`)).body.data, "ip");
    expect((await emu.api("PATCH", `/v2/ip_connections/${UUID_ID}`)).status).toBe(200);
    hasKeys((await emu.api("DELETE", `/v2/ip_connections/${UUID_ID}`)).body.data, "ip");
  });

  it("ips: list, create, retrieve, update, delete", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/ips", { ip_address: "192.168.0.0" });
    expect(created.status).toBe(201);
    hasKeys(created.body.data, "ip_address");
    expectList(await emu.api("GET", "/v2/ips"), "ip_address");
    const id = "6a09cdc3-8948-47f0-aa62-74ac943d6c58";
    await seed(emu, "ips", id, { ip_address: "192.0.2.1" });
    hasKeys((await emu.api("GET", `/v2/ips/${id}`)).body.data, "ip_address");
    const patched = await emu.api("PATCH", `/v2/ips/${id}`, { ip_address: "192.168.0.0" });
    expect(patched.status).toBe(200);
    expect(patched.body.data.ip_address).toBe("192.168.0.0");
    hasKeys((await emu.api("DELETE", `/v2/ips/${id}`)).body.data, "ip_address");
  });

  it("outbound_voice_profiles: list, create (200), retrieve, update, delete", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" });
    expect(created.status).toBe(200);
    hasKeys(created.body.data, "ovp");
    expectList(await emu.api("GET", "/v2/outbound_voice_profiles?sort=name"), "ovp");
    await seed(emu, "outbound_voice_profiles", NUM_ID, { name: "seeded" });
    hasKeys((await emu.api("GET", `/v2/outbound_voice_profiles/${NUM_ID}`)).body.data, "ovp");
    const patched = await emu.api("PATCH", `/v2/outbound_voice_profiles/${NUM_ID}`, { name: "office" });
    expect(patched.body.data.name).toBe("office");
    hasKeys((await emu.api("DELETE", `/v2/outbound_voice_profiles/${NUM_ID}`)).body.data, "ovp");
  });
});

describe("telnyx-uac-connections.txt examples", () => {
  it("create (minimal, with credentials, full), update external and internal settings, list, get, delete", async () => {
    const emu = await emulator({ secrets: "echo" });
    const minimal = await emu.api("POST", "/v2/uac_connections", { connection_name: "My UAC Connection" });
    expect(minimal.status).toBe(201);
    hasKeys(minimal.body.data, "uac");
    const withCreds = await emu.api("POST", "/v2/uac_connections", { connection_name: "My UAC Connection", user_name: "my-sip-user", password: "my-sip-password" });
    expect(withCreds.status).toBe(201);
    expect(withCreds.body.data.user_name).toBe("my-sip-user");
    const id = minimal.body.data.id;
    const ext = await emu.api("PATCH", `/v2/uac_connections/${id}`, { external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", password: "s3cret", transport: "TCP" } });
    expect(ext.status).toBe(200);
    expect(ext.body.data.external_uac_settings).toMatchObject({ proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", password: "s3cret", transport: "TCP" });
    const internal = await emu.api("PATCH", `/v2/uac_connections/${id}`, { internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" } });
    expect(internal.body.data.internal_uac_settings.destination_uri).toBe("1006@assistant-abc123.sip.telnyx.com");
    const full = await emu.api("POST", "/v2/uac_connections", {
      connection_name: "Office PBX",
      user_name: "my-sip-user2",
      password: "my-sip-password",
      external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", password: "s3cret", transport: "TCP" },
      internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
    });
    expect(full.status).toBe(201);
    expectList(await emu.api("GET", "/v2/uac_connections"), "uac");
    hasKeys((await emu.api("GET", `/v2/uac_connections/${id}`)).body.data, "uac");
    expect((await emu.api("DELETE", `/v2/uac_connections/${id}`)).status).toBe(200);
  });

  it("the full example's user_name collides with the earlier example's, as user names are unique", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/uac_connections", { connection_name: "My UAC Connection", user_name: "my-sip-user", password: "my-sip-password" });
    const res = await emu.api("POST", "/v2/uac_connections", { connection_name: "Office PBX", user_name: "my-sip-user", password: "my-sip-password" });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].code).toBe("10012");
  });
});

describe("telnyx-sip-registration-status.txt example", () => {
  it("answers the documented bare object", async () => {
    const emu = await emulator();
    await seed(emu, "uac_connections", "2954035328656082602", {
      connection_name: "Office PBX",
      external_uac_settings: { proxy: "sip:pbx.example.com:5060", outbound_proxy: "sip:edge.example.com:5060", transport: "TCP", username: "telnyx-reg", auth_username: "telnyx-reg", from_user: "601", expiration_sec: 3600, password: "s3cret" },
      internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
    });
    await emu.control("POST", "/_emulator/registration", { connection_id: "2954035328656082602", status: "Registered" });
    const res = await emu.api("GET", "/v2/sip_registration_status?credential_type=uac_third-party_credential&connection_id=2954035328656082602&user_id=323");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      connection_id: "2954035328656082602",
      user_id: "323",
      connection_name: "Office PBX",
      username: "telnyx-reg",
      pair_state: "ACTIVE",
      registered: true,
      last_registration_response: "200 OK",
      "third-party_uac_settings": {
        proxy: "sip:pbx.example.com:5060",
        outbound_proxy: "sip:edge.example.com:5060",
        transport: "TCP",
        username: "telnyx-reg",
        auth_username: "telnyx-reg",
        from_user: "601",
        expiration_sec: 3600,
        password: "***",
      },
      internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
    });
  });
});

describe("telzino-agent-sip-registration-status.txt example", () => {
  it("answers {success, data} with the documented fields", async () => {
    const emu = await emulator();
    await emu.control("POST", "/_emulator/telzino/agents/123e4567-e89b-12d3-a456-426614174000", { state: "REGISTERED_STATE" });
    const res = await emu.api("GET", "/v1/agents/123e4567-e89b-12d3-a456-426614174000/sip/registration/status", undefined, { authorization: "Bearer YOUR_ACCESS_TOKEN" });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(Object.keys(res.body.data).sort()).toEqual(["enabled", "errorMessage", "expires", "isRegistered", "lastRegisterSent", "registrationTimeout", "state", "stateCode"]);
    expect(res.body.data).toMatchObject({ state: "REGISTERED_STATE", stateCode: 3, enabled: "yes", isRegistered: true, errorMessage: "Successfully registered" });
  });
});

describe("telnyx-sip-trunking-guide.txt JSON snippets", () => {
  it("credential create, jitter buffer, localization and latency anchorsite updates", async () => {
    const emu = await emulator();
    const cred = await emu.api("POST", "/v2/credential_connections", { connection_name: "my-connection", user_name: "username", password: "secure-password" });
    expect(cred.status).toBe(201);
    const jitter = { jitter_buffer: { enable_jitter_buffer: true, jitterbuffer_msec_min: 60, jitterbuffer_msec_max: 200 } };
    const ip = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    const fqdn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data;
    for (const [collection, id] of [["credential_connections", cred.body.data.id], ["fqdn_connections", fqdn.id], ["ip_connections", ip.id]]) {
      const res = await emu.api("PATCH", `/v2/${collection}/${id}`, jitter);
      expect(res.body.data.jitter_buffer.enable_jitter_buffer).toBe(true);
    }
    const loc = await emu.api("PATCH", `/v2/credential_connections/${cred.body.data.id}`, { outbound: { localization: "US" } });
    expect(loc.body.data.outbound.localization).toBe("US");
    const anchor = await emu.api("PATCH", `/v2/ip_connections/${ip.id}`, { anchorsite_override: "latency" });
    expect(anchor.body.data.anchorsite_override).toBe("Latency");
    const receive = await emu.api("PATCH", `/v2/ip_connections/${ip.id}`, { inbound: { sip_subdomain_receive_settings: "from_anyone" }, outbound: { tech_prefix_enabled: true } });
    expect(receive.status).toBe(200);
    const token = await emu.api("PATCH", `/v2/ip_connections/${ip.id}`, { outbound: { ip_authentication_token: "your-token-value" } });
    expect(token.status).toBe(200);
  });
});
