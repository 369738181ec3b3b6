// Preview-time validation on the real specs: valid inputs pass, every bad-input case (corpus and variants) fails
// naming the resource, the field as written and what is allowed, secrets are never shown, values not known yet never fail.
import { describe, expect, it } from "vitest";
import { validate } from "../../provider/core/check";
import { UNKNOWN } from "../../provider/core/compare";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { corpus, validAtPreview, variants, type BadCase, type ResourceType } from "../fixtures/bad-input/corpus";

const specOf = (type: ResourceType) =>
  resources[(type[0].toLowerCase() + type.slice(1)) as keyof typeof resources] as unknown as ResourceSpec;

/** `{"$ref": ...}` becomes what the engine sends at preview for an id not known yet. */
const unref = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(unref)
  : v && typeof v === "object" ? ("$ref" in v ? UNKNOWN : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unref(x)])))
  : v;

/** As the provider's check sees a case: named like auto-naming would, plus the engine's own keys. */
function failuresOf(c: { type: ResourceType; name: string; args: Record<string, unknown> }) {
  const spec = specOf(c.type);
  const named = spec.nameField === "name" ? { name: "profile-name" } : spec.nameField ? { connectionName: c.name } : {};
  return validate(spec, c.name, { ...named, ...(unref(c.args) as object), __naming: `0123456789abcdef ${c.name}` });
}

const validInputs: Record<ResourceType, Record<string, unknown>> = {
  CredentialConnection: {
    connectionName: "office-pbx", userName: "pbxuser01", password: "Valid-pass-1234", dtmfType: "SIP INFO",
    webhookEventUrl: "https://example.com/hook", webhookEventFailoverUrl: "", webhookTimeoutSecs: 0, webhookApiVersion: "texml",
    noiseSuppressionDetails: { engine: "deep_filter_net", attenuationLimit: 100 }, tags: ["a", "b"],
    jitterBuffer: { enableJitterBuffer: true, jitterbufferMsecMin: 40, jitterbufferMsecMax: 400 },
    inbound: { timeout1xxSecs: 120, timeout2xxSecs: 600, codecs: ["G722"], simultaneousRinging: "enabled" },
    outbound: { callParkingEnabled: true, localization: "GB", outboundVoiceProfileId: "1293384261075731499" },
  },
  IpConnection: {
    transportProtocol: "tcp", encryptedMedia: "SRTP",
    inbound: { sipSubdomain: "office-1", sipRegion: "Europe" },
    outbound: { techPrefix: "1234", ipAuthenticationMethod: "token", ipAuthenticationToken: "valid-token-3f9a2b7c" },
  },
  FqdnConnection: {
    connectionName: "edge", transportProtocol: "TLS", microsoftTeamsSbc: true, rtcpSettings: { port: "rtcp-mux", reportFrequencySecs: 3000 },
    outbound: { timeout1xxSecs: 1, timeout2xxSecs: 1, ipAuthenticationMethod: "credential-authentication" },
  },
  UacConnection: {
    connectionName: "reverse", userName: "my-sip_user", webhookTimeoutSecs: 30,
    externalUacSettings: { proxy: "sip:pbx.example.com:5060", username: "telnyxreg", password: "p", transport: "tls", expirationSec: 1 },
    internalUacSettings: { destinationUri: "1006@assistant-abc123.sip.telnyx.com" },
  },
  Ip: { ipAddress: "2001:db8::10", port: 65535, connectionId: "1293384261075731499" },
  Fqdn: { connectionId: "1293384261075731499", fqdn: "SIP.Example.com.", dnsRecordType: "SRV", port: null },
  OutboundVoiceProfile: {
    name: "abc", whitelistedDestinations: ["US", "CA", "GB"], dailySpendLimit: "100.00", concurrentCallLimit: 1,
    callRecording: { callRecordingType: "by_caller_phone_number", callRecordingCallerPhoneNumbers: ["+13125550100"] },
    callingWindow: { startTime: "08:00", endTime: "17:30:00.00Z" }, billingGroupId: "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
  },
  AccessIpRange: { cidrBlock: "2001:db8::/32", description: "office" },
};

