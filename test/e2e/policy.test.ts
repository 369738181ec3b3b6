// Issue 15: the policy pack shipped in policy/, run by the real engine (`pulumi preview --policy-pack`). Every rule
// fires on a program that breaks it, naming the resource and the field; none fires on the repo's examples.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type { EngineEvent, PolicyEvent } from "@pulumi/pulumi/automation";
import { outboundVoiceProfile, TelnyxClient } from "../../sdk";
import { TestEmulator } from "./emulator";
import { newStack, removeStack, repoRoot, type TestStack } from "./pulumi";

// As a user runs it: from the installed package (scripts/setup.sh installs this build as an npm install would).
const POLICY_PACK = path.join(repoRoot, "node_modules/pulumi-telnyx-sip/policy");
const API_KEY = "policy-api-key";
const STACK = "policy-e2e";
const SECRETS = { pbxPassword: "Example-pbx-pass-4821", uacPassword: "Example-uac-pass-7305", weakPassword: "weakpass1" };

const examplesDir = path.join(repoRoot, "examples");
const examples = fs.readdirSync(examplesDir).filter((e) => fs.existsSync(path.join(examplesDir, e, "Pulumi.yaml")));

/** Preview (or `up`) with the policy pack; the policy events it reported and whether it passed. */
async function withPolicies(t: TestStack, configFile?: string, command: "preview" | "up" = "preview") {
  const events: PolicyEvent[] = [];
  const onEvent = (e: EngineEvent) => e.policyEvent && events.push(e.policyEvent);
  const options = { policyPacks: [POLICY_PACK], policyPackConfigs: configFile ? [configFile] : undefined, onEvent };
  const passed = await t.stack[command](options).then(() => true, (err: Error) => err);
  return { events, passed };
}
const previewWithPolicies = (t: TestStack, configFile?: string) => withPolicies(t, configFile);

/** An event's message without the policy's description, which the engine puts on the lines before it. */
const violation = (e: PolicyEvent) => e.message.trim().split("\n").at(-1)!;
/** "<policy> [<level>] <message>" of each event about the resource `name`. */
const about = (events: PolicyEvent[], name: string) =>
  events.filter((e) => violation(e).startsWith(`${name} (`)).map((e) => `${e.policyName} [${e.enforcementLevel}] ${violation(e)}`);

