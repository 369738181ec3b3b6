// The real engine, end to end, on the smallest dynamic resource: proves the CLI, our language host and the
// dynamic-provider plugin work from the repo's own files.
import { afterAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";

describe("the Pulumi engine on a tiny dynamic resource", () => {
  let t: TestStack;
  afterAll(() => t && removeStack(t));

  it("runs up, no-change preview, refresh and destroy, and keeps the secret encrypted", async () => {
    t = await newStack(path.join(repoRoot, "test/fixtures/tiny"));
    await t.stack.setConfig("token", { value: "tiny-secret-token-8431", secret: true });

    const up = await t.stack.up();
    expect(up.summary.result).toBe("succeeded");
    expect(up.summary.resourceChanges, up.stdout).toEqual({ create: 2 });
    expect(up.outputs.label.value).toBe("hello");

    const preview = await t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary.same).toBe(2);

    const refresh = await t.stack.refresh();
    expect(refresh.summary.result).toBe("succeeded");

    const state = stateText(t);
    expect(state).toContain("pulumi-nodejs:dynamic/tiny:Tiny");
    expect(state).toContain("ciphertext");
    expect(state).not.toContain("tiny-secret-token-8431");

    await t.stack.setConfig("label", { value: "changed" });
    const update = await t.stack.up();
    expect(update.summary.resourceChanges?.update).toBe(1);

    const destroy = await t.stack.destroy();
    expect(destroy.summary.result).toBe("succeeded");
    const exported = await t.stack.exportStack();
    expect(exported.deployment.resources ?? []).toHaveLength(0);
  });
});
