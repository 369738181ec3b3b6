import { describe, expect, it } from "vitest";
import { credentialBody, emulator, errorAt, type Client } from "./helpers";

/** Each case: [title, method, path (or a function that prepares one), body, pointer, code]. */
type Case = [string, string, string | ((emu: Client) => Promise<string>), unknown, string, string?];

const cred = credentialBody();
const newIp = async (emu: Client) => `/v2/ips/${(await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.1" })).body.data.id}`;
const newOvp = async (emu: Client) => `/v2/outbound_voice_profiles/${(await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" })).body.data.id}`;
const newFqdnConn = async (emu: Client) => `/v2/fqdn_connections/${(await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data.id}`;
const newCred = async (emu: Client) => `/v2/credential_connections/${(await emu.api("POST", "/v2/credential_connections", cred)).body.data.id}`;
const newIpConn = async (emu: Client) => `/v2/ip_connections/${(await emu.api("POST", "/v2/ip_connections", {})).body.data.id}`;

const cases: Case[] = [
  // required fields
  ["credential requires user_name", "POST", "/v2/credential_connections", { connection_name: "x", password: "password-1" }, "/user_name"],
  ["fqdn connection requires connection_name", "POST", "/v2/fqdn_connections", {}, "/connection_name"],
  ["uac requires connection_name", "POST", "/v2/uac_connections", {}, "/connection_name"],
  ["ips require ip_address", "POST", "/v2/ips", {}, "/ip_address"],
  ["fqdns require dns_record_type", "POST", "/v2/fqdns", { fqdn: "a.example.com", connection_id: "1" }, "/dns_record_type"],
  ["profiles require name", "POST", "/v2/outbound_voice_profiles", {}, "/name"],
  ["access ranges require cidr_block", "POST", "/v2/access_ip_ranges", {}, "/cidr_block"],
  ["PATCH /ips requires ip_address", "PATCH", newIp, { port: 5070 }, "/ip_address"],
  ["PATCH profile requires name", "PATCH", newOvp, { enabled: false }, "/name"],
  // enums
  ["dtmf_type enum", "POST", "/v2/ip_connections", { dtmf_type: "DTMF" }, "/dtmf_type"],
  ["anchorsite enum", "POST", "/v2/ip_connections", { anchorsite_override: "Mars" }, "/anchorsite_override"],
  ["inbound ani_number_format enum", "POST", "/v2/ip_connections", { inbound: { ani_number_format: "e.164" } }, "/inbound/ani_number_format"],
  ["ip_authentication_method differs by type", "POST", "/v2/ip_connections", { outbound: { ip_authentication_method: "ip-authentication" } }, "/outbound/ip_authentication_method"],
  ["profile traffic_type enum", "POST", "/v2/outbound_voice_profiles", { name: "abc", traffic_type: "short_duration" }, "/traffic_type"],
  // ranges
  ["timeout_1xx_secs >= 1", "POST", "/v2/ip_connections", { inbound: { timeout_1xx_secs: 0 } }, "/inbound/timeout_1xx_secs"],
  ["timeout_1xx_secs <= 120", "POST", "/v2/ip_connections", { inbound: { timeout_1xx_secs: 121 } }, "/inbound/timeout_1xx_secs"],
  ["timeout_2xx_secs <= 600", "POST", "/v2/ip_connections", { inbound: { timeout_2xx_secs: 601 } }, "/inbound/timeout_2xx_secs"],
  ["fqdn outbound timeout_2xx_secs <= 600", "POST", "/v2/fqdn_connections", { connection_name: "f", outbound: { timeout_2xx_secs: 700 } }, "/outbound/timeout_2xx_secs"],
  ["timeouts are integers", "POST", "/v2/ip_connections", { inbound: { timeout_1xx_secs: 1.5 } }, "/inbound/timeout_1xx_secs"],
  ["jitter buffer >= 40", "POST", "/v2/ip_connections", { jitter_buffer: { jitterbuffer_msec_min: 39 } }, "/jitter_buffer/jitterbuffer_msec_min"],
  ["jitter buffer <= 400", "POST", "/v2/ip_connections", { jitter_buffer: { jitterbuffer_msec_max: 401 } }, "/jitter_buffer/jitterbuffer_msec_max"],
  ["jitter min <= max", "POST", "/v2/ip_connections", { jitter_buffer: { jitterbuffer_msec_min: 300, jitterbuffer_msec_max: 100 } }, "/jitter_buffer/jitterbuffer_msec_min"],
  ["jitter min <= stored max on PATCH", "PATCH", newIpConn, { jitter_buffer: { jitterbuffer_msec_min: 250 } }, "/jitter_buffer/jitterbuffer_msec_min"],
  ["attenuation multiple of 10", "POST", "/v2/ip_connections", { noise_suppression_details: { attenuation_limit: 15 } }, "/noise_suppression_details/attenuation_limit"],
  ["attenuation <= 100", "POST", "/v2/ip_connections", { noise_suppression_details: { attenuation_limit: 110 } }, "/noise_suppression_details/attenuation_limit"],
  ["webhook_timeout_secs <= 30", "POST", "/v2/ip_connections", { webhook_timeout_secs: 31 }, "/webhook_timeout_secs"],
  ["report_frequency_secs >= 5", "POST", "/v2/ip_connections", { rtcp_settings: { report_frequency_secs: 4 } }, "/rtcp_settings/report_frequency_secs"],
  ["report_frequency_secs <= 3000", "POST", "/v2/ip_connections", { rtcp_settings: { report_frequency_secs: 3001 } }, "/rtcp_settings/report_frequency_secs"],
  ["expiration_sec >= 1", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "pbx.example.com", expiration_sec: 0 } }, "/external_uac_settings/expiration_sec"],
  // lengths and patterns
  ["user_name at least 4", "POST", "/v2/credential_connections", { ...cred, user_name: "abc" }, "/user_name"],
  ["user_name at most 32", "POST", "/v2/credential_connections", { ...cred, user_name: "a".repeat(33) }, "/user_name"],
  ["user_name letter in first 5", "POST", "/v2/credential_connections", { ...cred, user_name: "12345abc" }, "/user_name"],
  ["user_name alphanumeric", "POST", "/v2/credential_connections", { ...cred, user_name: "user name" }, "/user_name"],
  ["password at least 8", "POST", "/v2/credential_connections", { ...cred, password: "short12" }, "/password"],
  ["password at most 128", "POST", "/v2/credential_connections", { ...cred, password: "p".repeat(129) }, "/password"],
  ["external username pattern", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "pbx.example.com", username: "-bad" } }, "/external_uac_settings/username"],
  ["profile name at least 3", "POST", "/v2/outbound_voice_profiles", { name: "ab" }, "/name"],
  // formats
  ["ip_address is IPv4/IPv6", "POST", "/v2/ips", { ip_address: "999.1.1.1" }, "/ip_address"],
  ["cidr_block is CIDR", "POST", "/v2/access_ip_ranges", { cidr_block: "10.0.0.0/33" }, "/cidr_block"],
  ["fqdn hostname syntax", "POST", "/v2/fqdns", { fqdn: "bad_host", connection_id: "1", dns_record_type: "a" }, "/fqdn"],
  ["webhook URL needs http(s)", "POST", "/v2/ip_connections", { webhook_event_url: "ftp://example.com/hook" }, "/webhook_event_url"],
  ["webhook URL needs a scheme", "POST", "/v2/ip_connections", { webhook_event_failover_url: "example.com/hook" }, "/webhook_event_failover_url"],
  ["ani_override is E.164", "POST", "/v2/ip_connections", { outbound: { ani_override: "5551234" } }, "/outbound/ani_override"],
  ["call recording numbers are E.164", "POST", "/v2/outbound_voice_profiles", { name: "abc", call_recording: { call_recording_caller_phone_numbers: ["555"] } }, "/call_recording/call_recording_caller_phone_numbers/0"],
  ["whitelisted destinations are ISO alpha-2", "POST", "/v2/outbound_voice_profiles", { name: "abc", whitelisted_destinations: ["US", "XX"] }, "/whitelisted_destinations/1"],
  ["localization is ISO alpha-2", "POST", "/v2/credential_connections", { ...cred, outbound: { localization: "USA" } }, "/outbound/localization"],
  ["tech_prefix is 4 digits", "POST", "/v2/ip_connections", { outbound: { tech_prefix: "123" } }, "/outbound/tech_prefix"],
  ["destination_uri format", "POST", "/v2/uac_connections", { connection_name: "u", internal_uac_settings: { destination_uri: "sip:1006@assistant-abc.sip.telnyx.com" } }, "/internal_uac_settings/destination_uri"],
  ["destination_uri must be on sip.telnyx.com", "POST", "/v2/uac_connections", { connection_name: "u", internal_uac_settings: { destination_uri: "1006@example.com" } }, "/internal_uac_settings/destination_uri"],
  ["UAC proxy is a SIP address", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "http://pbx.example.com" } }, "/external_uac_settings/proxy"],
  ["UAC proxy port is 1-65535", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "sip:pbx.example.com:70000" } }, "/external_uac_settings/proxy"],
  ["UAC outbound proxy is a SIP address", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "pbx.example.com", outbound_proxy: "edge example.com" } }, "/external_uac_settings/outbound_proxy"],
  ["daily spend limit keeps cents", "POST", "/v2/outbound_voice_profiles", { name: "abc", daily_spend_limit: "100.005" }, "/daily_spend_limit"],
  ["OPUS needs TCP or TLS", "POST", "/v2/ip_connections", { inbound: { codecs: ["OPUS"] } }, "/inbound/codecs"],
  ["H.264 needs TCP or TLS", "POST", "/v2/fqdn_connections", { connection_name: "f", transport_protocol: "UDP", inbound: { codecs: ["H.264", "OPUS"] } }, "/inbound/codecs"],
  ["OPUS beside G711U needs TCP or TLS", "POST", "/v2/ip_connections", { inbound: { codecs: ["G711U", "OPUS"] } }, "/inbound/codecs"],
  ["H.264 on a UAC connection over UDP", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "sip:pbx.example.com", transport: "UDP" }, inbound: { codecs: ["G722", "H.264"] } }, "/inbound/codecs"],
  ["codecs are the documented ones", "POST", "/v2/credential_connections", { ...cred, inbound: { codecs: ["G7299"] } }, "/inbound/codecs/0"],
  ["push credential ids are UUIDs", "POST", "/v2/ip_connections", { ios_push_credential_id: "nope" }, "/ios_push_credential_id"],
  ["types are checked", "POST", "/v2/ip_connections", { active: "yes" }, "/active"],
  // cross-field rules
  ["srv records take no port", "POST", "/v2/fqdns", { fqdn: "a.example.com", connection_id: "0", dns_record_type: "srv", port: 5060 }, "/port"],
  ["texml needs call parking", "POST", "/v2/credential_connections", { ...cred, webhook_api_version: "texml" }, "/webhook_api_version"],
  ["texml not on ip connections", "POST", "/v2/ip_connections", { webhook_api_version: "texml", outbound: { call_parking_enabled: true } }, "/webhook_api_version"],
  ["texml not on PATCH", "PATCH", newCred, { webhook_api_version: "texml", outbound: { call_parking_enabled: true } }, "/webhook_api_version"],
  ["microsoft_teams_sbc rejected on PATCH", "PATCH", newFqdnConn, { microsoft_teams_sbc: true }, "/microsoft_teams_sbc"],
  ["uac sip_subdomain is response-only", "POST", "/v2/uac_connections", { connection_name: "u", inbound: { sip_subdomain: "mine" } }, "/inbound/sip_subdomain"],
  ["uac proxy required with external settings", "POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { username: "telnyx-reg" } }, "/external_uac_settings/proxy"],
  // references
  ["unknown outbound voice profile", "POST", "/v2/ip_connections", { outbound: { outbound_voice_profile_id: "1234567890123456789" } }, "/outbound/outbound_voice_profile_id", "10017"],
  ["unknown ip connection for an ip", "POST", "/v2/ips", { ip_address: "192.0.2.1", connection_id: "1234567890123456789" }, "/connection_id", "10017"],
  ["unknown fqdn connection for an fqdn", "POST", "/v2/fqdns", { fqdn: "a.example.com", connection_id: "1234567890123456789", dns_record_type: "a" }, "/connection_id", "10017"],
  ["default ip must be attached", "PATCH", newIpConn, { inbound: { default_primary_ip_id: "192.0.2.99" } }, "/inbound/default_primary_ip_id", "10017"],
];

