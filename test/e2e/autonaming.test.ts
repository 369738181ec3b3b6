// The `pulumi:autonaming` stack config names the resources a program leaves unnamed, with the real engine.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const program = path.join(repoRoot, "test/fixtures/autonaming");

describe("pulumi:autonaming", () => {
  let emu: TestEmulator;
  let t: TestStack | undefined;

  beforeAll(async () => {
    emu = await TestEmulator.start();
  });
  afterEach(async () => {
    if (t) {
      await t.stack.destroy().catch(() => undefined);
      removeStack(t);
    }
  });
  afterAll(async () => {
    await emu?.close();
  });

  async function stackWith(autonaming: Record<string, unknown>): Promise<TestStack> {
    t = await newStack(program, "names");
    await t.stack.setAllConfig({ "telnyx:baseUrl": { value: emu.baseUrl }, "telnyx:apiKey": { value: "naming-key", secret: true } });
    for (const [key, value] of Object.entries(autonaming)) {
      await t.stack.setConfig(`pulumi:autonaming.${key}`, { value: String(value) }, true);
    }
    return t;
  }

  it("a pattern, with the stack, the name and random characters that stay the same on every run and config change", async () => {
    const s = await stackWith({ pattern: "${stack}-${name}-${hex(6)}" });
    const up = await s.stack.up();
    expect(up.outputs.profileName.value).toMatch(/^names-outbound-[0-9a-f]{6}$/);
    expect(up.outputs.trunkName.value).toMatch(/^names-trunk-[0-9a-f]{6}$/);
    await s.stack.preview({ expectNoChanges: true });
    // Names already given are kept when the config changes, even to `disabled`.
    await s.stack.removeConfig("pulumi:autonaming");
    await s.stack.setConfig("pulumi:autonaming.mode", { value: "disabled" }, true);
    await s.stack.preview({ expectNoChanges: true });
  });

  it("verbatim: the resource's own name; a per-type entry wins over the top level", async () => {
    const s = await stackWith({
      mode: "verbatim",
      "providers.pulumi-nodejs.resources.pulumi-nodejs:dynamic/telnyx:IpConnection.pattern": "trunk-of-${project}",
    });
    const up = await s.stack.up();
    expect(up.outputs.profileName.value).toBe("outbound");
    expect(up.outputs.trunkName.value).toBe("trunk-of-autonaming");
  });

  it("disabled: preview fails naming the field to give, before any request", async () => {
    const s = await stackWith({ mode: "disabled" });
    await emu.resetRequests();
    const message = await s.stack.preview().then(() => "succeeded", (e: Error) => e.message);
    expect(message).toContain(
      'outbound voice profile "outbound", field name: required, because pulumi:autonaming is disabled for this resource type',
    );
    expect(await emu.writes()).toEqual([]);
  });
});
