// The diff rules, one by one, on the real schemas: only what is declared is compared, normalised as the API
// normalises, and secrets never cause a false diff whether the API redacts, omits or echoes them.
import { describe, expect, it } from "vitest";
import { changedFields, patchOf } from "../../provider/core/diff";
import { outputsOf } from "../../provider/core/outputs";
import { UNKNOWN } from "../../provider/core/compare";
import { credentialConnection } from "../../sdk/schemas/credential-connection";
import { ipConnection } from "../../sdk/schemas/ip-connection";
import { fqdn } from "../../sdk/schemas/fqdn";
import { outboundVoiceProfile } from "../../sdk/schemas/outbound-voice-profile";
import { fqdnConnection } from "../../sdk/schemas/fqdn-connection";

const paths = (changes: { path: string[] }[]) => changes.map((c) => c.path.join("."));

const declared = {
  connectionName: "pbx",
  userName: "pbxuser01",
  password: "s3cret-password-1",
  inbound: { codecs: ["G722", "G711U"], timeout1xxSecs: 5 },
  tags: ["b", "a"],
  __naming: "0123456789abcdef pbx",
};

/** What the API sends back after a create, in each secrets mode. */
function apiResponse(mode: "redact" | "echo" | "omit" | "mask8" | "partial", overrides: Record<string, unknown> = {}) {
  const body: Record<string, unknown> = {
    id: "1293384261075731499",
    record_type: "credential_connection",
    connection_name: "pbx",
    user_name: "pbxuser01",
    inbound: { codecs: ["G722", "G711U"], timeout_1xx_secs: 5, timeout_2xx_secs: 90, sip_compact_headers_enabled: true },
    tags: ["a", "b"],
    anchorsite_override: "Latency",
    created_at: "2026-11-25T10:00:00.000Z",
  };
  if (mode === "redact") body.password = "***";
  if (mode === "mask8") body.password = "********";
  if (mode === "partial") body.password = "pbx***";
  if (mode === "echo") body.password = declared.password;
  return { ...body, ...overrides };
}

describe("diff", () => {
  for (const mode of ["redact", "echo", "omit", "mask8", "partial"] as const) {
    describe(`with secrets ${mode}ed by the API`, () => {
      const outs = outputsOf(credentialConnection.response, apiResponse(mode), declared);

      it("shows no change right after create (server defaults, computed fields, set order ignored)", () => {
        expect(changedFields(credentialConnection.fields, declared, outs)).toEqual([]);
      });

      it("keeps the secret we sent, never the redaction, in the outputs", () => {
        expect(outs.password).toBe(declared.password);
      });

      it("shows a changed password as an update, not a replacement", () => {
        const changes = changedFields(credentialConnection.fields, { ...declared, password: "an0ther-password" }, outs);
        expect(changes).toEqual([{ path: ["password"], createOnly: false }]);
      });

      it("after a refresh that re-reads the object, still shows no change", () => {
        const refreshed = outputsOf(credentialConnection.response, apiResponse(mode), outs);
        expect(changedFields(credentialConnection.fields, declared, refreshed)).toEqual([]);
      });
    });
  }

  for (const hidden of [null, "", "********", "***", "pw-***", "abc*****xyz"]) {
    it(`shows no change when the API answers a secret as ${JSON.stringify(hidden)}, nested ones included`, () => {
      const withToken = { connectionName: "t", outbound: { ipAuthenticationMethod: "token", ipAuthenticationToken: "tok-abcdef123456" } };
      const api = { connection_name: "t", password: hidden, outbound: { ip_authentication_method: "token", ip_authentication_token: hidden } };
      const fresh = outputsOf(credentialConnection.response, { ...apiResponse("omit"), password: hidden }, declared);
      expect(changedFields(credentialConnection.fields, declared, fresh)).toEqual([]);
      const ipOuts = outputsOf(ipConnection.response, api, withToken);
      expect(changedFields(ipConnection.fields, withToken, ipOuts)).toEqual([]);
      expect(ipOuts.outbound).toMatchObject({ ipAuthenticationToken: "tok-abcdef123456" });
    });
  }

  it("detects a secret changed out of band when the API echoes it", () => {
    const outs = outputsOf(credentialConnection.response, apiResponse("echo"), declared);
    const refreshed = outputsOf(credentialConnection.response, apiResponse("echo", { password: "changed-by-hand-1" }), outs);
    expect(paths(changedFields(credentialConnection.fields, declared, refreshed))).toEqual(["password"]);
  });

  it("shows every real change, with nested paths", () => {
    const outs = outputsOf(credentialConnection.response, apiResponse("redact"), declared);
    const news = { ...declared, inbound: { codecs: ["G711U", "G722"], timeout1xxSecs: 5 }, tags: ["a", "b", "c"] };
    expect(paths(changedFields(credentialConnection.fields, news, outs))).toEqual(["inbound.codecs", "tags"]);
  });

  it("ignores fields the program does not declare, even when the API changes them", () => {
    const outs = outputsOf(credentialConnection.response, apiResponse("redact", { anchorsite_override: "Chicago, IL" }), declared);
    expect(changedFields(credentialConnection.fields, declared, outs)).toEqual([]);
  });

  it("reports drift in a declared field", () => {
    const outs = outputsOf(credentialConnection.response, apiResponse("redact", { connection_name: "renamed" }), declared);
    expect(paths(changedFields(credentialConnection.fields, declared, outs))).toEqual(["connectionName"]);
  });

  it("compares enums the API accepts in any case, and FQDNs with a trailing dot, as equal", () => {
    const outs = { transportProtocol: "UDP", connectionName: "x" };
    expect(changedFields(ipConnection.fields, { transportProtocol: "udp", connectionName: "x" }, outs)).toEqual([]);
    const f = { fqdn: "sip.example.com", connectionId: "1", dnsRecordType: "a", port: 5060 };
    expect(changedFields(fqdn.fields, { ...f, fqdn: "SIP.example.com." }, f)).toEqual([]);
  });

  it("treats whitelisted destinations as a set", () => {
    const outs = { name: "p", whitelistedDestinations: ["US", "CA"] };
    expect(changedFields(outboundVoiceProfile.fields, { name: "p", whitelistedDestinations: ["CA", "US"] }, outs)).toEqual([]);
  });

  it("marks create-only fields for replacement", () => {
    const outs = { connectionName: "t", microsoftTeamsSbc: false };
    expect(changedFields(fqdnConnection.fields, { connectionName: "t", microsoftTeamsSbc: true }, outs)).toEqual([
      { path: ["microsoftTeamsSbc"], createOnly: true },
    ]);
  });

  it("counts a value not known yet (preview of a new reference) as a change", () => {
    const outs = { ipAddress: "192.0.2.1", connectionId: "1", port: 5060 };
    expect(paths(changedFields(ipConnection.fields, { ...outs, connectionId: UNKNOWN }, outs))).toEqual(["connectionId"]);
  });

  it("builds a PATCH of the changed top-level fields, each nested object whole", () => {
    const news = { connectionName: "n", inbound: { codecs: ["G711U"], timeout1xxSecs: 5 } };
    expect(patchOf(news, [{ path: ["inbound", "codecs"], createOnly: false }])).toEqual({ inbound: news.inbound });
  });

  it("leaves unchanged top-level fields out of the PATCH", () => {
    const news = { connectionName: "n", active: true, inbound: { codecs: ["G711U"] } };
    expect(patchOf(news, [{ path: ["active"], createOnly: false }])).toEqual({ active: true });
  });
});
