// The guardrails' logic without the engine (test/e2e/policy.test.ts runs the pack in the real engine).
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { destinations } from "../../policy/rules/destinations";
import { ipInboundSubdomain } from "../../policy/rules/ip-inbound";
import { passwordStrength, weakness } from "../../policy/rules/password-strength";
import { spendLimit } from "../../policy/rules/spend-limit";
import { transportEncryption } from "../../policy/rules/transport-encryption";
import { kindSeen, TYPE, unknownArray, unknownString, violations } from "./run-rule";

const cfg = { minPasswordLength: 14, minCharacterClasses: 3 };

describe("password strength", () => {
  it("accepts a long password of three classes that does not contain the user name", () => {
    expect(weakness("Office-pbx-pass-4821", "officepbx01", cfg)).toBeUndefined();
  });
  it("says what is wrong, never the password", () => {
    expect(weakness("Short-1", undefined, cfg)).toBe("is shorter than 14 characters");
    expect(weakness("alllowercaseletters", undefined, cfg)).toBe(
      "uses 1 of the 4 character classes (lower case, upper case, digits, symbols); at least 3 are required",
    );
    expect(weakness("X-OfficePbx01-Secret", "officepbx01", cfg)).toBe("contains the user name");
  });
});

describe("telnyxKind", () => {
  it("knows this package's resources by their dynamic resource type", () => {
    expect(kindSeen("pulumi-nodejs:dynamic/telnyx:CredentialConnection", {})).toBe("CredentialConnection");
    expect(kindSeen("telnyx-sip:index:OutboundVoiceProfile", {})).toBe("OutboundVoiceProfile"); // the provider plugin's token
  });
  it("knows them under any type by the provider module in __provider (issue 28, bypass d)", () => {
    const provider = (module: string) => `exports.handler = __f0;\nfunction __f0() { return require("${module}"); }`;
    const under = (props: Record<string, unknown>) => kindSeen("pulumi-nodejs:dynamic/other:Thing", props);
    expect(under({ __provider: provider("pulumi-telnyx-sip/dist/provider/kinds/outboundVoiceProfile.js") })).toBe("OutboundVoiceProfile");
    expect(under({ __provider: provider("pulumi-telnyx-sip/dist/provider/kinds/ip") })).toBe("Ip");
    // Resources created before 0.3.0 store the dispatcher and their kind beside it.
    expect(under({ __provider: provider("pulumi-telnyx-sip/dist/provider/core/dispatch.js"), __kind: "ipConnection" })).toBe("IpConnection");
    expect(under({ __provider: provider("some-other-package/provider") })).toBeUndefined();
    // The module decides over a type of ours that names another class.
    expect(kindSeen(TYPE("Ip"), { __provider: provider("pulumi-telnyx-sip/dist/provider/kinds/outboundVoiceProfile") })).toBe("OutboundVoiceProfile");
    // And the rules judge it as what it is.
    expect(violations(destinations, "pulumi-nodejs:dynamic/other:Thing", {
      __provider: provider("pulumi-telnyx-sip/dist/provider/kinds/outboundVoiceProfile.js"), whitelistedDestinations: ["CU"],
    })).toEqual([expect.stringMatching(/^r \(OutboundVoiceProfile\): whitelistedDestinations includes high-risk premium-rate destinations CU/)]);
  });
  it("ignores other dynamic resources and other providers' resources", () => {
    expect(kindSeen("pulumi-nodejs:dynamic/tiny:Tiny", {})).toBeUndefined();
    expect(kindSeen("pulumi-nodejs:dynamic:Resource", {})).toBeUndefined();
    expect(kindSeen("aws:s3/bucket:Bucket", {})).toBeUndefined();
  });
});

it("versions the policy pack with the package (the engine reports the pack's version)", () => {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, "../..", file), "utf8"));
  expect(read("policy/package.json").version).toBe(read("package.json").version);
});

// Issue 28: the pack fails closed. Every rule is run as the framework runs it (test/policy/run-rule.ts).
const PROFILE = TYPE("OutboundVoiceProfile");
const limits = { dailySpendLimitEnabled: true, dailySpendLimit: "100.00", concurrentCallLimit: 10 };

describe("a value unknown at preview is a violation, naming the field (bypass a)", () => {
  it("a whole list, or one element of it", () => {
    for (const listed of [unknownArray, ["US", unknownString]]) {
      expect(violations(destinations, PROFILE, { ...limits, whitelistedDestinations: listed })).toEqual([
        expect.stringMatching(/^r \(OutboundVoiceProfile\): whitelistedDestinations is not known at preview .*give it a value known at preview/),
      ]);
    }
  });
  it("a password, a spend limit, a transport", () => {
    const credential = TYPE("CredentialConnection");
    expect(violations(passwordStrength, credential, { userName: "pbxuser01", password: unknownString })).toEqual([expect.stringMatching(/password is not known at preview/)]);
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: unknownString })).toEqual([expect.stringMatching(/dailySpendLimit is not known at preview/)]);
    expect(violations(transportEncryption, TYPE("IpConnection"), { transportProtocol: unknownString }, { requireTls: true })).toEqual([
      expect.stringMatching(/transportProtocol is not known at preview/),
    ]);
  });
});

