// What removing a field from a program does, through the real engine: the preview shows each removed field going back
// to its default, `up` resets it on the API object, and nothing shows afterwards; `removedFields: "keep"` leaves the
// object alone; a removed field with no default is refused at preview, before any API call.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/removed-fields");

describe("fields removed from a program", () => {
  let emu: TestEmulator;
  let t: TestStack;

  const stage = (value: string) => t.stack.setConfig("stage", { value });
  const credential = () => emu.only("credential_connections");
  const profile = () => emu.only("outbound_voice_profiles");
  const writes = async () => (await emu.requests()).filter((r) => r.method !== "GET");
  /** The declared stage's values, as the API holds them. */
  const expectDeclaredValues = async () => {
    expect(await credential()).toMatchObject({
      dtmf_type: "Inband", webhook_event_url: "https://hooks.example.com/pbx",
      jitter_buffer: { enable_jitter_buffer: true }, inbound: { channel_limit: 5, codecs: ["G711U"] },
    });
    expect(await profile()).toMatchObject({ enabled: false, daily_spend_limit: "100.00", daily_spend_limit_enabled: true, whitelisted_destinations: ["GB"] });
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(FIXTURE, "removed");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "removed-test-key", secret: true },
      password: { value: "Removed-pass-77", secret: true },
      stage: { value: "declared" },
    });
    await t.stack.up();
    await expectDeclaredValues();
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("previews each removed field going back to its default, resets it on up, and shows nothing afterwards", async () => {
    await stage("removed");
    const preview = await t.stack.preview({ diff: true });
    expect(preview.changeSummary).toMatchObject({ update: 2 });
    // Each removed field shows going back to its default; one whose default is "unset" shows as removed.
    for (const line of [
      /~ dtmfType\s*: "Inband" => "RFC 2833"/, /- webhookEventUrl\s*: "https:\/\/hooks\.example\.com\/pbx"/,
      /~ enableJitterBuffer\s*: true => false/, /- channelLimit\s*: 5/,
      /~ enabled\s*: false => true/, /~ dailySpendLimitEnabled\s*: true => false/, /- dailySpendLimit\s*: "100\.00"/,
      /~ \[0\]: "GB" => "US"/,
    ]) {
      expect(preview.stdout).toMatch(line);
    }
    await t.stack.up();
    const c = await credential();
    expect(c).toMatchObject({ dtmf_type: "RFC 2833", jitter_buffer: { enable_jitter_buffer: false }, inbound: { channel_limit: null, codecs: ["G711U"] } });
    expect(c.webhook_event_url ?? null).toBeNull();
    // Only what was declared is reset: the jitter buffer's other settings were never the program's.
    expect(c.jitter_buffer).toMatchObject({ jitterbuffer_msec_min: 60, jitterbuffer_msec_max: 200 });
    expect(await profile()).toMatchObject({ enabled: true, daily_spend_limit: null, daily_spend_limit_enabled: false, whitelisted_destinations: ["US", "CA"] });
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.refresh();
    await t.stack.preview({ expectNoChanges: true });
  });

  it('leaves the object as it is with removedFields: "keep"', async () => {
    await stage("declared");
    await t.stack.up();
    await expectDeclaredValues();
    await stage("kept");
    await emu.resetRequests();
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.up();
    expect(await writes()).toEqual([]);
    await expectDeclaredValues();
  });

  it("refuses at preview a removed field that has no default, naming it, with no API write", async () => {
    await stage("detached");
    await emu.resetRequests();
    const failed = await t.stack.preview().then(() => undefined, (err: Error) => err);
    expect(failed?.message).toMatch(/IP "ip", field connectionId: removed from the program.*removedFields: "keep"/);
    expect(await writes()).toEqual([]);
    expect((await emu.only("ips")).connection_id).toBe((await emu.only("ip_connections")).id);
  });
});