describe("validate", () => {
  for (const [type, args] of Object.entries(validInputs) as [ResourceType, Record<string, unknown>][]) {
    it(`accepts a valid ${type}`, () => expect(failuresOf({ type, name: "ok", args })).toEqual([]));
  }

  describe.each([...corpus, ...variants].map((c) => [c.name, c] as [string, BadCase]))("refuses %s", (_, c) => {
    // Validated inside each test, not while the file is collected: the mutation run switches mutants per test, and a
    // value computed at collection is computed under none (docs/mutation.md).
    it(`names the resource, the field ${c.field} and what is allowed`, () => {
      const failures = failuresOf(c);
      const prefix = `${specOf(c.type).title} "${c.name}", field ${c.field}: `;
      const reasons = failures.map((f) => f.reason);
      expect(reasons.some((r) => r.startsWith(prefix) && r.includes(c.allows)), reasons.join("\n")).toBe(true);
      for (const r of reasons) expect(r).toMatch(new RegExp(`^${specOf(c.type).title} "${c.name}", field [\\w.\\[\\]]+: `));
    });

    if (c.secret) it("never shows the secret, nor the input holding it", () => {
      const failures = failuresOf(c);
      for (const f of failures) expect(JSON.stringify(f)).not.toContain(c.secret);
      const top = c.field.split(/[.[]/)[0];
      expect(failures.find((f) => f.reason.includes(`field ${c.field}:`))?.property).toBe("");
      expect(failures.map((f) => f.property)).not.toContain(top);
    });
  });

  it("accepts null and \"\" where real clients send them to clear a field (as the Terraform provider does)", () => {
    const profileNulls = {
      enabled: null, trafficType: null, servicePlan: null, usagePaymentMethod: null, whitelistedDestinations: null,
      concurrentCallLimit: null, dailySpendLimit: null, dailySpendLimitEnabled: null, maxDestinationRate: null,
      billingGroupId: null, tags: null, callRecording: null, callingWindow: null,
    };
    expect(failuresOf({ type: "OutboundVoiceProfile", name: "tf", args: profileNulls })).toEqual([]);
    expect(failuresOf({ type: "FqdnConnection", name: "tf", args: { webhookEventUrl: "", inbound: { sipSubdomain: "" } } })).toEqual([]);
    expect(failuresOf({ type: "IpConnection", name: "tf", args: { webhookEventUrl: null, inbound: { sipSubdomain: null } } })).toEqual([]);
    expect(failuresOf({ type: "FqdnConnection", name: "tf", args: { inbound: { sipSubdomain: "-bad-" } } }).map((f) => f.property)).toEqual(["inbound"]);
  });

  it("refuses OPUS and H.264 over UDP on every connection with a transport, even beside codecs usable over UDP", () => {
    const codecs = ["G722", "G711U", "OPUS", "H.264"];
    const refused = [
      { type: "IpConnection", args: { inbound: { codecs } }, says: "transportProtocol is UDP (the default)" },
      { type: "IpConnection", args: { transportProtocol: "udp", inbound: { codecs: ["G711U", "OPUS"] } }, says: "transportProtocol is UDP:" },
      { type: "FqdnConnection", args: { transportProtocol: "UDP", inbound: { codecs } }, says: "transportProtocol is UDP:" },
      { type: "UacConnection", args: { externalUacSettings: { proxy: "sip:pbx.example.com", transport: "UDP" }, inbound: { codecs: ["H.264"] } },
        says: "externalUacSettings.transport is UDP:" },
    ] as const;
    for (const c of refused) {
      const failures = failuresOf({ type: c.type, name: "u", args: c.args });
      expect(failures.map((f) => f.property), c.type).toEqual(["inbound"]);
      expect(failures[0].reason).toContain("field inbound.codecs: ");
      expect(failures[0].reason).toContain(c.says);
    }
  });

  it("accepts the API's own default list over UDP, written out whole as an export of an untouched connection writes it", () => {
    const theDefault = ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"];
    expect(failuresOf({ type: "IpConnection", name: "t", args: { inbound: { codecs: theDefault } } })).toEqual([]);
    expect(failuresOf({ type: "FqdnConnection", name: "t", args: { connectionName: "f", transportProtocol: "UDP", inbound: { codecs: theDefault } } })).toEqual([]);
    // Reordered or cut, it is a choice of the program's, and judged as one.
    expect(failuresOf({ type: "IpConnection", name: "t", args: { inbound: { codecs: [...theDefault].reverse() } } })).toHaveLength(1);
    expect(failuresOf({ type: "IpConnection", name: "t", args: { inbound: { codecs: theDefault.slice(1) } } })).toHaveLength(1);
  });

  it("accepts OPUS and H.264 over TCP or TLS, and where the transport is not the connection's to declare", () => {
    const codecs = ["OPUS", "H.264", "G711U"];
    expect(failuresOf({ type: "IpConnection", name: "t", args: { transportProtocol: "tcp", inbound: { codecs } } })).toEqual([]);
    expect(failuresOf({ type: "FqdnConnection", name: "t", args: { transportProtocol: "TLS", inbound: { codecs } } })).toEqual([]);
    const uacTls = { externalUacSettings: { proxy: "sip:pbx.example.com", transport: "TLS" }, inbound: { codecs } };
    expect(failuresOf({ type: "UacConnection", name: "t", args: uacTls })).toEqual([]);
    // A UAC connection whose transport is not declared, and a credential connection (its device picks the transport).
    expect(failuresOf({ type: "UacConnection", name: "t", args: { externalUacSettings: { proxy: "sip:pbx.example.com" }, inbound: { codecs } } })).toEqual([]);
    expect(failuresOf({ type: "CredentialConnection", name: "t", args: { userName: "pbxuser01", password: "Valid-pass-1234", inbound: { codecs } } })).toEqual([]);
  });

  it("accepts only the documented codecs, and one Telnyx added since only when TELNYX_SIP_EXTRA_CODECS lists it", () => {
    const withCodecs = (codecs: string[]) => failuresOf({ type: "IpConnection", name: "c", args: { transportProtocol: "TLS", inbound: { codecs } } });
    expect(withCodecs(["G722", "G711U", "G711A", "G729", "OPUS", "H.264"])).toEqual([]);
    const [failure, ...rest] = withCodecs(["G711U", "AMR-WB"]);
    expect(rest).toEqual([]);
    expect(failure.reason).toContain('field inbound.codecs[1]: must be one of "G722", "G711U", "G711A", "G729", "OPUS", "H.264"');
    expect(failure.reason).toContain("TELNYX_SIP_EXTRA_CODECS");
    const before = process.env.TELNYX_SIP_EXTRA_CODECS;
    process.env.TELNYX_SIP_EXTRA_CODECS = " VP8, AMR-WB ";
    try {
      expect(withCodecs(["G711U", "AMR-WB"])).toEqual([]);
      // Listed names are exact: a misspelling of one is still refused.
      expect(withCodecs(["AMR-WBB"]).map((f) => f.property)).toEqual(["inbound"]);
    } finally {
      if (before === undefined) delete process.env.TELNYX_SIP_EXTRA_CODECS;
      else process.env.TELNYX_SIP_EXTRA_CODECS = before;
    }
  });

  it("gives a non-secret failure the top-level input as its property, for the engine to show", () => {
    const failures = failuresOf({ type: "IpConnection", name: "p", args: { inbound: { timeout2xxSecs: 0 } } });
    expect(failures).toEqual([{ property: "inbound", reason: 'IP connection "p", field inbound.timeout2xxSecs: must be between 1 and 600' }]);
  });

  it("names the secret field in the reason and no property, for every secret", () => {
    const secrets = [
      { type: "CredentialConnection", args: { userName: "pbxuser01", password: "short" }, field: "password" },
      { type: "UacConnection", args: { externalUacSettings: { proxy: "sip:p", password: "" } }, field: "externalUacSettings.password" },
      { type: "IpConnection", args: { outbound: { ipAuthenticationToken: "bad token!" } }, field: "outbound.ipAuthenticationToken" },
    ] as const;
    for (const s of secrets) {
      const failures = failuresOf({ type: s.type, name: "s", args: s.args });
      expect(failures).toHaveLength(1);
      expect(failures[0].property).toBe("");
      expect(failures[0].reason).toContain(`field ${s.field}: `);
    }
  });

  it("does not fail on values not known yet, at any depth", () => {
    for (const c of validAtPreview) expect(failuresOf(c), c.name).toEqual([]);
    expect(failuresOf({ type: "Ip", name: "u", args: { ipAddress: UNKNOWN, connectionId: UNKNOWN, port: UNKNOWN } })).toEqual([]);
    expect(failuresOf({ type: "Fqdn", name: "u", args: { connectionId: UNKNOWN, fqdn: UNKNOWN, dnsRecordType: UNKNOWN } })).toEqual([]);
    expect(failuresOf({ type: "OutboundVoiceProfile", name: "u", args: { whitelistedDestinations: ["US", UNKNOWN] } })).toEqual([]);
    const nested = { userName: "pbxuser01", password: UNKNOWN, outbound: { outboundVoiceProfileId: UNKNOWN, localization: UNKNOWN } };
    expect(failuresOf({ type: "CredentialConnection", name: "u", args: nested })).toEqual([]);
  });

  it("still fails a known value next to one not known yet", () => {
    const failures = failuresOf({ type: "Ip", name: "u", args: { ipAddress: "192.0.2.1", connectionId: UNKNOWN, port: 0 } });
    expect(failures.map((f) => f.property)).toEqual(["port"]);
  });

  it("refuses the API's snake_case spelling of a real input, naming the camelCase one", () => {
    const failures = failuresOf({
      type: "CredentialConnection", name: "pbx",
      args: { connectionName: "pbx", user_name: "pbxuser01", password: "s3cret-pass", inbound: { timeout_1xx_secs: 5 } },
    });
    expect(failures.map((f) => f.reason)).toEqual([
      'credential connection "pbx", field user_name: inputs are camelCase; write userName',
      'credential connection "pbx", field inbound.timeout_1xx_secs: inputs are camelCase; write inbound.timeout1xxSecs',
    ]);
    // The engine would print the value of a property: a misspelt input may be a secret, so none is named.
    expect(failures.map((f) => f.property)).toEqual(["", ""]);
  });

  describe("an input it does not know", () => {
    const reasonsOf = (args: Record<string, unknown>) =>
      failuresOf({ type: "CredentialConnection", name: "pbx", args: { userName: "pbxuser01", password: "Valid-pass-1234", ...args } })
        .map((f) => f.reason);

    it("suggests the input a typo or a cut-off name most likely meant", () => {
      expect(reasonsOf({ webhookEventUrll: "https://example.com" })).toEqual([
        'credential connection "pbx", field webhookEventUrll: is not an input of credential connection; did you mean webhookEventUrl?',
      ]);
      // Four letters or more that start a name count as one edit away.
      expect(reasonsOf({ dtmf: "RFC 2833" })).toEqual(['credential connection "pbx", field dtmf: is not an input of credential connection; did you mean dtmfType?']);
      expect(reasonsOf({ inbound: { timeout1xx: 3 } })).toEqual([
        'credential connection "pbx", field inbound.timeout1xx: is not a field of inbound; did you mean timeout1xxSecs?',
      ]);
    });

    it("suggests within two edits, or one in four letters for a longer name, and nothing further off", () => {
      expect(reasonsOf({ dtmfTxpx: "RFC 2833" })[0]).toMatch(/did you mean dtmfType\?$/);
      // 15 letters: three edits away still counts.
      expect(reasonsOf({ webhookEvxntUxx: "https://example.com" })[0]).toMatch(/did you mean webhookEventUrl\?$/);
      expect(reasonsOf({ zzzzzzzz: 1 })).toEqual(['credential connection "pbx", field zzzzzzzz: is not an input of credential connection']);
    });
  });

  it("says a required choice is missing, with the values allowed", () => {
    const reasons = failuresOf({ type: "Fqdn", name: "edge", args: { connectionId: "1293384261075731499", fqdn: "sip.example.com" } }).map((f) => f.reason);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^FQDN "edge", field dnsRecordType: is required: /);
  });

  it("says which type a value has when it has the wrong one, null and arrays included", () => {
    const reasons = (inbound: unknown) =>
      failuresOf({ type: "CredentialConnection", name: "pbx", args: { userName: "pbxuser01", password: "Valid-pass-1234", inbound } }).map((f) => f.reason);
    expect(reasons(null)).toEqual(['credential connection "pbx", field inbound: must be an object, not null']);
    expect(reasons([])).toEqual(['credential connection "pbx", field inbound: must be an object, not an array']);
    expect(reasons("fast")).toEqual(['credential connection "pbx", field inbound: must be an object, not a string']);
  });
});
