// camelCase program inputs <-> the API's snake_case, and the request bodies built from them: the schema decides the
// API's spelling (so `timeout_1xx_secs` and `third-party_uac_settings` survive), and values go out in canonical form.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { camel, fieldFor, fromApi, objectShape, toApi } from "../../provider/core/casing";
import { createBody, patchBody } from "../../provider/core/request";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { credentialConnection } from "../../sdk/schemas/credential-connection";
import { fqdn } from "../../sdk/schemas/fqdn";
import { ip } from "../../sdk/schemas/ip";
import { ipConnection } from "../../sdk/schemas/ip-connection";
import { outboundVoiceProfile } from "../../sdk/schemas/outbound-voice-profile";
import { uacConnection } from "../../sdk/schemas/uac-connection";

const spec = (s: unknown) => s as ResourceSpec;

/** Every [path, key, shape] of a schema, deeply. */
function keysOf(schema: z.ZodType, path: string[] = []): [string, string, Record<string, z.ZodType>][] {
  const shape = objectShape(schema) ?? {};
  return Object.entries(shape).flatMap(([key, field]) => [[path.join("."), key, shape] as [string, string, typeof shape], ...keysOf(field, [...path, key])]);
}

describe("camelCase -> API spelling", () => {
  it("finds every API key of every resource, request and response, from its camelCase name", () => {
    const checked = new Set<string>();
    for (const s of Object.values(resources)) {
      for (const schema of [s.fields, s.response] as z.ZodType[]) {
        for (const [path, key, shape] of keysOf(schema)) {
          expect(fieldFor(shape, camel(key))[0], `${s.kind} ${path}.${key}`).toBe(key);
          checked.add(key);
        }
      }
    }
    for (const key of ["timeout_1xx_secs", "third-party_uac_settings", "jitterbuffer_msec_max", "ip_authentication_token"]) {
      expect(checked).toContain(key);
    }
  });

  it("takes the first of two API keys with the same camelCase spelling, every time it is asked", () => {
    const shape = { "third-party_x": z.string(), third_party_x: z.number() };
    expect(fieldFor(shape, "thirdPartyX")[0]).toBe("third-party_x");
    expect(fieldFor(shape, "thirdPartyX")[0]).toBe("third-party_x");
    expect(fieldFor(shape, "unknownKey")).toEqual(["unknown_key", undefined]);
  });

  it("spells nested objects and digit-bearing keys as the schema does, where a naive rule would not", () => {
    const body = toApi(credentialConnection.fields, {
      connectionName: "pbx",
      inbound: { timeout1xxSecs: 5, timeout2xxSecs: 60, codecs: ["G722"] },
      outbound: { outboundVoiceProfileId: "42", callParkingEnabled: true },
      jitterBuffer: { jitterbufferMsecMin: 60 },
    });
    expect(body).toEqual({
      connection_name: "pbx",
      inbound: { timeout_1xx_secs: 5, timeout_2xx_secs: 60, codecs: ["G722"] },
      outbound: { outbound_voice_profile_id: "42", call_parking_enabled: true },
      jitter_buffer: { jitterbuffer_msec_min: 60 },
    });
  });

  it("spells keys inside arrays and objects in arrays, and leaves values alone", () => {
    const profile = toApi(outboundVoiceProfile.fields, {
      whitelistedDestinations: ["US"],
      callRecording: { callRecordingCallerPhoneNumbers: ["+13125550100"], callRecordingType: "by_caller_phone_number" },
    });
    expect(profile).toEqual({
      whitelisted_destinations: ["US"],
      call_recording: { call_recording_caller_phone_numbers: ["+13125550100"], call_recording_type: "by_caller_phone_number" },
    });
    const uac = toApi(uacConnection.response, { fqdns: [{ dnsRecordType: "a", connectionId: "7" }] });
    expect(uac).toEqual({ fqdns: [{ dns_record_type: "a", connection_id: "7" }] });
  });

  it("keeps a hyphenated API key such as third-party_uac_settings", () => {
    const body = toApi(uacConnection.response, { thirdPartyUacSettings: { proxy: "sip:pbx", expirationSec: 60 } });
    expect(body).toEqual({ "third-party_uac_settings": { proxy: "sip:pbx", expiration_sec: 60 } });
  });

  it("drops undefined and spells a key the schema does not know by the plain rule, for validation to refuse", () => {
    expect(toApi(ip.fields, { ipAddress: "192.0.2.1", port: undefined, someNewField: 1 })).toEqual({
      ip_address: "192.0.2.1",
      some_new_field: 1,
    });
  });
});

describe("API spelling -> camelCase", () => {
  it("camelCases keys deeply, in arrays too, including hyphens, and leaves values alone", () => {
    expect(
      fromApi({
        "third-party_uac_settings": { auth_username: "u" },
        fqdns: [{ dns_record_type: "a" }],
        inbound: { timeout_1xx_secs: 3 },
        noise_suppression_details: { engine: "deep_filter_net" },
      }),
    ).toEqual({
      thirdPartyUacSettings: { authUsername: "u" },
      fqdns: [{ dnsRecordType: "a" }],
      inbound: { timeout1xxSecs: 3 },
      noiseSuppressionDetails: { engine: "deep_filter_net" },
    });
  });

  it("round-trips a response through camelCase back to the API's spelling", () => {
    const api = { connection_name: "c", inbound: { timeout_2xx_secs: 9, sip_subdomain: "s" }, outbound: { tech_prefix: "1234" } };
    expect(toApi(ipConnection.response, fromApi(api))).toEqual(api);
  });
});

describe("request bodies", () => {
  it("createBody sends canonical values: transport and enums in the documented case, FQDNs lower-case without the root dot", () => {
    expect(createBody(spec(ipConnection), "r", { connectionName: "c", transportProtocol: "udp" })).toEqual({
      connection_name: "c",
      transport_protocol: "UDP",
    });
    expect(createBody(spec(fqdn), "r", { connectionId: "1", fqdn: "SIP.Example.COM.", dnsRecordType: "SRV" })).toEqual({
      connection_id: "1",
      fqdn: "sip.example.com",
      dns_record_type: "srv",
    });
    const uac = createBody(spec(uacConnection), "r", { connectionName: "u", externalUacSettings: { proxy: "sip:p", transport: "tls" } });
    expect(uac.external_uac_settings).toEqual({ proxy: "sip:p", transport: "TLS" });
  });

  it("createBody refuses what validation refuses", () => {
    expect(() => createBody(spec(ip), "r", { ipAddress: "192.0.2.1", port: 0 })).toThrow(/between 1 and 65535/);
  });

  it("patchBody accepts partial nested objects, canonicalising each leaf", () => {
    expect(patchBody(spec(ipConnection), { inbound: { timeout1xxSecs: 5 } })).toEqual({ inbound: { timeout_1xx_secs: 5 } });
    // proxy is required in a whole external_uac_settings, not in a PATCH of one of its fields.
    expect(patchBody(spec(uacConnection), { externalUacSettings: { transport: "udp" } })).toEqual({
      external_uac_settings: { transport: "UDP" },
    });
    expect(patchBody(spec(fqdn), { fqdn: "Edge.Example.com." })).toEqual({ fqdn: "edge.example.com" });
  });

  it("patchBody still refuses an invalid leaf", () => {
    expect(() => patchBody(spec(ip), { port: 70000 })).toThrow(/between 1 and 65535/);
    expect(() => patchBody(spec(ipConnection), { inbound: { timeout2xxSecs: 601 } })).toThrow(/between 1 and 600/);
  });
});
