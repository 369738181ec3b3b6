// Every folder under examples/ deployed as a user would, each against an emulator of its own: up, no-change previews
// (also after a refresh), the emulator holding what the stack says it created, a state free of secrets and of this
// machine's paths, and a destroy that leaves nothing behind. A new example is covered by being there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { resources } from "../../sdk/resources";
import { kindOf } from "../../provider/core/type-token";
import { newStack, removeStack, repoRoot, stateText, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const examplesDir = path.join(repoRoot, "examples");
const examples = fs
  .readdirSync(examplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.existsSync(path.join(examplesDir, e.name, "Pulumi.yaml")))
  .map((e) => e.name);

const API_KEY = "examples-api-key-3390";
// Secrets the examples read from config, set on every stack: an example ignores those it does not use.
const SECRETS = { pbxPassword: "Example-pbx-pass-4821", uacPassword: "Example-uac-pass-7305" };
const STACK = "examples-e2e";

type Collections = Record<string, Record<string, any>[]>;

// Beyond "it exists": settings an example relies on without declaring them, checked where the API holds them.
const settingsChecks: Record<string, (c: Collections) => void> = {
  // The SipTrunk component's defaults and wiring.
  "sip-trunk-component": (c) => {
    const [ipConnection] = c.ip_connections;
    const [credential] = c.credential_connections;
    const [fqdnConnection] = c.fqdn_connections;
    expect(ipConnection.inbound).toMatchObject({
      codecs: ["G722", "G711U", "G711A"],
      default_routing_method: "round-robin",
      channel_limit: 20,
      sip_subdomain_receive_settings: "only_my_connections",
    });
    expect(fqdnConnection.inbound.sip_subdomain_receive_settings).toBe("only_my_connections");
    expect(credential.inbound.codecs).toEqual(["G722", "G711U", "G711A"]);
    expect(fqdnConnection.inbound.codecs).toEqual(["OPUS", "G722", "G711U"]);
    expect(fqdnConnection.inbound.default_routing_method).not.toBe("round-robin"); // a single FQDN
    expect(c.outbound_voice_profiles).toHaveLength(1); // created once, shared by id
    const [profile] = c.outbound_voice_profiles;
    expect([...profile.whitelisted_destinations].sort()).toEqual(["CA", "MX", "US"]);
    for (const conn of [ipConnection, credential, fqdnConnection]) {
      expect(conn.outbound.outbound_voice_profile_id).toBe(profile.id);
    }
    expect(c.ips.map((ip) => ip.connection_id)).toEqual([ipConnection.id, ipConnection.id]);
    const livekit = c.fqdns.filter((f) => f.connection_id === fqdnConnection.id);
    expect(livekit.map((f) => f.fqdn)).toEqual(["5t4jkx2m9qa.sip.livekit.cloud"]);
  },
};

interface StateResource {
  type: string;
  id: string;
  outputs: { __provider: string };
}

it("finds the examples", () => {
  expect(examples.length).toBeGreaterThan(0);
});

describe.each(examples)("example %s", (example) => {
  const workDir = path.join(examplesDir, example);
  let emu: TestEmulator;
  let t: TestStack;
  let telnyxResources: StateResource[];

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(workDir, STACK);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: API_KEY, secret: true },
      ...Object.fromEntries(Object.entries(SECRETS).map(([key, value]) => [key, { value, secret: true }])),
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    // The stack's config file lands next to the example: it must not stay in the repo.
    fs.rmSync(path.join(workDir, `Pulumi.${STACK}.yaml`), { force: true });
    await emu?.close();
  });

  it("deploys, with every output resolved", async () => {
    const up = await t.stack.up();
    expect(up.summary.result).toBe("succeeded");
    expect(Object.keys(up.outputs).length).toBeGreaterThan(0);
    for (const [name, output] of Object.entries(up.outputs)) expect(output.value, name).not.toBeUndefined();
    const deployment = (await t.stack.exportStack()).deployment;
    telnyxResources = deployment.resources.filter((r: StateResource) =>
      r.type.startsWith("pulumi-nodejs:dynamic/telnyx:"),
    );
    expect(telnyxResources.length).toBeGreaterThan(0);
  });

  it("previews no change, also after a refresh", async () => {
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.refresh();
    await t.stack.preview({ expectNoChanges: true });
  });

  it("leaves in the emulator every resource the stack holds, as declared", async () => {
    const collections = await emu.collections();
    for (const r of telnyxResources) {
      const collection = resources[kindOf(r.type)!].path.slice(1);
      expect(collections[collection]?.map((item) => item.id), `${r.type} ${r.id}`).toContain(r.id);
    }
    settingsChecks[example]?.(collections);
  });

  it("keeps secrets and this machine's paths out of the state", async () => {
    const state = stateText(t);
    for (const secret of [API_KEY, ...Object.values(SECRETS)]) expect(state).not.toContain(secret);
    const localPaths = [repoRoot, os.homedir(), "/root", "/work"];
    for (const r of telnyxResources) {
      for (const local of localPaths) expect(r.outputs.__provider, r.type).not.toContain(local);
    }
    expect(state).not.toContain(repoRoot);
  });

  it("destroys everything, leaving the emulator empty", async () => {
    const destroy = await t.stack.destroy();
    expect(destroy.summary.result).toBe("succeeded");
    expect(await emu.count()).toBe(0);
  });
});
