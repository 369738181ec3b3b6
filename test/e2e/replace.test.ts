// Replacements the engine decides without asking the provider: `pulumi up --replace` on every resource type at once,
// and the create-first order (`deleteBeforeReplace: false`). Each must end with exactly one live object per resource,
// the one the state points to.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { LIFECYCLE_OBJECTS, TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/lifecycle");

describe("replacements in both orders", () => {
  let emu: TestEmulator;
  let t: TestStack;

  const counts = () => emu.counts();
  const managed = async () =>
    ((await t.stack.exportStack()).deployment.resources as any[]).filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
  /** Every id in the state is a live object. */
  const stateIsLive = async () => {
    const live = new Set(Object.values(await emu.collections()).flat().map((o) => String(o.id)));
    for (const r of await managed()) expect(live.has(String(r.id)), `${r.urn} points at ${r.id}`).toBe(true);
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(FIXTURE, "replace");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "replace-test-key", secret: true },
      password: { value: "Replace-pass-41", secret: true },
      token: { value: "replace-token-5522aa", secret: true },
    });
    await t.stack.up();
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("replaces every resource type with --replace, leaving one live object each, the one in the state", async () => {
    const before = new Map((await managed()).map((r) => [r.urn, String(r.id)]));
    expect(before.size).toBe(8);
    const up = await t.stack.up({ replace: [...before.keys()] });
    expect(up.summary.resourceChanges).toMatchObject({ replace: 8 });
    expect(await counts()).toEqual(LIFECYCLE_OBJECTS);
    for (const r of await managed()) expect(String(r.id), `${r.urn} got a new object`).not.toBe(before.get(r.urn));
    await stateIsLive();
    await t.stack.preview({ expectNoChanges: true });
  });

  it("creates first with deleteBeforeReplace: false and still ends with one object each", async () => {
    await t.stack.setConfig("createFirst", { value: "true" });
    await t.stack.up();
    const before = new Map((await managed()).map((r) => [r.urn, String(r.id)]));
    const createFirst = [...before.keys()].filter((urn) => !/CredentialConnection|UacConnection/.test(urn));
    await emu.resetRequests();
    await t.stack.up({ replace: createFirst });
    // Create first: each replacement's POST comes before the old object's DELETE.
    const log = await emu.requests();
    const firstDelete = log.findIndex((r) => r.method === "DELETE");
    expect(log.slice(0, firstDelete).filter((r) => r.method === "POST")).toHaveLength(createFirst.length);
    expect(await counts()).toEqual(LIFECYCLE_OBJECTS);
    await stateIsLive();
  });

  it("refuses create-first for a SIP user name that must stay unique, keeping the live object", async () => {
    const credential = (await managed()).find((r) => r.urn.endsWith("CredentialConnection::credential"));
    const message = await t.stack.up({ replace: [credential.urn] }).then(() => "", (e: Error) => e.message);
    expect(message).toMatch(/user name lifecycle01 is already in use/);
    expect(message).toMatch(/deleteBeforeReplace/);
    expect(await counts()).toEqual(LIFECYCLE_OBJECTS);
    await stateIsLive();
  });
});
