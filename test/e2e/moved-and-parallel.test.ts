// Two things teams do that must not disturb a deployment: moving the project (and its state) to another directory,
// and deploying two stacks at once against one account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/lifecycle");

async function configure(t: TestStack, emu: TestEmulator, userName: string): Promise<void> {
  await t.stack.setAllConfig({
    "telnyx:baseUrl": { value: emu.baseUrl },
    "telnyx:apiKey": { value: "moved-test-key", secret: true },
    password: { value: "Moved-pass-4242", secret: true },
    token: { value: "moved-token-4242aa", secret: true },
    userName: { value: userName },
  });
}

describe("moving and parallel stacks", () => {
  let emu: TestEmulator;
  const stacks: TestStack[] = [];
  const copies: string[] = [];
  // Copies live inside the repo so `pulumi-telnyx-sip` resolves from its node_modules, as in a user's project.
  const copyOf = (from: string) => {
    const to = fs.mkdtempSync(path.join(repoRoot, "test/fixtures/.tmp-"));
    fs.cpSync(from, to, { recursive: true });
    copies.push(to);
    return to;
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
  });
  afterAll(async () => {
    stacks.forEach(removeStack);
    copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
    await emu?.close();
  });

  it("refreshes and previews no change after the project and its state move elsewhere", async () => {
    const original = copyOf(FIXTURE);
    const before = await newStack(original, "moving");
    stacks.push(before);
    await configure(before, emu, "moving01");
    await before.stack.up();

    const moved = copyOf(original);
    const movedBackend = fs.mkdtempSync(path.join(path.dirname(before.backendDir), "pulumi-backend-moved-"));
    fs.cpSync(before.backendDir, movedBackend, { recursive: true });
    fs.rmSync(original, { recursive: true, force: true });
    fs.rmSync(before.backendDir, { recursive: true, force: true });

    const after = await newStack(moved, "moving", {}, movedBackend);
    stacks.push(after);
    const refresh = await after.stack.refresh();
    expect(refresh.summary.result).toBe("succeeded");
    expect(refresh.summary.resourceChanges).toEqual({ same: 9 });
    await after.stack.preview({ expectNoChanges: true });
    await after.stack.destroy();
    expect(await emu.count()).toBe(0);
  });

  it("deploys two stacks at once against one account without interference", async () => {
    const [a, b] = await Promise.all([newStack(FIXTURE, "parallel-a"), newStack(FIXTURE, "parallel-b")]);
    stacks.push(a, b);
    await configure(a, emu, "parallela1");
    await configure(b, emu, "parallelb1");
    const ups = await Promise.all([a.stack.up(), b.stack.up()]);
    expect(ups.map((u) => u.summary.resourceChanges)).toEqual([{ create: 9 }, { create: 9 }]);
    const credentials = (await emu.collections()).credential_connections;
    expect(credentials.map((c) => c.user_name).sort()).toEqual(["parallela1", "parallelb1"]);
    expect(new Set(credentials.map((c) => c.connection_name)).size).toBe(2); // auto-names differ per stack
    await Promise.all([a.stack.preview({ expectNoChanges: true }), b.stack.preview({ expectNoChanges: true })]);
    await Promise.all([a.stack.destroy(), b.stack.destroy()]);
    expect(await emu.count()).toBe(0);
  });
});
