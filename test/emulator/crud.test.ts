import { describe, expect, it } from "vitest";
import { credentialBody, emulator, ISO_MS, NUMERIC_ID, UUID } from "./helpers";

describe("connection CRUD", () => {
  for (const [collection, body, recordType] of [
    ["credential_connections", credentialBody(), "credential_connection"],
    ["ip_connections", {}, "ip_connection"],
    ["fqdn_connections", { connection_name: "fqdn-1" }, "fqdn_connection"],
    ["uac_connections", { connection_name: "uac-1" }, "uac_connection"],
  ] as const) {
    it(`${collection}: create 201, get, patch, list, delete 200 with the object, then 404`, async () => {
      const emu = await emulator();
      const created = await emu.api("POST", `/v2/${collection}`, body);
      expect(created.status).toBe(201);
      const rec = created.body.data;
      expect(rec.id).toMatch(NUMERIC_ID);
      expect(rec.record_type).toBe(recordType);
      expect(rec.created_at).toMatch(ISO_MS);
      expect(rec.updated_at).toMatch(ISO_MS);

      const got = await emu.api("GET", `/v2/${collection}/${rec.id}`);
      expect(got.status).toBe(200);
      expect(got.body.data.id).toBe(rec.id);

      const patched = await emu.api("PATCH", `/v2/${collection}/${rec.id}`, { connection_name: "renamed", active: false });
      expect(patched.status).toBe(200);
      expect(patched.body.data).toMatchObject({ connection_name: "renamed", active: false });

      const listed = await emu.api("GET", `/v2/${collection}`);
      expect(listed.body.data.map((r: any) => r.id)).toEqual([rec.id]);
      expect(listed.body.meta).toEqual({ page_number: 1, page_size: 250, total_pages: 1, total_results: 1 });

      const deleted = await emu.api("DELETE", `/v2/${collection}/${rec.id}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body.data).toMatchObject({ id: rec.id, connection_name: "renamed" });
      expect((await emu.api("GET", `/v2/${collection}/${rec.id}`)).status).toBe(404);
    });
  }

  it("generic /connections lists every type in the summary shape with a top-level profile id", async () => {
    const emu = await emulator();
    const ovp = (await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" })).body.data;
    const ip = (await emu.api("POST", "/v2/ip_connections", { connection_name: "ip-a", outbound: { outbound_voice_profile_id: ovp.id } })).body.data;
    await emu.api("POST", "/v2/credential_connections", credentialBody());
    const res = await emu.api("GET", "/v2/connections");
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: any) => c.record_type)).toEqual(["ip_connection", "credential_connection"]);
    expect(Object.keys(res.body.data[0]).sort()).toEqual(
      ["active", "anchorsite_override", "connection_name", "created_at", "id", "outbound_voice_profile_id", "record_type", "tags", "updated_at", "webhook_api_version", "webhook_event_failover_url", "webhook_event_url"].sort(),
    );
    const one = await emu.api("GET", `/v2/connections/${ip.id}`);
    expect(one.body.data).toMatchObject({ id: ip.id, outbound_voice_profile_id: ovp.id, record_type: "ip_connection" });
    expect(one.body.data.outbound).toBeUndefined();
    expect((await emu.api("GET", "/v2/connections/123")).status).toBe(404);
  });
});

describe("defaults on create", () => {
  it("fills the per-type defaults from the field tables", async () => {
    const emu = await emulator();
    const cred = (await emu.api("POST", "/v2/credential_connections", credentialBody())).body.data;
    const ip = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    const fqdn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data;
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u" })).body.data;

    expect(cred).toMatchObject({
      active: true,
      anchorsite_override: "Latency",
      dtmf_type: "RFC 2833",
      webhook_api_version: "1",
      webhook_event_failover_url: "",
      webhook_timeout_secs: null,
      default_on_hold_comfort_noise_enabled: false,
      sip_uri_calling_preference: "disabled",
      rtcp_settings: { capture_enabled: false, port: "rtp+1", report_frequency_secs: 5 },
      jitter_buffer: { enable_jitter_buffer: false, jitterbuffer_msec_min: 60, jitterbuffer_msec_max: 200 },
      noise_suppression_details: { engine: "denoiser", attenuation_limit: 0 },
      inbound: { ani_number_format: "E.164-national", dnis_number_format: "e164", sip_compact_headers_enabled: true, timeout_1xx_secs: 3, timeout_2xx_secs: 90, simultaneous_ringing: "disabled" },
      outbound: { ani_override: "", ani_override_type: "always", call_parking_enabled: false, instant_ringback_enabled: true, localization: "US", t38_reinvite_source: "telnyx" },
    });
    expect(cred.inbound.codecs).toEqual(["G722", "G711U", "G711A", "G729", "OPUS", "H.264"]);
    expect(ip).toMatchObject({
      default_on_hold_comfort_noise_enabled: true,
      transport_protocol: "UDP",
      inbound: { sip_region: "US" },
      outbound: { instant_ringback_enabled: true, localization: null, t38_reinvite_source: "customer", ip_authentication_method: "tech-prefixp-charge-info", tech_prefix: "" },
    });
    expect(fqdn).toMatchObject({
      default_on_hold_comfort_noise_enabled: true,
      microsoft_teams_sbc: false,
      inbound: { default_routing_method: "sequential", sip_subdomain_receive_settings: "from_anyone" },
      outbound: { instant_ringback_enabled: false, localization: "US", t38_reinvite_source: "customer", ip_authentication_method: "ip-authentication", timeout_1xx_secs: 3, timeout_2xx_secs: 90 },
    });
    expect(fqdn.user_name).toEqual(expect.any(String));
    expect(uac).toMatchObject({
      default_on_hold_comfort_noise_enabled: false,
      authentication: "uac-authentication",
      fqdn_outbound_authentication: "credential-authentication",
      registration_status: "Not Registered",
      outbound: { instant_ringback_enabled: true, localization: "US", t38_reinvite_source: "telnyx" },
    });
  });

  it("uac: generates fqdn, user_name and password, and an fqdns[] record", async () => {
    const emu = await emulator({ secrets: "echo" });
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u" })).body.data;
    expect(uac.fqdn).toMatch(/^[0-9a-f]{12}\.uac\.telnyx\.com$/);
    expect(uac.user_name).toMatch(/^[a-z][a-z0-9]{3,31}$/);
    expect(uac.password.length).toBeGreaterThanOrEqual(8);
    expect(uac.registration_status_updated_at).toMatch(ISO_MS);
    expect(uac.fqdns).toHaveLength(1);
    expect(uac.fqdns[0]).toMatchObject({ fqdn: uac.fqdn, connection_id: uac.id, record_type: "fqdn", dns_record_type: "srv" });
    const given = (await emu.api("POST", "/v2/uac_connections", { connection_name: "v", user_name: "my-sip-user", password: "my-sip-password" })).body.data;
    expect(given).toMatchObject({ user_name: "my-sip-user", password: "my-sip-password" });
  });

  it("fqdn connection with microsoft_teams_sbc auto-creates a *.mstsbc.telnyx.tech fqdn", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "teams", microsoft_teams_sbc: true })).body.data;
    expect(conn.microsoft_teams_sbc).toBe(true);
    const list = await emu.api("GET", `/v2/fqdns?filter[connection_id]=${conn.id}`);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].fqdn).toMatch(/\.mstsbc\.telnyx\.tech$/);
  });

  it("noise suppression engine without a limit gets that engine's default attenuation", async () => {
    const emu = await emulator();
    const res = await emu.api("POST", "/v2/ip_connections", { noise_suppression: "both", noise_suppression_details: { engine: "krisp_viva_tel" } });
    expect(res.body.data.noise_suppression_details).toEqual({ engine: "krisp_viva_tel", attenuation_limit: 80 });
  });
});

describe("PATCH semantics", () => {
  it("merges nested objects key by key and replaces arrays", async () => {
    const emu = await emulator();
    const rec = (await emu.api("POST", "/v2/ip_connections", { tags: ["a", "b"], inbound: { timeout_1xx_secs: 10 } })).body.data;
    const res = await emu.api("PATCH", `/v2/ip_connections/${rec.id}`, {
      tags: ["c"],
      inbound: { codecs: ["G711U"] },
      rtcp_settings: { port: "rtcp-mux" },
      jitter_buffer: { enable_jitter_buffer: true },
    });
    const d = res.body.data;
    expect(d.tags).toEqual(["c"]);
    expect(d.inbound.codecs).toEqual(["G711U"]);
    expect(d.inbound.timeout_1xx_secs).toBe(10);
    expect(d.inbound.dnis_number_format).toBe("e164");
    expect(d.rtcp_settings).toEqual({ capture_enabled: false, port: "rtcp-mux", report_frequency_secs: 5 });
    expect(d.jitter_buffer).toEqual({ enable_jitter_buffer: true, jitterbuffer_msec_min: 60, jitterbuffer_msec_max: 200 });
    expect(d.created_at).toBe(rec.created_at);
    expect(Date.parse(d.updated_at)).toBeGreaterThanOrEqual(Date.parse(rec.updated_at));
  });

  it("merges external_uac_settings and internal_uac_settings key by key", async () => {
    const emu = await emulator();
    const rec = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "pbx.example.com", username: "telnyx-reg" } })).body.data;
    const res = await emu.api("PATCH", `/v2/uac_connections/${rec.id}`, { external_uac_settings: { transport: "TLS" }, internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" } });
    expect(res.body.data.external_uac_settings).toMatchObject({ proxy: "pbx.example.com", username: "telnyx-reg", transport: "TLS" });
    expect(res.body.data.internal_uac_settings).toEqual({ destination_uri: "1006@assistant-abc123.sip.telnyx.com" });
  });

  it("ignores response-only fields sent in a body", async () => {
    const emu = await emulator();
    const rec = (await emu.api("POST", "/v2/ip_connections", { id: "1", record_type: "x", created_at: "2000-01-01T00:00:00.000Z" })).body.data;
    expect(rec.id).not.toBe("1");
    expect(rec.record_type).toBe("ip_connection");
    expect(rec.created_at).not.toBe("2000-01-01T00:00:00.000Z");
  });
});

describe("ips, fqdns, outbound voice profiles, access ip ranges", () => {
  it("ips: 201 create with default port, UUID id, PATCH needs ip_address, DELETE returns object", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    const created = await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.1", connection_id: conn.id });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ record_type: "ip", ip_address: "192.0.2.1", port: 5060, connection_id: conn.id });
    expect(created.body.data.id).toMatch(UUID);
    const id = created.body.data.id;
    const patched = await emu.api("PATCH", `/v2/ips/${id}`, { ip_address: "2001:db8::1", port: 5080 });
    expect(patched.body.data).toMatchObject({ ip_address: "2001:db8::1", port: 5080, connection_id: conn.id });
    expect((await emu.api("DELETE", `/v2/ips/${id}`)).body.data.id).toBe(id);
    expect((await emu.api("GET", `/v2/ips/${id}`)).status).toBe(404);
  });

  it("fqdns: 201, a record defaults to port 5060, srv gets no port", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data;
    const a = await emu.api("POST", "/v2/fqdns", { connection_id: conn.id, fqdn: "pbx.example.com", dns_record_type: "a" });
    expect(a.status).toBe(201);
    expect(a.body.data).toMatchObject({ record_type: "fqdn", port: 5060, dns_record_type: "a" });
    expect(a.body.data.id).toMatch(NUMERIC_ID);
    const srv = await emu.api("POST", "/v2/fqdns", { connection_id: conn.id, fqdn: "sip.example.com", dns_record_type: "srv" });
    // An srv record has no port of its own: unset.
    expect(srv.body.data).toHaveProperty("port", null);
    const patched = await emu.api("PATCH", `/v2/fqdns/${a.body.data.id}`, { dns_record_type: "srv" });
    expect(patched.body.data).toMatchObject({ dns_record_type: "srv" });
    expect(patched.body.data).toHaveProperty("port", null);
    expect((await emu.api("DELETE", `/v2/fqdns/${srv.body.data.id}`)).status).toBe(200);
  });

  it("outbound voice profiles: create answers 200, connections_count follows the connections", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" });
    expect(created.status).toBe(200);
    const ovp = created.body.data;
    expect(ovp).toMatchObject({ record_type: "outbound_voice_profile", enabled: true, traffic_type: "conversational", service_plan: "global", usage_payment_method: "rate-deck", whitelisted_destinations: ["US", "CA"], daily_spend_limit_enabled: false, connections_count: 0 });
    await emu.api("POST", "/v2/ip_connections", { outbound: { outbound_voice_profile_id: ovp.id } });
    await emu.api("POST", "/v2/credential_connections", { ...credentialBody(), outbound: { outbound_voice_profile_id: ovp.id } });
    await emu.api("POST", "/v2/ip_connections", {});
    expect((await emu.api("GET", `/v2/outbound_voice_profiles/${ovp.id}`)).body.data.connections_count).toBe(2);
    const patched = await emu.api("PATCH", `/v2/outbound_voice_profiles/${ovp.id}`, { name: "office-2", call_recording: { call_recording_format: "mp3" } });
    expect(patched.body.data.name).toBe("office-2");
    expect(patched.body.data.call_recording).toMatchObject({ call_recording_format: "mp3", call_recording_channels: "single" });
    expect((await emu.api("DELETE", `/v2/outbound_voice_profiles/${ovp.id}`)).body.data.id).toBe(ovp.id);
  });

  it("access ip ranges: bare create (pending) then added, bare delete, no GET by id", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/access_ip_ranges", { cidr_block: "198.51.100.0/24", description: "office" });
    expect(created.status).toBe(200);
    expect(created.body.data).toBeUndefined();
    expect(created.body).toMatchObject({ cidr_block: "198.51.100.0/24", status: "pending", user_id: "323", description: "office" });
    const listed = await emu.api("GET", "/v2/access_ip_ranges");
    expect(listed.body.data[0].status).toBe("added");
    expect(listed.body.meta).toEqual({ page_number: 1, page_size: 20, total_pages: 1, total_results: 1 });
    expect((await emu.api("GET", `/v2/access_ip_ranges/${created.body.id}`)).status).toBe(404);
    const deleted = await emu.api("DELETE", `/v2/access_ip_ranges/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: created.body.id, status: "added" });
    expect((await emu.api("DELETE", `/v2/access_ip_ranges/${created.body.id}`)).status).toBe(404);
  });

  it("deleting a connection removes its fqdns and detaches its ips", async () => {
    const emu = await emulator();
    const f = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data;
    await emu.api("POST", "/v2/fqdns", { connection_id: f.id, fqdn: "pbx.example.com", dns_record_type: "a" });
    const ipConn = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    const ip = (await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.7", connection_id: ipConn.id })).body.data;
    await emu.api("DELETE", `/v2/fqdn_connections/${f.id}`);
    await emu.api("DELETE", `/v2/ip_connections/${ipConn.id}`);
    expect((await emu.api("GET", "/v2/fqdns")).body.data).toEqual([]);
    expect((await emu.api("GET", `/v2/ips/${ip.id}`)).body.data).toHaveProperty("connection_id", null);
  });
});
