// Refresh and destroy after the API key or base URL changed, with the real engine. Without --run-program the engine
// configures the provider from the config saved at the last `up`; with it, from the current config. Either way no
// request goes to a URL other than the one an object lives at.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const program = path.join(repoRoot, "test/fixtures/current-config");

describe("config that is current in refresh and destroy", () => {
  let a: TestEmulator;
  let b: TestEmulator;
  let t: TestStack | undefined;

  beforeAll(async () => {
    [a, b] = await Promise.all([TestEmulator.start({ apiKeys: ["key-1"] }), TestEmulator.start({ apiKeys: ["key-1"] })]);
  });
  beforeEach(async () => {
    if (t) removeStack(t);
    // A test may leave its objects behind (a refused destroy): each starts from an empty account.
    await a.reset();
    await a.acceptKeys(["key-1"]);
    t = await newStack(program, "current");
    await t.stack.setAllConfig({ "telnyx:baseUrl": { value: a.baseUrl }, "telnyx:apiKey": { value: "key-1", secret: true } });
    await t.stack.up();
    expect(await a.count()).toBe(2);
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await Promise.all([a?.close(), b?.close()]);
  });

  it("a rotated key: refresh and destroy use it with --run-program; without, they say which key they used", async () => {
    await a.acceptKeys(["key-2"]);
    await t!.stack.setConfig("telnyx:apiKey", { value: "key-2", secret: true });
    const stale = await t!.stack.refresh().catch((e: Error) => e.message);
    expect(stale).toMatch(/Telnyx API 401 on GET \/v2\/[a-z_]+\/\d+/);
    expect(stale).toContain("uses the API key saved at the last `pulumi up`");
    expect(stale).toContain("run `pulumi refresh --run-program`");
    expect(stale).not.toContain("key-1");

    const refresh = await t!.stack.refresh({ runProgram: true });
    expect(refresh.summary.result).toBe("succeeded");
    const destroy = await t!.stack.destroy({ runProgram: true });
    expect(destroy.summary.resourceChanges?.delete).toBe(3); // the two objects and the stack
    expect(await a.count()).toBe(0);
    expect(stateText(t!)).not.toContain("key-2");
  });

  it("a changed baseUrl: no request goes to the new URL for objects living at the old one, and the error says so", async () => {
    await t!.stack.setConfig("telnyx:baseUrl", { value: b.baseUrl });
    await b.resetRequests();
    for (const attempt of [() => t!.stack.destroy({ runProgram: true }), () => t!.stack.refresh({ runProgram: true }), () => t!.stack.up()]) {
      const message = await attempt().then(() => "succeeded", (e: Error) => e.message);
      expect(message).toContain(`it lives at ${a.baseUrl}, but this`);
      expect(message).toContain(`is configured for ${b.baseUrl}; nothing was sent`);
    }
    expect(await b.requests()).toEqual([]);
    expect(await a.count()).toBe(2);
    expect((await t!.stack.exportStack()).deployment.resources.filter((r: { type: string }) => r.type.includes("telnyx"))).toHaveLength(2);

  });

  it("the same API under a new address: refused until declared with TELNYX_SIP_MOVED_FROM, then recorded by refresh", async () => {
    const sameApi = a.baseUrl.replace("127.0.0.1", "localhost");
    await t!.stack.setConfig("telnyx:baseUrl", { value: sameApi });
    const refused = await t!.stack.destroy({ runProgram: true }).then(() => "succeeded", (e: Error) => e.message);
    expect(refused).toContain(`TELNYX_SIP_MOVED_FROM=${a.baseUrl}`);
    expect(await a.count()).toBe(2);

    const declared = await newStack(program, "current", { TELNYX_SIP_MOVED_FROM: a.baseUrl }, t!.backendDir);
    await declared.stack.refresh({ runProgram: true });
    expect(stateText(t!)).toContain(`u=${sameApi}`);
    expect(stateText(t!)).not.toContain(`u=${a.baseUrl}`);
    const destroy = await t!.stack.destroy({ runProgram: true });
    expect(destroy.summary.resourceChanges?.delete).toBe(3); // the two objects and the stack
    expect(await a.count()).toBe(0);
  });
});
