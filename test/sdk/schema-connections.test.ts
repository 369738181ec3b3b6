import { describe, expect, it } from "vitest";
import { credentialConnection, fqdnConnection, ipConnection, uacConnection } from "../../sdk";
import { issues, onlyIssue } from "./schema-helpers";

const cred = { connection_name: "office", user_name: "office123", password: "correct-horse-battery" };

describe("credential connection fields", () => {
  const f = credentialConnection.fields;

  it("accepts a minimal and a full body", () => {
    expect(issues(f, cred)).toEqual([]);
    expect(
      issues(f, {
        ...cred,
        active: true,
        anchorsite_override: "Amsterdam, Netherlands",
        dtmf_type: "SIP INFO",
        encrypted_media: null,
        tags: ["a", "b"],
        webhook_event_url: "https://example.com/hook",
        webhook_event_failover_url: "",
        webhook_api_version: "texml",
        webhook_timeout_secs: 30,
        jitter_buffer: { enable_jitter_buffer: true, jitterbuffer_msec_min: 40, jitterbuffer_msec_max: 400 },
        rtcp_settings: { capture_enabled: true, port: "rtcp-mux", report_frequency_secs: 3000 },
        noise_suppression: "both",
        noise_suppression_details: { engine: "krisp_viva_tel", attenuation_limit: 80 },
        inbound: { codecs: ["OPUS", "G722"], timeout_1xx_secs: 120, timeout_2xx_secs: 600, simultaneous_ringing: "enabled" },
        outbound: { call_parking_enabled: true, localization: "GB", t38_reinvite_source: "caller-passthru" },
      }),
    ).toEqual([]);
  });

  it("requires connection_name, user_name and password", () => {
    const lines = issues(f, {});
    expect(lines.map((l) => l.split(":")[0]).sort()).toEqual(["connection_name", "password", "user_name"]);
  });

  it("checks user_name: 4-32 alphanumerics with a letter in the first 5", () => {
    for (const bad of ["abc", "12345abc", "a".repeat(33), "user_name!"]) {
      expect(onlyIssue(f, { ...cred, user_name: bad }, "user_name", bad)).toMatch(/4-32/);
    }
    expect(issues(f, { ...cred, user_name: "1234a" })).toEqual([]);
  });

  it("checks password length without echoing it", () => {
    const pw = "s3cr3t!";
    expect(onlyIssue(f, { ...cred, password: pw }, "password", pw)).toBe("must be 8-128 characters");
    const long = "p".repeat(129);
    expect(onlyIssue(f, { ...cred, password: long }, "password", long)).toBe("must be 8-128 characters");
  });

  it("checks enums, ranges and URLs with messages that say what is allowed", () => {
    expect(onlyIssue(f, { ...cred, dtmf_type: "rfc2833" }, "dtmf_type", "rfc2833")).toContain('"RFC 2833"');
    expect(onlyIssue(f, { ...cred, webhook_timeout_secs: 31 }, "webhook_timeout_secs")).toBe("must be between 0 and 30");
    expect(onlyIssue(f, { ...cred, inbound: { timeout_1xx_secs: 0 } }, "inbound.timeout_1xx_secs")).toBe("must be between 1 and 120");
    expect(onlyIssue(f, { ...cred, inbound: { timeout_2xx_secs: 601 } }, "inbound.timeout_2xx_secs")).toBe("must be between 1 and 600");
    expect(onlyIssue(f, { ...cred, rtcp_settings: { report_frequency_secs: 4 } }, "rtcp_settings.report_frequency_secs")).toMatch(/5 and 3000/);
    expect(onlyIssue(f, { ...cred, webhook_event_url: "ftp://example.com" }, "webhook_event_url", "ftp://example.com")).toMatch(/http/);
    expect(onlyIssue(f, { ...cred, webhook_event_url: "example.com/hook" }, "webhook_event_url")).toMatch(/http/);
    expect(onlyIssue(f, { ...cred, outbound: { localization: "gb" } }, "outbound.localization", "gb")).toMatch(/ISO 3166/);
    expect(onlyIssue(f, { ...cred, outbound: { localization: "XX" } }, "outbound.localization", "XX")).toMatch(/ISO 3166/);
    expect(onlyIssue(f, { ...cred, android_push_credential_id: "nope" }, "android_push_credential_id")).toBe("must be a UUID");
  });

  it("checks noise suppression attenuation: 0-100 in steps of 10", () => {
    const at = (attenuation_limit: number) => issues(f, { ...cred, noise_suppression_details: { attenuation_limit } });
    expect(at(0)).toEqual([]);
    expect(at(100)).toEqual([]);
    expect(at(85)[0]).toMatch(/steps of 10/);
    expect(at(110)[0]).toMatch(/0-100/);
  });

  it("refuses unknown keys (typos) at every level", () => {
    expect(issues(f, { ...cred, conection_name: "x" })[0]).toMatch(/Unrecognized key/);
    expect(issues(f, { ...cred, inbound: { codec: ["G711U"] } })[0]).toMatch(/^inbound: Unrecognized key/);
  });

  it("keeps jitterbuffer min <= max, pointing at the min", () => {
    expect(onlyIssue(f, { ...cred, jitter_buffer: { jitterbuffer_msec_min: 300, jitterbuffer_msec_max: 100 } }, "jitter_buffer.jitterbuffer_msec_min"))
      .toMatch(/jitterbuffer_msec_max/);
  });

  it('accepts webhook_api_version "texml" only with outbound.call_parking_enabled', () => {
    expect(onlyIssue(f, { ...cred, webhook_api_version: "texml" }, "webhook_api_version")).toMatch(/call_parking_enabled/);
    expect(onlyIssue(f, { ...cred, webhook_api_version: "texml", outbound: { call_parking_enabled: false } }, "webhook_api_version")).toBeTruthy();
  });
});