describe("the guardrails policy pack", () => {
  let emu: TestEmulator;
  const stacks: TestStack[] = [];
  const stackFor = async (workDir: string) => {
    const t = await newStack(workDir, STACK);
    stacks.push(t);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: API_KEY, secret: true },
      ...Object.fromEntries(Object.entries(SECRETS).map(([k, value]) => [k, { value, secret: true }])),
    });
    return t;
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
  });
  afterAll(async () => {
    stacks.forEach(removeStack);
    await emu?.close();
  });

  it("fires every rule on a program that breaks them, naming resource and field, and fails the preview", async () => {
    const t = await stackFor(path.join(repoRoot, "test/fixtures/policy-bad"));
    const { events, passed } = await previewWithPolicies(t, path.join(repoRoot, "test/fixtures/policy-bad/guardrails.json"));
    expect(passed).toBeInstanceOf(Error); // mandatory violations stop the preview
    const found = events.map((e) => `${e.policyName} [${e.enforcementLevel}] ${e.message.trim()}`).sort();
    const expected: [string, string, RegExp][] = [
      ["telnyx-outbound-spend-limit", "mandatory", /open-profile \(OutboundVoiceProfile\): dailySpendLimitEnabled must be true/],
      ["telnyx-outbound-spend-limit", "mandatory", /open-profile \(OutboundVoiceProfile\): dailySpendLimit "5000.00" is over the ceiling of 500 USD/],
      ["telnyx-outbound-spend-limit", "mandatory", /open-profile \(OutboundVoiceProfile\): concurrentCallLimit is not set/],
      ["telnyx-outbound-destinations", "mandatory", /open-profile \(OutboundVoiceProfile\): whitelistedDestinations includes high-risk premium-rate destinations CU, SO/],
      ["telnyx-outbound-destinations", "mandatory", /open-profile \(OutboundVoiceProfile\): whitelistedDestinations includes FR, outside the allowed destinations \(US, CA, GB\)/],
      ["telnyx-sip-password-strength", "mandatory", /weak-pbx \(CredentialConnection\): password is shorter than 14 characters/],
      ["telnyx-transport-encryption", "mandatory", /weak-pbx \(CredentialConnection\): encryptedMedia must be "SRTP"/],
      ["telnyx-transport-encryption", "mandatory", /open-ip-trunk \(IpConnection\): transportProtocol must be "TLS" \(requireTls is on\); it is "UDP"/],
      ["telnyx-transport-encryption", "mandatory", /open-ip-trunk \(IpConnection\): encryptedMedia must be "SRTP"/],
      ["telnyx-ip-inbound-declared-only", "mandatory", /open-ip-trunk \(IpConnection\): inbound.sipSubdomainReceiveSettings is "from_anyone"/],
      ["telnyx-ip-connection-has-addresses", "mandatory", /open-ip-trunk \(IpConnection\): no Ip resource in this stack uses it/],
      ["telnyx-channel-limits", "advisory", /weak-pbx \(CredentialConnection\): inbound.channelLimit is not set/],
      ["telnyx-channel-limits", "advisory", /weak-pbx \(CredentialConnection\): outbound.channelLimit is not set/],
      ["telnyx-channel-limits", "advisory", /open-ip-trunk \(IpConnection\): outbound.channelLimit is not set/],
    ];
    for (const [policy, level, message] of expected) {
      expect(events.filter((e) => e.policyName === policy && e.enforcementLevel === level && message.test(e.message)), `${policy}: ${message}\nfound:\n${found.join("\n")}`).toHaveLength(1);
    }
    expect(events).toHaveLength(expected.length);
    expect(found.join("\n")).not.toContain(SECRETS.weakPassword);
    expect(await emu.writes()).toEqual([]);
  });

  // Issue 28: each way around the guardrails found by the review is a mandatory violation at preview, and `up` with
  // the pack stops before anything is written. One preview of test/fixtures/policy-bypass, one resource per bypass.
  describe("fails closed on the bypasses of issue 28", () => {
    let preview: Awaited<ReturnType<typeof withPolicies>>;
    let t: TestStack;
    const config = path.join(repoRoot, "test/fixtures/policy-bad/guardrails.json"); // allowedDestinations US, CA, GB
    beforeAll(async () => {
      const client = new TelnyxClient({ apiKey: API_KEY, baseUrl: emu.baseUrl });
      const open = await client.resource(outboundVoiceProfile).create({
        name: "open-in-telnyx", whitelisted_destinations: ["CU", "SO", "FR"],
        daily_spend_limit_enabled: true, daily_spend_limit: "100.00", concurrent_call_limit: 10,
      });
      t = await stackFor(path.join(repoRoot, "test/fixtures/policy-bypass"));
      await t.stack.setConfig("openProfileId", { value: String(open.id) });
      await emu.resetRequests();
      preview = await withPolicies(t, config);
    }, 300_000);

    it("fails the preview, and names nothing about the resources that follow every rule", () => {
      expect(preview.passed).toBeInstanceOf(Error);
      expect(about(preview.events, "anchor")).toEqual([]);
    });
    it("(a) a value unknown at preview: destinations and a password computed from another resource's id", () => {
      expect(about(preview.events, "late-destinations")).toEqual([
        expect.stringMatching(/^telnyx-outbound-destinations \[mandatory\] late-destinations \(OutboundVoiceProfile\): whitelistedDestinations is not known at preview/),
      ]);
      expect(about(preview.events, "late-password")).toEqual([
        expect.stringMatching(/^telnyx-sip-password-strength \[mandatory\] late-password \(CredentialConnection\): password is not known at preview/),
      ]);
    });
    it("(b) dailySpendLimitEnabled true with dailySpendLimit null", () => {
      expect(about(preview.events, "null-limit")).toEqual([
        expect.stringMatching(/^telnyx-outbound-spend-limit \[mandatory\] null-limit \(OutboundVoiceProfile\): dailySpendLimit is not set/),
      ]);
    });
    it("(c) an adopted profile whitelisting CU, SO, FR in Telnyx, its destinations left out of the program", () => {
      expect(about(preview.events, "adopted-open")).toEqual([
        expect.stringMatching(/^telnyx-outbound-destinations \[mandatory\] adopted-open \(OutboundVoiceProfile\): whitelistedDestinations is left out of the program of an adopted object .*declare whitelistedDestinations/),
      ]);
    });
    it("(d) the package's provider registered under another type name", () => {
      expect(about(preview.events, "disguised")).toEqual([
        expect.stringMatching(/^telnyx-outbound-destinations \[mandatory\] disguised \(OutboundVoiceProfile\): whitelistedDestinations includes high-risk premium-rate destinations CU, SO/),
      ]);
    });
    // The Automation API's `up` skips the preview: the pack checks each resource as it is about to be written, with
    // its values known, so the late destinations and password are judged as they are. The engine stops at the first
    // mandatory violation; whichever it meets first, nothing but the compliant anchor may be written.
    it("`up --skip-preview` with the pack stops on a violation and writes nothing that breaks a rule", async () => {
      const up = await withPolicies(t, config, "up");
      expect(up.passed).toBeInstanceOf(Error);
      const allowed = [
        /^adopted-open \(OutboundVoiceProfile\): whitelistedDestinations is left out/,
        /^disguised \(OutboundVoiceProfile\): whitelistedDestinations includes high-risk premium-rate destinations CU, SO/,
        /^late-destinations \(OutboundVoiceProfile\): whitelistedDestinations includes high-risk premium-rate destinations CU, SO/,
        /^late-password \(CredentialConnection\): password is shorter than 14 characters/,
        /^null-limit \(OutboundVoiceProfile\): dailySpendLimit is not set/,
      ];
      const mandatory = up.events.filter((e) => e.enforcementLevel === "mandatory").map(violation);
      expect(mandatory.length).toBeGreaterThan(0);
      for (const message of mandatory) expect(allowed.some((re) => re.test(message)), message).toBe(true);
      for (const w of await emu.writes()) expect(`${w.method} ${w.path}`).toBe("POST /v2/outbound_voice_profiles");
      const { outbound_voice_profiles: profiles, credential_connections: credentials } = await emu.collections();
      expect(credentials ?? []).toEqual([]);
      for (const p of profiles) expect(p.name).toMatch(/^(anchor-[0-9a-f]{7}|open-in-telnyx)$/);
      expect(profiles.find((p) => p.name === "open-in-telnyx")?.whitelisted_destinations).toEqual(["CU", "SO", "FR"]);
    }, 300_000);
  });

  it.each(examples)("stays silent on example %s, with the default configuration", async (example) => {
    const t = await stackFor(path.join(examplesDir, example));
    const { events, passed } = await previewWithPolicies(t);
    expect(events.map((e) => `${e.policyName}: ${e.message}`)).toEqual([]);
    expect(passed).toBe(true);
  });
});