describe("422 validation", () => {
  for (const [title, method, path, body, pointer, code = "10015"] of cases) {
    it(title, async () => {
      const emu = await emulator();
      const url = typeof path === "string" ? path : await path(emu);
      const res = await emu.api(method, url, body);
      expect(res.status).toBe(422);
      const err = errorAt(res, pointer, code);
      expect(err.title).toEqual(expect.any(String));
      expect(err.detail).toEqual(expect.any(String));
      expect(err.meta.url).toBe(`https://developers.telnyx.com/docs/overview/errors/${code}`);
    });
  }

  it("nothing is stored when validation fails", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/ip_connections", { inbound: { timeout_1xx_secs: 0 } });
    expect((await emu.api("GET", "/v2/ip_connections")).body.data).toEqual([]);
  });

  it("accepts the boundary values", async () => {
    const emu = await emulator();
    const res = await emu.api("POST", "/v2/ip_connections", {
      inbound: { timeout_1xx_secs: 120, timeout_2xx_secs: 600 },
      jitter_buffer: { jitterbuffer_msec_min: 400, jitterbuffer_msec_max: 400 },
      noise_suppression_details: { attenuation_limit: 100 },
      webhook_timeout_secs: 30,
      rtcp_settings: { report_frequency_secs: 3000 },
      outbound: { tech_prefix: "0123", ani_override: "+13125550100" },
      anchorsite_override: "latency",
    });
    expect(res.status).toBe(201);
    expect(res.body.data.anchorsite_override).toBe("Latency");
  });

  it("texml is accepted on credential create with call parking", async () => {
    const emu = await emulator();
    const res = await emu.api("POST", "/v2/credential_connections", { ...cred, webhook_api_version: "texml", outbound: { call_parking_enabled: true } });
    expect(res.status).toBe(201);
    expect(res.body.data.webhook_api_version).toBe("texml");
  });

  it("duplicate user_name is 10012 across credential and UAC connections; duplicate names are fine", async () => {
    const emu = await emulator();
    expect((await emu.api("POST", "/v2/credential_connections", cred)).status).toBe(201);
    const dup = await emu.api("POST", "/v2/uac_connections", { connection_name: cred.connection_name, user_name: cred.user_name, password: "password-9" });
    expect(dup.status).toBe(422);
    errorAt(dup, "/user_name", "10012");
    const sameName = await emu.api("POST", "/v2/credential_connections", { ...credentialBody(2), connection_name: cred.connection_name });
    expect(sameName.status).toBe(201);
  });

  it("a default ip id naming an attached IP is accepted", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    const ip = (await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.5", connection_id: conn.id })).body.data;
    const res = await emu.api("PATCH", `/v2/ip_connections/${conn.id}`, { inbound: { default_primary_ip_id: ip.id } });
    expect(res.status).toBe(200);
    expect(res.body.data.inbound.default_primary_ip_id).toBe(ip.id);
  });
});

