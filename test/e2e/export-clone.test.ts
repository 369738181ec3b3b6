// Issue 7, done when: an existing account is exported to a program, adopted without a POST, deployed unchanged into an
// empty account (equal field by field), cloned next to itself under a name prefix, and drift is caught by preview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runExport } from "../../cli/export/command";
import type { GeneratedProject } from "../../cli/export/generate";
import { TelnyxClient } from "../../sdk";
import { comparableAccount } from "../cli/comparable-account";
import { buildSampleAccount } from "../cli/sample-account";
import { removeDir, tempProjectDir, typecheckProject } from "../cli/temp-project";
import { TestEmulator } from "./emulator";
import { newStack, removeStack, repoRoot, stateText, type TestStack } from "./pulumi";

const API_KEY = "export-clone-api-key";
type Config = Record<string, { value: string; secret?: boolean }>;

/** The `printf '%s\n' '<value>' | pulumi config set --secret -- '<key>'` lines of the export's secrets script, as config. */
function scriptSecrets(script: string): Config {
  const config: Config = {};
  for (const line of fs.readFileSync(script, "utf8").split("\n").filter((l) => l.startsWith("printf "))) {
    const m = /^printf '%s\\n' '((?:[^']|'\\'')*)' \| pulumi config set --secret -- '(\S+)'$/.exec(line);
    expect(m, `a secret the emulator echoes must be written in clear: ${line}`).not.toBeNull();
    config[m![2]] = { value: m![1].replace(/'\\''/g, "'"), secret: true };
  }
  return config;
}

describe("telnyx-sip export, adoption and clones", () => {
  let a: TestEmulator;
  let b: TestEmulator;
  let dir: string;
  let exported: GeneratedProject;
  let secrets: Config;
  let created: number;
  const stacks: TestStack[] = [];
  const stackFor = async (name: string, emu: TestEmulator, config: Config = {}) => {
    const t = await newStack(dir, name);
    stacks.push(t);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: API_KEY, secret: true },
      ...secrets,
      ...config,
    });
    return t;
  };

  beforeAll(async () => {
    [a, b] = await Promise.all([TestEmulator.start({ secrets: "echo" }), TestEmulator.start({ secrets: "echo" })]);
    created = await buildSampleAccount(new TelnyxClient({ apiKey: API_KEY, baseUrl: a.baseUrl }));
    dir = tempProjectDir("export-clone");
    const stdout: string[] = [];
    exported = await runExport(
      { out: dir, baseUrl: a.baseUrl, project: "exported-account" },
      { env: { TELNYX_API_KEY: API_KEY }, stdout: (l) => stdout.push(l), stderr: () => {} },
    );
    expect(stdout).toEqual([path.join(dir, "set-secrets.sh")]);
    secrets = scriptSecrets(stdout[0]);
  });
  afterAll(async () => {
    stacks.forEach(removeStack);
    if (dir) removeDir(dir);
    await Promise.all([a?.close(), b?.close()]);
  });

  it("exports every object the account has, into a program that type-checks", async () => {
    expect(created).toBeGreaterThanOrEqual(30);
    const declared = Object.values(exported.counts).reduce((n, c) => n + c, 0);
    expect(declared).toBe(created); // the 3 FQDN records Telnyx manages are not declared
    expect(Object.keys(exported.counts)).toHaveLength(8);
    expect(exported.skipped).toEqual([]);
    expect(Object.keys(secrets).sort()).toEqual([
      "carrier1OutboundIpAuthenticationToken", "customerPbx1ExternalUacSettingsPassword", "customerPbx1Password",
      "customerPbx2ExternalUacSettingsPassword", "customerPbx2Password", "officePbx1Password", "officePbx2Password",
      "officePbx3Password",
    ]);
    expect(typecheckProject(dir)).toBe("");
  });

  let adopted: TestStack;
  it("adopts the account: up sends no POST, only the ownership tag of each taggable object, and preview then shows no change", async () => {
    adopted = await stackFor("adopt", a);
    const before = await a.collections();
    await a.resetRequests();
    const up = await adopted.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: created + 1 }); // + the stack itself
    const tagged = ["credential_connections", "ip_connections", "fqdn_connections", "uac_connections", "outbound_voice_profiles"];
    const patches = tagged.flatMap((c) => (before[c] ?? []).map((o) => `PATCH /v2/${c}/${o.id}`)).sort();
    expect((await a.writes()).map((w) => `${w.method} ${w.path}`).sort()).toEqual(patches);
    // Nothing but the tag changed: each object carries exactly one ownership tag more than before.
    const withoutOwnTag = (all: Record<string, Record<string, any>[]>) =>
      Object.fromEntries(Object.entries(all).map(([c, list]) => [c, list.map(({ updated_at, ...o }) =>
        Array.isArray(o.tags) ? { ...o, tags: o.tags.filter((tag: string) => !tag.startsWith("pulumi-telnyx-sip:")) } : o)]));
    const after = await a.collections();
    expect(withoutOwnTag(after)).toEqual(withoutOwnTag(before));
    for (const c of tagged) for (const o of after[c] ?? []) expect(o.tags.filter((tag: string) => tag.startsWith("pulumi-telnyx-sip:")), `${c} ${o.id}`).toHaveLength(1);
    await adopted.stack.preview({ expectNoChanges: true });
    for (const value of [API_KEY, ...Object.values(secrets).map((s) => s.value)]) expect(stateText(adopted)).not.toContain(value);
  });

  it("keeps the objects unchanged once adoptId is gone from the program", async () => {
    await adopted.stack.setConfig("adopt", { value: "false" });
    await adopted.stack.preview({ expectNoChanges: true });
  });

  it("deploys the same program into an empty account, equal field by field", async () => {
    expect(await b.count()).toBe(0);
    const clone = await stackFor("account-b", b, { adopt: { value: "false" } });
    const up = await clone.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: created + 1 });
    expect(comparableAccount(await b.collections())).toEqual(comparableAccount(await a.collections()));
  });

  it("clones the account next to itself under a name prefix", async () => {
    const original = await a.collections();
    const stg = await stackFor("stg", a, { adopt: { value: "false" }, namePrefix: { value: "stg-" } });
    await a.resetRequests();
    const up = await stg.stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: created + 1 });
    expect((await a.requests()).filter((r) => r.method === "POST")).toHaveLength(created);
    const now = await a.collections();
    for (const [collection, field] of [
      ["credential_connections", "connection_name"], ["ip_connections", "connection_name"], ["fqdn_connections", "connection_name"],
      ["uac_connections", "connection_name"], ["outbound_voice_profiles", "name"],
    ]) {
      const names = original[collection].map((o) => String(o[field]));
      expect(now[collection].map((o) => o[field]).sort(), collection).toEqual([...names, ...names.map((n) => `stg-${n}`)].sort());
    }
    // Each copy uses the copied profile, not the original's.
    const stgProfiles = new Set(now.outbound_voice_profiles.filter((p) => p.name.startsWith("stg-")).map((p) => p.id));
    const stgConnections = now.credential_connections.filter((c) => c.connection_name.startsWith("stg-"));
    expect(stgConnections.map((c) => stgProfiles.has(c.outbound.outbound_voice_profile_id))).toEqual([true, true, true]);
    expect(stgConnections.map((c) => c.user_name).sort()).toEqual(["stgofficepbx01", "stgofficepbx02", "stgofficepbx03"]);
  });

  it("fails a refreshing preview on drift, naming the resource and the field", async () => {
    const pbx = (await a.collections()).credential_connections.find((c) => c.connection_name === "office-pbx-2")!;
    await a.changeBehindTheBack("credential_connections", pbx.id, { inbound: { channel_limit: 99 } });
    const drift = adopted.stack.preview({ refresh: true, expectNoChanges: true, diff: true });
    await expect(drift).rejects.toThrow(/office-pbx-2[\s\S]*channelLimit[\s\S]*99/);
  });

  it("reports the drifted resource and field with the GitOps example's drift-check.sh", async () => {
    const script = path.join(repoRoot, "examples/gitops/drift-check.sh");
    const check = await new Promise((resolve) => {
      const env = { ...process.env, ...adopted.env };
      // A bounded wait: a stuck preview fails this test instead of holding up the suite.
      execFile("bash", [script, "adopt"], { cwd: dir, env, timeout: 180_000 }, (err, stdout, stderr) =>
        resolve({ status: err?.code ?? 0, stdout, stderr }),
      );
    });
    expect(check).toEqual({
      status: 1,
      stdout: "Drift: 1 resource(s) changed outside Pulumi.\n" +
        "office-pbx-2 (CredentialConnection):\n  inbound.channelLimit: 10 -> 99 (in the program: the next up puts it back)\n",
      stderr: "",
    });
  });
});