describe("null counts as not set (bypass b)", () => {
  it("dailySpendLimitEnabled true with dailySpendLimit null, and a null call limit", () => {
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: null })).toEqual([expect.stringMatching(/dailySpendLimit is not set/)]);
    expect(violations(spendLimit, PROFILE, { ...limits, concurrentCallLimit: null })).toEqual([expect.stringMatching(/concurrentCallLimit is not set/)]);
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimitEnabled: null })).toEqual([expect.stringMatching(/dailySpendLimitEnabled must be true/)]);
  });
  it("an amount that is not one is over the ceiling, not zero", () => {
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: " " })).toEqual([expect.stringMatching(/dailySpendLimit " " is over the ceiling of 500 USD or not an amount/)]);
  });
});

describe("an adopted object is judged by what it has in Telnyx (bypass c)", () => {
  const leftOut = (field: string) => expect.stringMatching(new RegExp(`${field} is left out of the program of an adopted object \\(adoptId\\).*declare ${field}`));
  it("a guarded field the program leaves out is a violation, whether adoptId is set, unknown or already removed", () => {
    for (const adopted of [{ adoptId: "1293384261075731499" }, { adoptId: unknownString }, { __private: "s=0123456789abcdef d n=open" }]) {
      expect(violations(destinations, PROFILE, { ...limits, ...adopted })).toEqual([leftOut("whitelistedDestinations")]);
    }
    expect(violations(ipInboundSubdomain, TYPE("IpConnection"), { adoptId: "1" })).toEqual([leftOut("inbound.sipSubdomainReceiveSettings")]);
  });
  it("a declared value is judged as declared; a new object's left-out field takes Telnyx's default", () => {
    expect(violations(destinations, PROFILE, { ...limits, adoptId: "1", whitelistedDestinations: ["US"] })).toEqual([]);
    expect(violations(destinations, PROFILE, { ...limits })).toEqual([]);
  });
});

describe("a value exactly at a limit passes", () => {
  it("spend and concurrent calls at the ceiling; a cent over does not", () => {
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: "500.00", concurrentCallLimit: 100 })).toEqual([]);
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: "50", concurrentCallLimit: 100 }, { maxDailySpendUsd: 50 })).toEqual([]);
    expect(violations(spendLimit, PROFILE, { ...limits, dailySpendLimit: "500.01", concurrentCallLimit: 101 })).toEqual([
      expect.stringMatching(/dailySpendLimit "500.01" is over the ceiling of 500 USD/),
      expect.stringMatching(/concurrentCallLimit 101 is over the ceiling of 100/),
    ]);
  });
  it("a password of exactly the minimum length and classes", () => {
    const credential = TYPE("CredentialConnection");
    expect(violations(passwordStrength, credential, { userName: "pbxuser01", password: "abcdefgh-12345" })).toEqual([]);
    expect(violations(passwordStrength, credential, { userName: "pbxuser01", password: "abcdefgh-1234" })).toEqual([expect.stringMatching(/shorter than 14/)]);
  });
  it("an adopted connection's password left out, which Telnyx never reveals, is not judged; one declared is", () => {
    const credential = TYPE("CredentialConnection");
    expect(violations(passwordStrength, credential, { adoptId: "1293384261075731499", userName: "pbxuser01" })).toEqual([]);
    expect(violations(passwordStrength, credential, { adoptId: "1293384261075731499", userName: "pbxuser01", password: "short" })).toEqual([
      expect.stringMatching(/shorter than 14/),
    ]);
  });
  it("destinations exactly the allow-list", () => {
    expect(violations(destinations, PROFILE, { ...limits, whitelistedDestinations: ["US", "CA"] }, { allowedDestinations: ["US", "CA"] })).toEqual([]);
  });
});

describe("an IP connection's subdomain", () => {
  it("is open to anyone when the setting is left out, as Telnyx defaults it", () => {
    const ipc = TYPE("IpConnection");
    expect(violations(ipInboundSubdomain, ipc, { inbound: { sipSubdomain: "trunk" } })).toEqual([expect.stringMatching(/not set with inbound.sipSubdomain, so Telnyx opens it to anyone/)]);
    expect(violations(ipInboundSubdomain, ipc, { inbound: { sipSubdomain: "trunk", sipSubdomainReceiveSettings: "only_my_connections" } })).toEqual([]);
    expect(violations(ipInboundSubdomain, ipc, {})).toEqual([]);
  });
});
