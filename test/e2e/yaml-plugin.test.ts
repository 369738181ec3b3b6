// The telnyx-sip provider plugin from a Pulumi YAML program, with the real engine and pulumi-language-yaml (built by
// scripts/setup-yaml.sh) against the in-process emulator: deploy, a no-change preview, a password rotation shown by
// field, `pulumi import` of an object made outside Pulumi, drift caught by refresh, destroy. Every secret, given or
// generated, is searched for in everything the run printed or stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, runPulumi, stateText, type CommandResult, type TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/yaml-trunk");
const SECRETS = { apiKey: "KEYsecret-yaml-4d1c9e", password: "Pw-yaml-secret-7a21f0", newPassword: "Pw-yaml-secret-c39e52" };

interface PreviewStep {
  op: string;
  urn: string;
  detailedDiff?: Record<string, { kind: string }> | null;
}

describe("Pulumi YAML through the telnyx-sip provider plugin", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let dir: string;
  const seen: string[] = [];
  const pulumi = async (args: string[]): Promise<CommandResult> => {
    const r = await runPulumi(t, args, dir);
    seen.push(r.stdout, r.stderr);
    return r;
  };
  const ok = async (args: string[]): Promise<string> => {
    const r = await pulumi(args);
    expect(r.status, `pulumi ${args.join(" ")}\n${r.stdout}\n${r.stderr}`).toBe(0);
    return r.stdout;
  };
  const previewSteps = async (): Promise<PreviewStep[]> => JSON.parse(await ok(["preview", "--diff", "--json"])).steps;
  const stepOf = (steps: PreviewStep[], name: string) => steps.find((s) => s.urn.endsWith(`::${name}`));

  beforeAll(async () => {
    // The worst case for secrets: an API that sends them back in clear.
    emu = await TestEmulator.start({ secrets: "echo" });
    // One folder deeper than the fixture, as its `packages` path expects; `.tmp-*` is git-ignored.
    dir = fs.mkdtempSync(path.join(repoRoot, "test/fixtures/.tmp-yaml-"));
    fs.copyFileSync(path.join(FIXTURE, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    t = await newStack(dir, "yaml");
    await t.stack.setAllConfig({
      "telnyx-sip:baseUrl": { value: emu.baseUrl },
      "telnyx-sip:apiKey": { value: SECRETS.apiKey, secret: true },
      pbxPassword: { value: SECRETS.password, secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await emu?.close();
  });

  it("deploys, then previews no change", async () => {
    await ok(["up", "--yes"]);
    const { credential_connections, outbound_voice_profiles, fqdn_connections } = await emu.collections();
    expect(credential_connections).toHaveLength(1);
    expect(credential_connections[0]).toMatchObject({
      user_name: "officepbx01",
      password: SECRETS.password,
      outbound: { outbound_voice_profile_id: outbound_voice_profiles[0].id, channel_limit: 5 },
    });
    // Auto-named as the TypeScript resources name them: the resource name and a suffix fixed per stack.
    expect(credential_connections[0].connection_name).toMatch(/^office-pbx-[0-9a-f]{7}$/);
    expect(fqdn_connections).toHaveLength(1);
    const outputs = await t.stack.outputs();
    expect(outputs.connectionId.value).toBe(String(credential_connections[0].id));
    expect(outputs.dtmfType.value).toBe("RFC 2833");
    await ok(["preview", "--expect-no-changes"]);
  });

  it("names the plugin's own setting, telnyx-sip:apiKey, when the API refuses the key (issue 26)", async () => {
    await emu.acceptKeys(["another-key-only"]);
    try {
      const refused = await pulumi(["refresh", "--yes"]);
      const text = refused.stdout + refused.stderr;
      expect(refused.status).not.toBe(0);
      expect(text).toContain(
        "The API key was refused: check telnyx-sip:apiKey (`pulumi config set --secret telnyx-sip:apiKey <key>`, which " +
          "wins over TELNYX_API_KEY; an explicit telnyx-sip provider's apiKey for its resources): missing, mistyped or " +
          "revoked, or a key for another API than telnyx-sip:baseUrl",
      );
      // The TypeScript resources' setting, which a YAML program cannot set.
      expect(text).not.toContain("telnyx:apiKey");
    } finally {
      await emu.acceptKeys([SECRETS.apiKey]);
    }
  });

  it("shows a password rotation as a change of `password`, and only that, never its value", async () => {
    await t.stack.setConfig("pbxPassword", { value: SECRETS.newPassword, secret: true });
    const steps = await previewSteps();
    expect(stepOf(steps, "office-pbx")).toMatchObject({ op: "update", detailedDiff: { password: { kind: "update" } } });
    expect(Object.keys(stepOf(steps, "office-pbx")!.detailedDiff!)).toEqual(["password"]);
    expect(steps.filter((s) => s.op !== "same").map((s) => s.urn.split("::").pop())).toEqual(["office-pbx"]);
    const text = await ok(["preview", "--diff"]);
    expect(text).toMatch(/~ password: \[secret\] => \[secret\]/);
    await ok(["up", "--yes"]);
    expect((await emu.only("credential_connections")).password).toBe(SECRETS.newPassword);
    await ok(["preview", "--expect-no-changes"]);
  });

  it("imports an IP connection made outside Pulumi, and the generated YAML runs with no change", async () => {
    const res = await fetch(`${emu.baseUrl}/ip_connections`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRETS.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ connection_name: "carrier-outside", transport_protocol: "TCP", tags: ["carrier"] }),
    });
    const id = String(((await res.json()) as { data: { id: string } }).data.id);
    const generated = path.join(dir, "imported.yaml");
    await ok(["import", "telnyx-sip:index:IpConnection", "carrier", id, "--yes", "--protect=false", "--out", generated]);
    const code = fs.readFileSync(generated, "utf8");
    expect(code).toContain("type: telnyx-sip:IpConnection");
    expect(code).toContain("connectionName: carrier-outside");
    expect(code).not.toContain("__");
    // The generated resource, added to the program as `pulumi import` tells its user to do.
    const program = fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8");
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), program.replace("outputs:", `${code.replace(/^resources:\n/, "")}outputs:`));
    await ok(["preview", "--expect-no-changes"]);
    expect((await emu.collections()).ip_connections.map((c) => c.id)).toEqual([id]);
  });

  it("refresh catches drift, and the next preview names the drifted field", async () => {
    const carrier = await emu.only("ip_connections");
    await fetch(`${emu.baseUrl}/ip_connections/${carrier.id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${SECRETS.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ transport_protocol: "UDP" }),
    });
    await ok(["refresh", "--yes"]);
    const state = (await t.stack.exportStack()).deployment.resources.find((r: { urn: string }) => r.urn.endsWith("::carrier"));
    expect(state.outputs.transportProtocol).toBe("UDP");
    expect(stepOf(await previewSteps(), "carrier")).toMatchObject({ op: "update", detailedDiff: { transportProtocol: { kind: "update" } } });
    await ok(["up", "--yes"]);
    expect((await emu.only("ip_connections")).transport_protocol).toBe("TCP");
  });

  it("refuses bad input at preview with the TypeScript resources' message, and takes an object over with the import option", async () => {
    const programFile = path.join(dir, "Pulumi.yaml");
    const program = fs.readFileSync(programFile, "utf8");
    fs.writeFileSync(programFile, program.replace('whitelistedDestinations: ["US", "CA"]', 'whitelistedDestinations: ["US", "usa"]'));
    const bad = await pulumi(["preview"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout + bad.stderr).toContain("field whitelistedDestinations[1]: must be an ISO 3166-1 alpha-2 country code");
    const res = await fetch(`${emu.baseUrl}/ip_connections`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRETS.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ connection_name: "backup-outside", transport_protocol: "TCP" }),
    });
    const id = String(((await res.json()) as { data: { id: string } }).data.id);
    const backup = `  backup:\n    type: telnyx-sip:IpConnection\n    properties:\n      connectionName: backup-outside\n      transportProtocol: TCP\n    options:\n      import: "${id}"\n`;
    fs.writeFileSync(programFile, program.replace("outputs:", `${backup}outputs:`));
    expect(await ok(["up", "--yes"])).toMatch(/= 1 imported/);
    expect((await emu.collections()).ip_connections.map((c) => c.connection_name).sort()).toEqual(["backup-outside", "carrier-outside"]);
    await ok(["preview", "--expect-no-changes"]);
  });

  it("keeps every secret, given or generated, out of the state, exports and output; destroy empties the account", async () => {
    const generated = (await emu.only("fqdn_connections")).password;
    expect(generated).toMatch(/^\w{8,}$/);
    await ok(["stack", "output", "--json"]);
    seen.push(stateText(t));
    // The secrets are in the state encrypted, the given one in the inputs too; the generated one is a secret output.
    const resources: { urn: string; inputs: any; outputs: any }[] = JSON.parse(await ok(["stack", "export"])).deployment.resources;
    const office = resources.find((r) => r.urn.endsWith("::office-pbx"))!;
    expect(office.inputs.password).toMatchObject({ ciphertext: expect.any(String) });
    expect(office.outputs.password).toMatchObject({ ciphertext: expect.any(String) });
    expect(office.outputs.outbound.channelLimit).toBe(5); // only the secret leaf is secret
    const livekit = resources.find((r) => r.urn.endsWith("::livekit"))!;
    expect(livekit.outputs.password).toMatchObject({ ciphertext: expect.any(String) });
    await ok(["destroy", "--yes"]);
    expect(await emu.count()).toBe(0);
    const everything = seen.join("\n");
    for (const [name, value] of Object.entries({ ...SECRETS, generated })) {
      expect(everything.includes(value), `${name} in clear`).toBe(false);
    }
  });
});
