// One program, two Telnyx accounts: the stack config's and an explicit sip.Account, each on its own emulator that
// accepts only its own key. Resources, a component's children, lookups and `get` reach the right one, and the second
// key is only a secret.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const MAIN_KEY = "main-key-7c1d";
const STAGING_KEY = "staging-key-93ab";
const ROTATED_KEY = "staging-key-rotated-5e02";

describe("two accounts in one program", () => {
  let main: TestEmulator;
  let staging: TestEmulator;
  let t: TestStack;

  beforeAll(async () => {
    [main, staging] = await Promise.all([
      TestEmulator.start({ apiKeys: [MAIN_KEY] }),
      TestEmulator.start({ apiKeys: [STAGING_KEY] }),
    ]);
    t = await newStack(path.join(repoRoot, "test/fixtures/accounts"), "accounts");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: main.baseUrl },
      "telnyx:apiKey": { value: MAIN_KEY, secret: true },
      stagingUrl: { value: staging.baseUrl },
      stagingKey: { value: STAGING_KEY, secret: true },
      pbxPassword: { value: "Staging-pass-4411", secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await Promise.all([main?.close(), staging?.close()]);
  });

  it("creates each resource in its own account, and looks up and reads in either", async () => {
    const up = await t.stack.up();
    const ids = up.outputs.ids.value;
    expect((await main.only("outbound_voice_profiles")).id).toBe(ids.profile);
    const stagingProfiles = (await staging.collections()).outbound_voice_profiles.map((p) => p.id);
    expect(stagingProfiles.sort()).toEqual([ids.stagingProfile, ids.stagingTrunkProfile].sort());
    const trunk = await staging.only("ip_connections");
    expect([trunk.id, (await staging.only("ips")).connection_id]).toEqual([ids.stagingTrunk, ids.stagingTrunk]);
    const pbx = await staging.only("credential_connections");
    expect([pbx.id, pbx.outbound.outbound_voice_profile_id]).toEqual([ids.stagingPbx, ids.stagingProfile]);
    expect(await main.count()).toBe(1);
    expect(up.outputs.stagingPbxName).toEqual({ value: pbx.connection_name, secret: false }); // the key's secrecy stays with it
    expect(up.outputs.stagingProfileId.value).toBe(ids.stagingProfile);
    expect(up.outputs.readProfileDestinations.value).toEqual(["US"]);
    expect(stateText(t)).not.toContain(STAGING_KEY);
    await t.stack.preview({ expectNoChanges: true });
  });

  it("a rotated account key reaches the account's resources on the next up, and destroy uses it", async () => {
    await staging.acceptKeys([ROTATED_KEY]);
    await t.stack.setConfig("stagingKey", { value: ROTATED_KEY, secret: true });
    const up = await t.stack.up();
    expect(up.summary.resourceChanges).not.toHaveProperty("replace");
    expect(up.summary.resourceChanges).not.toHaveProperty("create");
    expect(stateText(t)).not.toContain(ROTATED_KEY);
    await t.stack.refresh();
    await t.stack.destroy();
    expect([await main.count(), await staging.count()]).toEqual([0, 0]);
  });
});
