// Issue 15: the policy pack shipped in policy/, run by the real engine (`pulumi preview --policy-pack`). Every rule
// fires on a program that breaks it, naming the resource and the field; none fires on the repo's examples.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type { EngineEvent, PolicyEvent } from "@pulumi/pulumi/automation";
import { TestEmulator } from "./emulator";
import { newStack, removeStack, repoRoot, type TestStack } from "./pulumi";

// As a user runs it: from the installed package (scripts/setup.sh installs this build as an npm install would).
const POLICY_PACK = path.join(repoRoot, "node_modules/pulumi-telnyx-sip/policy");
const API_KEY = "policy-api-key";
const STACK = "policy-e2e";
const SECRETS = { pbxPassword: "Example-pbx-pass-4821", uacPassword: "Example-uac-pass-7305", weakPassword: "weakpass1" };

const examplesDir = path.join(repoRoot, "examples");
const examples = fs.readdirSync(examplesDir).filter((e) => fs.existsSync(path.join(examplesDir, e, "Pulumi.yaml")));

/** Preview with the policy pack; the policy events it reported and whether the preview passed. */
async function previewWithPolicies(t: TestStack, configFile?: string) {
  const events: PolicyEvent[] = [];
  const onEvent = (e: EngineEvent) => e.policyEvent && events.push(e.policyEvent);
  const options = { policyPacks: [POLICY_PACK], policyPackConfigs: configFile ? [configFile] : undefined, onEvent };
  const passed = await t.stack.preview(options).then(() => true, (err: Error) => err);
  return { events, passed };
}

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

  it.each(examples)("stays silent on example %s, with the default configuration", async (example) => {
    const t = await stackFor(path.join(examplesDir, example));
    const { events, passed } = await previewWithPolicies(t);
    expect(events.map((e) => `${e.policyName}: ${e.message}`)).toEqual([]);
    expect(passed).toBe(true);
  });
});
