// Issue 26: an adoption shows in the engine as a create ("+ create", "N to create", "N created") though nothing is
// created. With the real CLI: the preview and the `up` say, per adopted resource, that it adopts an existing object,
// and the GitOps example's pull request comment (examples/gitops/preview-summary.js) counts adoptions apart from creates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { outboundVoiceProfile, TelnyxClient } from "../../sdk";
import { newStack, removeStack, repoRoot, runPulumi, type TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/run-output");
const SUMMARY = path.join(repoRoot, "examples/gitops/preview-summary.js");
const API_KEY = "adoption-shown-key";

describe("an adoption is named as one", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let id: string;
  const note = () => `outbound voice profile "outbound" adopts the existing outbound voice profile ${id}: nothing is created`;
  const pulumi = async (args: string[]): Promise<string> => {
    const r = await runPulumi(t, args, FIXTURE);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    return r.stdout + r.stderr;
  };

  beforeAll(async () => {
    emu = await TestEmulator.start();
    const client = new TelnyxClient({ apiKey: API_KEY, baseUrl: emu.baseUrl });
    // Made "in the portal": the program adopts it.
    id = String((await client.resource(outboundVoiceProfile).create({ name: "portal-made", whitelisted_destinations: ["US"] })).id);
    t = await newStack(FIXTURE, "adoption-shown");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: API_KEY, secret: true },
      pbxPassword: { value: "Adopt-shown-pass-01", secret: true },
      adoptProfile: { value: id },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("says so in the preview, and the PR comment's count has it apart from the creates", async () => {
    const preview = await pulumi(["preview"]);
    expect(preview).toContain("+ 6 to create"); // the engine's own count: the stack, the profile and four connections
    expect(preview).toContain(note());
    const comment = execFileSync(process.execPath, [SUMMARY, "prod"], { input: preview, encoding: "utf8" });
    expect(comment.split("\n")[0]).toBe(
      "Preview of `prod`: 1 to adopt (existing objects taken over by id: nothing is created), 5 to create.",
    );
    expect(comment).toContain(note()); // the preview itself, below the count
  }, 300_000);

  it("says so in the up, which creates nothing for it; once adopted, nothing more is said", async () => {
    const up = await pulumi(["up", "--yes"]);
    expect(up).toContain(note());
    expect((await emu.collections()).outbound_voice_profiles.map((p) => String(p.id))).toEqual([id]);
    const after = await pulumi(["preview", "--expect-no-changes"]);
    expect(after).not.toContain("adopts the existing");
  }, 300_000);
});
