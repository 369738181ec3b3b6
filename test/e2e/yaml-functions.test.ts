// The lookups from Pulumi YAML, as the telnyx-sip package's functions served by the plugin's Invoke: the same lookup
// code TypeScript programs call, in the account the plugin is configured with, with the same one-line failures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, runPulumi, type TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/yaml-lookups");
const API_KEY = "KEYsecret-yaml-lookups-5e0a";

describe("Pulumi YAML lookups through the telnyx-sip provider plugin", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let dir: string;
  const post = async (collection: string, body: object): Promise<string> => {
    const res = await fetch(`${emu.baseUrl}/${collection}`, {
      method: "POST",
      headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return String(((await res.json()) as { data: { id: string } }).data.id);
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
    dir = fs.mkdtempSync(path.join(repoRoot, "test/fixtures/.tmp-yaml-lookups-"));
    fs.copyFileSync(path.join(FIXTURE, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    t = await newStack(dir, "lookups");
  });
  afterAll(async () => {
    if (t) removeStack(t);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await emu?.close();
  });

  it("returns what the account holds, and fails naming the lookup and what to check", async () => {
    const profileId = await post("outbound_voice_profiles", { name: "main-profile", whitelisted_destinations: ["US", "CA"] });
    const connectionId = await post("ip_connections", { connection_name: "trunk-a" });
    const officeId = await post("credential_connections", { connection_name: "office", user_name: "office01", password: "Pw-lookup-1a2b3c" });
    await emu.setRegistration({ connection_id: officeId, status: "Registered" });
    await t.stack.setAllConfig({
      "telnyx-sip:baseUrl": { value: emu.baseUrl },
      "telnyx-sip:apiKey": { value: API_KEY, secret: true },
      profileName: { value: "main-profile" },
    });
    await t.stack.up();
    const outputs = await t.stack.outputs();
    expect(outputs.profileId.value).toBe(profileId);
    expect(outputs.destinations.value).toEqual(["US", "CA"]);
    expect(outputs.trunkName.value).toBe("trunk-a");
    expect(outputs.connectionId.value).toBe(connectionId);
    expect(outputs.connectionType.value).toBe("ip_connection");
    expect(outputs.calls.value).toEqual([]);
    expect(outputs.registration.value).toMatchObject({ source: "credentialConnection", registered: true, state: "registered" });
    expect(outputs.registration.value.details.status).toBe("Registered");
    expect(outputs.sipRegistration.value).toMatchObject({
      source: "sipRegistrationStatus", registered: true, state: "registered", lastResponse: "200 OK",
    });

    await t.stack.setConfig("profileName", { value: "Main-Profile" });
    const r = await runPulumi(t, ["preview"], dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'getOutboundVoiceProfile: no outbound voice profiles named "Main-Profile"; check the name (it is case-sensitive)',
    );
  });
});
