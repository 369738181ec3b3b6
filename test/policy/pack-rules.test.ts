// Each rule of the pack on the resources it guards and on those it leaves alone, and the pack's settings as users
// write them (policy names, levels and defaults, in the README and examples/gitops/guardrails.json).
import { describe, expect, it } from "vitest";
import Ajv from "ajv";
import * as fs from "node:fs";
import * as path from "node:path";
import type { StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "../../policy/policies";
import { channelLimits } from "../../policy/rules/channel-limits";
import { destinations } from "../../policy/rules/destinations";
import { ipAddressesDeclared, ipInboundSubdomain } from "../../policy/rules/ip-inbound";
import { passwordStrength } from "../../policy/rules/password-strength";
import { spendLimit } from "../../policy/rules/spend-limit";
import { transportEncryption } from "../../policy/rules/transport-encryption";
import { TYPE, unknownString, violations } from "./run-rule";

const repo = path.join(__dirname, "../..");
const CONNECTIONS = ["CredentialConnection", "IpConnection", "FqdnConnection", "UacConnection"];
const OTHERS = ["OutboundVoiceProfile", "Ip", "Fqdn", "AccessIpRange"];
const limits = { dailySpendLimitEnabled: true, dailySpendLimit: "100.00", concurrentCallLimit: 10 };

describe("the pack's settings, as users write them", () => {
  it("names each policy and its level as the README's table does, telnyx-resource-identity aside", () => {
    const readme = fs.readFileSync(path.join(repo, "README.md"), "utf8");
    const table = [...readme.matchAll(/^\| `(telnyx-[\w-]+)` \| (\w+) \|/gm)].map(([, name, level]) => [name, level]);
    expect(policies.map((p) => [p.name, p.enforcementLevel])).toEqual([["telnyx-resource-identity", "remediate"], ...table]);
  });

  it("has the defaults examples/gitops/guardrails.json lists for every setting", () => {
    const listed = JSON.parse(fs.readFileSync(path.join(repo, "examples/gitops/guardrails.json"), "utf8"));
    const defaults = Object.fromEntries(
      policies.flatMap((p) => {
        const settings = Object.entries(p.configSchema?.properties ?? {}).flatMap(([key, s]) => ("default" in s ? [[key, s.default]] : []));
        return settings.length ? [[p.name, Object.fromEntries(settings)]] : [];
      }),
    );
    const { "telnyx-channel-limits": level, ...settings } = listed;
    expect(defaults).toEqual(settings);
    expect(level).toEqual({ enforcementLevel: channelLimits.enforcementLevel });
  });
});

describe("the pack's configuration, checked against each policy's schema as Pulumi checks it", () => {
  const ajv = new Ajv({ strict: false });
  const valid = (name: string, settings: unknown) =>
    ajv.validate({ type: "object", properties: policies.find((p) => p.name === name)!.configSchema!.properties }, settings);

  it("accepts every setting of examples/gitops/guardrails.json", () => {
    const { "telnyx-channel-limits": _, ...listed } = JSON.parse(fs.readFileSync(path.join(repo, "examples/gitops/guardrails.json"), "utf8"));
    for (const [name, settings] of Object.entries(listed)) expect(valid(name, settings), name).toBe(true);
    expect(valid("telnyx-outbound-destinations", { allowedDestinations: ["US", "GB"], allowedHighRiskDestinations: ["CU"] })).toBe(true);
  });

  it("refuses a setting of the wrong type or out of its range", () => {
    const wrong: [string, Record<string, unknown>][] = [
      ["telnyx-outbound-spend-limit", { maxDailySpendUsd: "500" }],
      ["telnyx-outbound-spend-limit", { maxDailySpendUsd: -1 }],
      ["telnyx-outbound-spend-limit", { maxConcurrentCalls: 1.5 }],
      ["telnyx-outbound-spend-limit", { maxConcurrentCalls: 0 }],
      ["telnyx-outbound-destinations", { allowedDestinations: "US" }],
      ["telnyx-outbound-destinations", { allowedDestinations: [1] }],
      ["telnyx-outbound-destinations", { allowedDestinations: ["usa"] }],
      ["telnyx-outbound-destinations", { allowedHighRiskDestinations: "CU" }],
      ["telnyx-outbound-destinations", { allowedHighRiskDestinations: [1] }],
      ["telnyx-outbound-destinations", { allowedHighRiskDestinations: ["cu"] }],
      ["telnyx-sip-password-strength", { minPasswordLength: 7 }],
      ["telnyx-sip-password-strength", { minPasswordLength: 129 }],
      ["telnyx-sip-password-strength", { minPasswordLength: 14.5 }],
      ["telnyx-sip-password-strength", { minCharacterClasses: 0 }],
      ["telnyx-sip-password-strength", { minCharacterClasses: 5 }],
      ["telnyx-sip-password-strength", { minCharacterClasses: 2.5 }],
      ["telnyx-transport-encryption", { requireTls: "yes" }],
      ["telnyx-transport-encryption", { requireSrtp: 1 }],
    ];
    for (const [name, settings] of wrong) expect(valid(name, settings), `${name} ${JSON.stringify(settings)}`).toBe(false);
  });
});

describe("a field not known at preview is reported once, and judged no further", () => {
  const unknownOnly = (messages: string[], fields: string[]) =>
    expect(messages).toEqual(fields.map((f) => expect.stringMatching(new RegExp(`^r \\(\\w+\\): ${f.replace(".", "\\.")} is not known at preview`))));

  it("in every rule", () => {
    const profile = TYPE("OutboundVoiceProfile");
    const allUnknown = { dailySpendLimitEnabled: unknownString, dailySpendLimit: unknownString, concurrentCallLimit: unknownString };
    unknownOnly(violations(spendLimit, profile, allUnknown), ["dailySpendLimitEnabled", "dailySpendLimit", "concurrentCallLimit"]);
    unknownOnly(violations(destinations, profile, { whitelistedDestinations: unknownString }, { allowedDestinations: ["US"] }), ["whitelistedDestinations"]);
    const credential = TYPE("CredentialConnection");
    unknownOnly(violations(passwordStrength, credential, { userName: unknownString, password: "short" }), ["userName"]);
    unknownOnly(violations(passwordStrength, credential, { userName: "officepbx01", password: unknownString }), ["password"]);
    const ipConnection = TYPE("IpConnection");
    unknownOnly(violations(ipInboundSubdomain, ipConnection, { inbound: { sipSubdomainReceiveSettings: unknownString } }), ["inbound.sipSubdomainReceiveSettings"]);
    unknownOnly(violations(ipInboundSubdomain, ipConnection, { inbound: { sipSubdomain: unknownString } }), ["inbound.sipSubdomain"]);
  });
});

describe("channel limits", () => {
  it("asks every connection for both limits, and nothing of other resources", () => {
    for (const kind of CONNECTIONS) {
      expect(violations(channelLimits, TYPE(kind), {}), kind).toEqual([
        `r (${kind}): inbound.channelLimit is not set (no limit); set the most concurrent inbound calls you expect.`,
        `r (${kind}): outbound.channelLimit is not set (no limit); set the most concurrent outbound calls you expect.`,
      ]);
      expect(violations(channelLimits, TYPE(kind), { inbound: { channelLimit: 10 }, outbound: { channelLimit: 5 } }), kind).toEqual([]);
    }
    for (const kind of OTHERS) expect(violations(channelLimits, TYPE(kind), {}), kind).toEqual([]);
  });
});

describe("transport encryption", () => {
  it("requires nothing by default", () => {
    for (const kind of CONNECTIONS) expect(violations(transportEncryption, TYPE(kind), { transportProtocol: "UDP" }), kind).toEqual([]);
  });

  it("with requireTls: TLS signalling on IP, FQDN and UAC connections, in any case; a credential connection has no transport", () => {
    const tls = { requireTls: true };
    for (const kind of ["IpConnection", "FqdnConnection"]) {
      expect(violations(transportEncryption, TYPE(kind), { transportProtocol: "UDP" }, tls)).toEqual([
        `r (${kind}): transportProtocol must be "TLS" (requireTls is on); it is "UDP".`,
      ]);
      expect(violations(transportEncryption, TYPE(kind), {}, tls)).toEqual([`r (${kind}): transportProtocol must be "TLS" (requireTls is on); it is not set.`]);
      expect(violations(transportEncryption, TYPE(kind), { transportProtocol: "tls" }, tls)).toEqual([]);
    }
    const uac = TYPE("UacConnection");
    expect(violations(transportEncryption, uac, { externalUacSettings: { transport: "udp" } }, tls)).toEqual([
      'r (UacConnection): externalUacSettings.transport must be "TLS" (requireTls is on); it is "udp".',
    ]);
    expect(violations(transportEncryption, uac, { externalUacSettings: { transport: "tls" } }, tls)).toEqual([]);
    expect(violations(transportEncryption, TYPE("CredentialConnection"), {}, tls)).toEqual([]);
    for (const kind of OTHERS) expect(violations(transportEncryption, TYPE(kind), {}, { requireTls: true, requireSrtp: true }), kind).toEqual([]);
  });

  it("with requireSrtp: SRTP media on every connection", () => {
    for (const kind of CONNECTIONS) {
      expect(violations(transportEncryption, TYPE(kind), {}, { requireSrtp: true })).toEqual([
        `r (${kind}): encryptedMedia must be "SRTP" (requireSrtp is on); it is not set.`,
      ]);
      expect(violations(transportEncryption, TYPE(kind), { encryptedMedia: "srtp" }, { requireSrtp: true })).toEqual([]);
    }
  });
});

describe("IP connections take calls only from their declared addresses", () => {
  const ipConnection = TYPE("IpConnection");
  const open = (is: string) => `r (IpConnection): inbound.sipSubdomainReceiveSettings ${is}; set "only_my_connections" so only the declared Ip addresses can send calls.`;

  it("refuses a subdomain open to anyone, set so or by Telnyx's default", () => {
    expect(violations(ipInboundSubdomain, ipConnection, { inbound: { sipSubdomainReceiveSettings: "from_anyone" } })).toEqual([open('is "from_anyone"')]);
    expect(violations(ipInboundSubdomain, ipConnection, { inbound: { sipSubdomain: "office" } })).toEqual([
      open("not set with inbound.sipSubdomain, so Telnyx opens it to anyone"),
    ]);
  });

  it("passes one restricted to its connections, or without a subdomain; other resources are not judged", () => {
    expect(violations(ipInboundSubdomain, ipConnection, { inbound: { sipSubdomain: "office", sipSubdomainReceiveSettings: "only_my_connections" } })).toEqual([]);
    expect(violations(ipInboundSubdomain, ipConnection, {})).toEqual([]);
    expect(violations(ipInboundSubdomain, TYPE("FqdnConnection"), { inbound: { sipSubdomainReceiveSettings: "from_anyone" } })).toEqual([]);
  });

  it("asks each IP connection for an Ip in the stack that points at it", () => {
    const resource = (cls: string, name: string, connectionId?: string) => ({
      type: TYPE(cls), name, urn: `urn:pulumi:s::p::${TYPE(cls)}::${name}`, props: {},
      propertyDependencies: connectionId ? { connectionId: [{ urn: connectionId }] } : {},
    });
    const [withIp, without] = [resource("IpConnection", "trunk"), resource("IpConnection", "bare")];
    const stack = [withIp, without, resource("Ip", "pbx", withIp.urn), resource("Fqdn", "edge", without.urn)];
    const reported: [string, string | undefined][] = [];
    (ipAddressesDeclared as StackValidationPolicy).validateStack(
      { resources: stack } as unknown as StackValidationArgs,
      (message: string, urn?: string) => reported.push([message, urn]),
    );
    expect(reported).toEqual([
      [`bare (IpConnection): no Ip resource in this stack uses it (connectionId: <connection>.id); declare the addresses allowed to send it calls.`, without.urn],
    ]);
  });
});

describe("destinations", () => {
  const profile = TYPE("OutboundVoiceProfile");

  it("keeps a profile within allowedDestinations, in any case, Telnyx's default (US, CA) when it lists none", () => {
    const allowed = { allowedDestinations: ["US", "GB"] };
    expect(violations(destinations, profile, { ...limits, whitelistedDestinations: [" us", "gb", "FR"] }, allowed)).toEqual([
      "r (OutboundVoiceProfile): whitelistedDestinations includes FR, outside the allowed destinations (US, GB); remove them or add them to allowedDestinations in the policy configuration.",
    ]);
    expect(violations(destinations, profile, { ...limits }, allowed)).toEqual([expect.stringMatching(/includes CA, outside the allowed destinations/)]);
    expect(violations(destinations, profile, { ...limits }, { allowedDestinations: ["US", "CA"] })).toEqual([]);
  });

  it("names a high-risk destination once, as high-risk, even outside allowedDestinations", () => {
    expect(violations(destinations, profile, { ...limits, whitelistedDestinations: ["US", "CU"] }, { allowedDestinations: ["US"] })).toEqual([
      "r (OutboundVoiceProfile): whitelistedDestinations includes high-risk premium-rate destinations CU; remove them, or list them in allowedHighRiskDestinations in the policy configuration if you really call them.",
    ]);
  });

  it("judges only outbound voice profiles", () => {
    for (const kind of [...CONNECTIONS, "Ip"]) {
      expect(violations(destinations, TYPE(kind), { whitelistedDestinations: ["CU"] }, { allowedDestinations: ["US"] }), kind).toEqual([]);
      expect(violations(spendLimit, TYPE(kind), {}), kind).toEqual([]);
    }
  });
});

describe("spend limit", () => {
  const profile = TYPE("OutboundVoiceProfile");

  it("takes an amount as the API does (spaces around it), and nothing with more after it", () => {
    expect(violations(spendLimit, profile, { ...limits, dailySpendLimit: " 100.00 " })).toEqual([]);
    for (const bad of ["100abc", "abc100", "1e2"]) {
      expect(violations(spendLimit, profile, { ...limits, dailySpendLimit: bad }), bad).toEqual([
        expect.stringMatching(new RegExp(`dailySpendLimit "${bad}" is over the ceiling of 500 USD or not an amount`)),
      ]);
    }
  });

  it("names what is missing, each once", () => {
    expect(violations(spendLimit, profile, { dailySpendLimitEnabled: true, dailySpendLimit: "10" })).toEqual([
      "r (OutboundVoiceProfile): concurrentCallLimit is not set (unlimited); set it to at most 100.",
    ]);
    expect(violations(spendLimit, profile, { ...limits, dailySpendLimitEnabled: false })).toEqual([
      'r (OutboundVoiceProfile): dailySpendLimitEnabled must be true (with dailySpendLimit at most "500"), so a leaked credential costs at most a day\'s limit.',
    ]);
  });
});

describe("password strength", () => {
  it("judges credential and UAC connections' passwords, against their user name, and no other resource's", () => {
    const weak = { userName: "officepbx01", password: "X-officepbx01-Secret" };
    for (const kind of ["CredentialConnection", "UacConnection"]) {
      expect(violations(passwordStrength, TYPE(kind), weak), kind).toEqual([
        `r (${kind}): password contains the user name. Use a generated one, e.g. \`openssl rand -base64 24\`.`,
      ]);
    }
    for (const kind of ["IpConnection", "FqdnConnection", ...OTHERS]) expect(violations(passwordStrength, TYPE(kind), weak), kind).toEqual([]);
  });

  it("leaves a UAC connection without a password (Telnyx generates one) alone", () => {
    expect(violations(passwordStrength, TYPE("UacConnection"), { userName: "officepbx01" })).toEqual([]);
  });
});