describe("ip and fqdn connection fields", () => {
  it("ip connections need no field at all; transport is case-insensitive", () => {
    expect(issues(ipConnection.fields, {})).toEqual([]);
    expect(issues(ipConnection.fields, { transport_protocol: "tcp" })).toEqual([]);
    expect(onlyIssue(ipConnection.fields, { transport_protocol: "SCTP" }, "transport_protocol", "SCTP")).toMatch(/UDP, TCP, TLS/);
  });

  it("checks tech_prefix and the token without echoing the token", () => {
    const f = ipConnection.fields;
    expect(issues(f, { outbound: { tech_prefix: "1234", ip_authentication_method: "token", ip_authentication_token: "abcDEF-123456" } })).toEqual([]);
    expect(issues(f, { outbound: { tech_prefix: "" } })).toEqual([]);
    expect(onlyIssue(f, { outbound: { tech_prefix: "123" } }, "outbound.tech_prefix")).toMatch(/4 digits/);
    const token = "short!tok";
    expect(onlyIssue(f, { outbound: { ip_authentication_token: token } }, "outbound.ip_authentication_token", token)).toMatch(/12-48/);
  });

  it("refuses SRTP with TLS transport, at the field that carries SRTP", () => {
    expect(onlyIssue(ipConnection.fields, { transport_protocol: "tls", encrypted_media: "SRTP" }, "encrypted_media")).toMatch(/TLS/);
    expect(issues(ipConnection.fields, { transport_protocol: "TCP", encrypted_media: "SRTP" })).toEqual([]);
    const fq = { connection_name: "pbx", transport_protocol: "TLS", outbound: { encrypted_media: "SRTP" } };
    expect(onlyIssue(fqdnConnection.fields, fq, "outbound.encrypted_media")).toMatch(/TLS/);
  });

  it("fqdn connections require connection_name and use their own outbound auth enum", () => {
    expect(onlyIssue(fqdnConnection.fields, {}, "connection_name")).toBeTruthy();
    const f = { connection_name: "pbx", microsoft_teams_sbc: true, outbound: { ip_authentication_method: "credential-authentication" } };
    expect(issues(fqdnConnection.fields, f)).toEqual([]);
    expect(onlyIssue(fqdnConnection.fields, { connection_name: "pbx", outbound: { ip_authentication_method: "token" } }, "outbound.ip_authentication_method"))
      .toMatch(/ip-authentication/);
  });
});

describe("uac connection fields", () => {
  const f = uacConnection.fields;
  const base = { connection_name: "Office PBX" };

  it("accepts the documented full example", () => {
    expect(
      issues(f, {
        ...base,
        user_name: "my-sip-user",
        password: "my-sip-password",
        external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyx-reg", password: "s3cret", transport: "tcp", expiration_sec: 3600 },
        internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
      }),
    ).toEqual([]);
  });

  it("requires the proxy and checks the external username", () => {
    expect(onlyIssue(f, { ...base, external_uac_settings: { username: "telnyx-reg" } }, "external_uac_settings.proxy")).toBeTruthy();
    const bad = "-reg";
    expect(onlyIssue(f, { ...base, external_uac_settings: { proxy: "p", username: bad } }, "external_uac_settings.username", bad)).toMatch(/4-32/);
    expect(onlyIssue(f, { ...base, external_uac_settings: { proxy: "p", expiration_sec: 0 } }, "external_uac_settings.expiration_sec")).toMatch(/at least 1/);
  });

  it("checks destination_uri: no sip: prefix, Telnyx SIP domains only", () => {
    const uri = (destination_uri: string) => issues(f, { ...base, internal_uac_settings: { destination_uri } });
    expect(uri("14155550123@acme.sip.telnyx.com")).toEqual([]);
    expect(uri("2000@sipdev.telnyx.com")).toEqual([]);
    for (const bad of ["sip:1006@app.sip.telnyx.com", "1006@app.sip.example.com", "10 06@app.sip.telnyx.com", "1006@a.b.sip.telnyx.com"]) {
      expect(uri(bad)).toHaveLength(1);
    }
    expect(uri("sip:1@x.sip.telnyx.com")[0]).toMatch(/without a sip: prefix/);
  });
});