describe("auth, 404 and malformed requests", () => {
  for (const [title, headers] of [
    ["no Authorization header", {}],
    ["an empty bearer", { authorization: "Bearer " }],
    ["a non-bearer scheme", { authorization: "Basic abc" }],
  ] as const) {
    it(`401 / 10009 with ${title}`, async () => {
      const emu = await emulator();
      const res = await emu.api("GET", "/v2/ip_connections", undefined, headers);
      expect(res.status).toBe(401);
      expect(res.body.errors[0].code).toBe("10009");
      expect(res.body.errors[0].source).toBeUndefined();
    });
  }

  it("Telzino needs a bearer too", async () => {
    const emu = await emulator();
    const res = await emu.api("GET", "/v1/agents/a1/sip/registration/status", undefined, {});
    expect(res.status).toBe(401);
    expect(res.body.success).toBe(false);
  });

  it("404 / 10005 for unknown ids on every verb", async () => {
    const emu = await emulator();
    for (const method of ["GET", "PATCH", "DELETE"]) {
      const res = await emu.api(method, "/v2/fqdn_connections/1234567890123456789", method === "PATCH" ? {} : undefined);
      expect(res.status).toBe(404);
      expect(res.body.errors[0]).toMatchObject({ code: "10005", source: { pointer: "/" } });
    }
    expect((await emu.api("POST", "/v2/credential_connections/1/actions/check_registration_status")).status).toBe(404);
  });

  it("400 / 10015 for malformed JSON", async () => {
    const emu = await emulator();
    const res = await emu.api("POST", "/v2/ip_connections", "{not json");
    expect(res.status).toBe(400);
    expect(res.body.errors[0].code).toBe("10015");
  });

  it("422 when the body is not an object", async () => {
    const emu = await emulator();
    const res = await emu.api("POST", "/v2/ip_connections", [1, 2]);
    expect(res.status).toBe(422);
    errorAt(res, "/");
  });
});
