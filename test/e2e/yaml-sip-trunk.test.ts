// SipTrunk from Pulumi YAML: the plugin's Construct runs the TypeScript component in the plugin process, and the
// component's children are the plugin's own resources (telnyx-sip:index:IpConnection, ...), not dynamic ones. Deploy
// against the emulator, a no-change preview, a password rotation shown by field on the child, destroy; the trunk's
// passwords are in nothing printed or stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, runPulumi, stateText, type CommandResult, type TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/yaml-sip-trunk");
const SECRETS = { apiKey: "KEYsecret-yaml-trunk-8b2e", password: "Pw-yaml-trunk-secret-e41d07", newPassword: "Pw-yaml-trunk-secret-5f93aa" };

describe("SipTrunk from Pulumi YAML through the telnyx-sip provider plugin", () => {
  let emu: TestEmulator;
  let t: TestStack;
  let dir: string;
  const seen: string[] = [];
  const ok = async (args: string[]): Promise<string> => {
    const r: CommandResult = await runPulumi(t, args, dir);
    seen.push(r.stdout, r.stderr);
    expect(r.status, `pulumi ${args.join(" ")}\n${r.stdout}\n${r.stderr}`).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    emu = await TestEmulator.start({ secrets: "echo" });
    dir = fs.mkdtempSync(path.join(repoRoot, "test/fixtures/.tmp-yaml-trunk-"));
    fs.copyFileSync(path.join(FIXTURE, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    t = await newStack(dir, "trunk");
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

  it("deploys two trunks with the component's defaults and children of the plugin's own types", async () => {
    await ok(["up", "--yes"]);
    const { credential_connections, ip_connections, ips, outbound_voice_profiles } = await emu.collections();
    // One profile: the carrier trunk uses the office trunk's by id.
    expect(outbound_voice_profiles).toHaveLength(1);
    expect(outbound_voice_profiles[0].whitelisted_destinations).toEqual(["US", "CA"]);
    const profileId = outbound_voice_profiles[0].id;
    expect(credential_connections).toHaveLength(1);
    expect(credential_connections[0]).toMatchObject({
      user_name: "officetrunk01",
      password: SECRETS.password,
      inbound: { codecs: ["G722", "G711U", "G711A"] },
      outbound: { outbound_voice_profile_id: profileId, channel_limit: 4 },
    });
    expect(ip_connections).toHaveLength(1);
    // The component's defaults, as TypeScript programs get them.
    expect(ip_connections[0]).toMatchObject({
      inbound: { default_routing_method: "round-robin", sip_subdomain_receive_settings: "only_my_connections" },
      outbound: { outbound_voice_profile_id: profileId },
    });
    // Created in parallel, so in either order.
    expect(ips.map((ip: any) => [ip.ip_address, ip.port, ip.connection_id]).sort()).toEqual([
      ["192.0.2.10", 5060, ip_connections[0].id],
      ["192.0.2.11", 5080, ip_connections[0].id],
    ]);
    const outputs = await t.stack.outputs();
    expect(outputs.officeConnectionId.value).toBe(String(credential_connections[0].id));
    expect(outputs.officeProfileId.value).toBe(String(profileId));
    expect(outputs.carrierConnectionId.value).toBe(String(ip_connections[0].id));
    expect(outputs.carrierProfileId.value).toBe(String(profileId));

    const resources: { urn: string; type: string; custom: boolean }[] = (await t.stack.exportStack()).deployment.resources;
    const types = (kind: string) => resources.filter((r) => r.urn.split("::")[2].endsWith(kind)).map((r) => r.urn.split("::").slice(2).join("::"));
    expect(types("SipTrunk").sort()).toEqual(["telnyx:index:SipTrunk::carrier", "telnyx:index:SipTrunk::office"]);
    expect(types("CredentialConnection")).toEqual(["telnyx:index:SipTrunk$telnyx-sip:index:CredentialConnection::office"]);
    expect(types(":Ip").sort()).toEqual([
      "telnyx:index:SipTrunk$telnyx-sip:index:Ip::carrier-ip-192.0.2.10",
      "telnyx:index:SipTrunk$telnyx-sip:index:Ip::carrier-ip-192.0.2.11-5080",
    ]);
    expect(resources.filter((r) => r.type.startsWith("pulumi-nodejs:dynamic"))).toEqual([]);

    await ok(["preview", "--expect-no-changes"]);
  });

  it("shows a password rotation as a change of the trunk's connection's `password`, and only that", async () => {
    await t.stack.setConfig("pbxPassword", { value: SECRETS.newPassword, secret: true });
    const steps: { op: string; urn: string; detailedDiff?: Record<string, { kind: string }> | null }[] =
      JSON.parse(await ok(["preview", "--diff", "--json"])).steps;
    const changed = steps.filter((s) => s.op !== "same");
    expect(changed.map((s) => [s.op, s.urn.split("::").slice(2).join("::")])).toEqual([
      ["update", "telnyx:index:SipTrunk$telnyx-sip:index:CredentialConnection::office"],
    ]);
    expect(changed[0].detailedDiff).toEqual({ password: { kind: "update", inputDiff: true } });
    await ok(["up", "--yes"]);
    expect((await emu.collections()).credential_connections[0].password).toBe(SECRETS.newPassword);
  });

  it("keeps the passwords out of everything printed and stored; destroy empties the account", async () => {
    seen.push(stateText(t), await ok(["stack", "export"]));
    await ok(["destroy", "--yes"]);
    const left = await emu.collections();
    expect([left.credential_connections, left.ip_connections, left.ips, left.outbound_voice_profiles]).toEqual([[], [], [], []]);
    const everything = seen.join("\n");
    expect(everything).toContain("officetrunk01");
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
  });
});
