// What Pulumi itself prints in clear, shown on a do-nothing dynamic resource that does not use this package: with
// --debug, @pulumi/pulumi logs each RegisterResource response, secret outputs in clear; this package cuts those out of
// the debug log (secrets.test.ts finds nothing at --debug -v=6). The engine of CLI 3.248 also logged the dynamic
// provider's configuration (the whole stack config, decrypted) at -v=7; the CLI that npm test runs no longer does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";

const GIVEN = "noop-given-secret-93d0aa";
const GENERATED = "noop-generated-secret-6f1c";

describe("secrets Pulumi itself prints", () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await newStack(path.join(repoRoot, "test/fixtures/noop-dynamic"), "leaks");
    await t.stack.setConfig("given", { value: GIVEN, secret: true });
  });
  afterAll(() => {
    if (t) removeStack(t);
  });

  it("logs secret outputs at --debug with no provider code involved, and keeps the stack config out of -v=7 logs", async () => {
    const up = await t.stack.up({ logVerbosity: 7, logToStdErr: true, debug: true });
    const logs = `${up.stdout}\n${up.stderr}`;
    expect(logs).toMatch(/Config\(urn:pulumi:leaks::noop-dynamic::pulumi:providers:pulumi-nodejs::default\) executing/);
    expect(logs).not.toContain(GIVEN);
    // A response runs over several lines (it holds the serialized provider) and shows whole in the diagnostics; the
    // secret is in one of them, before the next log line.
    const responses = logs.split("RegisterResource RPC finished: resource:noop[").slice(1).map((s) => s.split(/\n[^\S\n]*(?:\S+[^\S\n]+)*debug: /)[0]);
    expect(responses.some((r) => r.includes(GENERATED))).toBe(true);
    const state = stateText(t); // the state itself keeps both encrypted
    expect(state).not.toContain(GIVEN);
    expect(state).not.toContain(GENERATED);
  });
});
