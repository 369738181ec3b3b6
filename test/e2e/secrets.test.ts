// A full lifecycle against an API that echoes every secret back, at the engine's most verbose safe log level, then a
// search of everything it left behind for every secret used or generated: state, `stack export`, `stack output`,
// every `--json`-style engine event stream, CLI output, engine and provider logs. None may appear in plaintext.
// Secrets are marked at the leaf: a change beside a secret shows in clear while the secret stays hidden.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { newStack, removeStack, repoRoot, runPulumi, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/lifecycle");
const SECRETS: Record<string, string> = {
  apiKey: "KEYsecret-0b5e7d1f9a",
  password: "Pw-secret-31d7c0e2",
  newPassword: "Pw-secret-8e44a1b7",
  token: "tok-secret-5c9f2a7e11",
};
// --debug with engine logs at -v=6. From -v=7 the Pulumi engine itself logs the default dynamic provider's inputs —
// the whole stack config, secrets included — in clear; engine-leak.test.ts shows it with a do-nothing provider.
const VERBOSE = { logVerbosity: 6, logToStdErr: true, debug: true } as const;

describe("secrets through a verbose lifecycle", () => {
  let emu: TestEmulator;
  let t: TestStack;
  const seen: string[] = [];
  const events: EngineEvent[] = [];
  const opts = { ...VERBOSE, onOutput: (o: string) => seen.push(o), onEvent: (e: EngineEvent) => events.push(e) };
  const record = (r: { stdout: string; stderr: string }) => seen.push(r.stdout, r.stderr);
  const cli = async (args: string[]) => record(await runPulumi(t, args, FIXTURE));

  beforeAll(async () => {
    emu = await TestEmulator.start({ secrets: "echo" }); // the worst case: the API sends secrets back in clear
    t = await newStack(FIXTURE, "secrets");
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

  it("shows a change beside a secret in clear, the secret itself never", async () => {
    record(await t.stack.up(opts));
    await t.stack.setConfig("channelLimit", { value: "7" });
    const before = events.length;
    record(await t.stack.preview(opts));
    const pre = events.slice(before).map((e) => e.resourcePreEvent?.metadata).find((m) => m?.urn.endsWith("::ip-connection"));
    expect(pre?.op).toBe("update");
    // The event stream's form of a secret: its envelope, with the value replaced.
    expect(pre?.new?.inputs.outbound).toMatchObject({ channelLimit: 7, ipAuthenticationToken: expect.objectContaining({ ciphertext: "[secret]" }) });
    record(await t.stack.up(opts));
  });

  it("never shows a secret, given or generated, in state, exports, outputs, event streams or logs", async () => {
    await t.stack.setConfig("password", { value: SECRETS.newPassword, secret: true });
    record(await t.stack.up(opts));
    const collections = await emu.collections();
    expect(collections.credential_connections[0].password).toBe(SECRETS.newPassword);
    // Secrets Telnyx made up, which no input marked: they must be secret outputs all the same.
    const generated = {
      fqdnConnectionPassword: collections.fqdn_connections[0].password,
      uacPassword: collections.uac_connections[0].password,
    };
    for (const value of Object.values(generated)) expect(value).toMatch(/^\w{8,}$/);
    record(await t.stack.refresh(opts));
    record(await t.stack.preview(opts));
    await cli(["preview", "--json"]);
    await cli(["stack", "export"]);
    await cli(["stack", "output", "--json"]);
    await cli(["stack", "history", "--json"]);
    seen.push(stateText(t));
    record(await t.stack.destroy(opts));

    const everything = [...seen, ...events.map((e) => JSON.stringify(e))].join("\n");
    if (process.env.SECRETS_TEST_DUMP) require("node:fs").writeFileSync(process.env.SECRETS_TEST_DUMP, [...seen.map((x, i) => `=== seen ${i}\n${x}`), ...events.map((e) => `=== event\n${JSON.stringify(e)}`)].join("\n"));
    expect(everything.length).toBeGreaterThan(100_000); // the verbose logs really were captured
    expect(events.length).toBeGreaterThan(50);
    for (const [name, value] of Object.entries({ ...SECRETS, ...generated })) {
      const at = everything.indexOf(value);
      const context = at < 0 ? "" : everything.slice(Math.max(0, at - 300), at + 100).replaceAll(value, `<${name}>`);
      expect(at, `${name} appears in plaintext: ...${context}...`).toBe(-1);
    }
  });
});
