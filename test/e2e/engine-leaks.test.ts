// What Pulumi itself prints in clear, shown on a do-nothing dynamic resource that does not use this package: at -v=7
// the engine logs the dynamic provider's configuration (the whole stack config, secrets decrypted), and with --debug
// @pulumi/pulumi logs each RegisterResource response, secret outputs in clear. No provider can stop the first (the
// README says so); this package cuts the second out of the debug log (secrets.test.ts finds nothing at --debug -v=6).
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

  it("logs the stack config in clear at -v=7, and secret outputs at --debug, with no provider code involved", async () => {
    const up = await t.stack.up({ logVerbosity: 7, logToStdErr: true, debug: true });
    const logs = `${up.stdout}\n${up.stderr}`;
    expect(logs).toContain(GIVEN);
    expect(logs).toMatch(new RegExp(`RegisterResource RPC finished: .*${GENERATED}`));
    const state = stateText(t); // the state itself keeps both encrypted
    expect(state).not.toContain(GIVEN);
    expect(state).not.toContain(GENERATED);
  });
});
