// A full lifecycle at the engine's most verbose log level, then a search of everything it left behind — state, CLI
// output, engine and provider logs — for every secret used: none may appear in plaintext.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const SECRETS = {
  apiKey: "KEYsecret-0b5e7d1f9a",
  password: "Pw-secret-31d7c0e2",
  newPassword: "Pw-secret-8e44a1b7",
  token: "tok-secret-5c9f2a7e11",
};
// --debug with engine logs at -v=6. From -v=7 the Pulumi engine itself logs the default dynamic provider's inputs —
// the whole stack config, secrets included — in clear ("Planner decided to create ... pulumi-nodejs::default
// (inputs=map[...])"); no provider can prevent that, so the README warns against sharing such logs.
const VERBOSE = { logVerbosity: 6, logToStdErr: true, debug: true } as const;

describe("secrets through a verbose lifecycle", () => {
  let emu: TestEmulator;
  let t: TestStack;
  const seen: string[] = [];
  const record = (r: { stdout: string; stderr: string }) => seen.push(r.stdout, r.stderr);

  beforeAll(async () => {
    emu = await TestEmulator.start({ secrets: "echo" }); // the worst case: the API sends secrets back in clear
    t = await newStack(path.join(repoRoot, "test/fixtures/lifecycle"), "secrets");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: SECRETS.apiKey, secret: true },
      password: { value: SECRETS.password, secret: true },
      token: { value: SECRETS.token, secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("never shows a secret in state, output or logs", async () => {
    record(await t.stack.up({ ...VERBOSE, onOutput: (o) => seen.push(o) }));
    await t.stack.setConfig("password", { value: SECRETS.newPassword, secret: true });
    record(await t.stack.up({ ...VERBOSE, onOutput: (o) => seen.push(o) }));
    expect((await emu.collections()).credential_connections[0].password).toBe(SECRETS.newPassword);
    record(await t.stack.refresh({ ...VERBOSE, onOutput: (o) => seen.push(o) }));
    record(await t.stack.preview({ ...VERBOSE, onOutput: (o) => seen.push(o) }));
    seen.push(stateText(t), JSON.stringify(await t.stack.outputs()));
    record(await t.stack.destroy({ ...VERBOSE, onOutput: (o) => seen.push(o) }));

    const everything = seen.join("\n");
    expect(everything.length).toBeGreaterThan(100_000); // the verbose logs really were captured
    for (const [name, value] of Object.entries(SECRETS)) {
      const at = everything.indexOf(value);
      const context = at < 0 ? "" : everything.slice(Math.max(0, at - 300), at + 100).replaceAll(value, `<${name}>`);
      expect(at, `${name} appears in plaintext: ...${context}...`).toBe(-1);
    }
  });
});
