// Issue 15: environments inside one shared PostgreSQL backend, with the command sequence of examples/gitops/README.md:
// an existing account exported and adopted as `prod`, deployed into a second account, and cloned next to itself as
// `staging` (name prefix). The three stacks live side by side in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { credentialConnection, ip, ipConnection, outboundVoiceProfile, TelnyxClient } from "../../sdk";
import { comparableAccount } from "../cli/comparable-account";
import { removeDir, tempProjectDir } from "../cli/temp-project";
import { TestEmulator } from "./emulator";
import { Pipeline } from "./pipeline";
import { PostgresServer } from "./postgres-server";
import { repoRoot } from "./pulumi";

const API_KEY = "pg-clone-api-key";

/** A small existing account: a profile, a PBX trunk and an IP trunk with its address. */
async function seed(client: TelnyxClient): Promise<number> {
  const profile = await client.resource(outboundVoiceProfile).create({
    name: "main-profile", whitelisted_destinations: ["US", "CA"], concurrent_call_limit: 10,
    daily_spend_limit: "50.00", daily_spend_limit_enabled: true,
  });
  await client.resource(credentialConnection).create({
    connection_name: "office-pbx", user_name: "officepbx01", password: "Office-Pbx-Secret-7731",
    inbound: { channel_limit: 8 }, outbound: { outbound_voice_profile_id: String(profile.id), channel_limit: 8 },
  });
  const trunk = await client.resource(ipConnection).create({
    connection_name: "carrier", inbound: { channel_limit: 30 }, outbound: { outbound_voice_profile_id: String(profile.id) },
  });
  await client.resource(ip).create({ ip_address: "192.0.2.40", connection_id: String(trunk.id), port: 5060 });
  return 4;
}

describe("environments in the shared PostgreSQL backend", () => {
  let pg: PostgresServer;
  let a: TestEmulator;
  let b: TestEmulator;
  let infra: string;
  let p: Pipeline;
  let objects: number;

  beforeAll(async () => {
    [pg, a, b] = await Promise.all([PostgresServer.start(), TestEmulator.start({ secrets: "echo" }), TestEmulator.start({ secrets: "echo" })]);
    objects = await seed(new TelnyxClient({ apiKey: API_KEY, baseUrl: a.baseUrl }));
    infra = tempProjectDir("pg-clone-infra");
    p = new Pipeline(infra, { backendUrl: pg.url, telnyxBaseUrl: a.baseUrl, apiKey: API_KEY });
  });
  afterAll(async () => {
    if (infra) removeDir(infra);
    await Promise.all([pg?.destroy(), a?.close(), b?.close()]);
  });

  /** `pulumi stack init <stack>`, the export's secrets script, the given config, then `pulumi up`. */
  const deploy = async (stack: string, config: Record<string, string>) => {
    await p.ok("stack", "init", stack);
    const secrets = await p.run("sh", [path.join(infra, "set-secrets.sh")]);
    expect(secrets.status, secrets.stderr).toBe(0);
    for (const [key, value] of Object.entries(config)) await p.ok("config", "set", key, value);
    return p.ok("up", "--yes");
  };

  it("exports the account and adopts it as prod, writing nothing but each taggable object's ownership tag", async () => {
    const exported = await p.run(process.execPath, [path.join(repoRoot, "bin/telnyx-sip.js"), "export", "--out", infra]);
    expect(exported.status, exported.stderr).toBe(0);
    // Revealed secrets go to an owner-only script (its path is all stdout says), one `pulumi config set` a line, the value on stdin.
    expect(exported.stdout.trim()).toBe(path.join(infra, "set-secrets.sh"));
    const lines = fs.readFileSync(path.join(infra, "set-secrets.sh"), "utf8").split("\n").filter((l) => l.includes(" | pulumi "));
    expect(lines.map((l) => / -- '(\S+)'$/.exec(l)?.[1])).toEqual(["officePbxPassword"]);
    const before = await a.collections();
    await a.resetRequests();
    await deploy("prod", {});
    // Adoption writes one thing: the tag that marks a connection or profile as this stack's (README, "Identity").
    const tagged = ["credential_connections", "ip_connections", "fqdn_connections", "uac_connections", "outbound_voice_profiles"];
    const writes = await a.writes();
    expect(writes.every((w) => w.method === "PATCH" && tagged.some((c) => w.path.startsWith(`/v2/${c}/`))), JSON.stringify(writes)).toBe(true);
    expect(writes.length).toBe(tagged.reduce((n, c) => n + (before[c]?.length ?? 0), 0));
    await p.ok("preview", "--expect-no-changes");
  });

  it("deploys the same program into a second account, equal field by field", async () => {
    await deploy("account-b", { adopt: "false", "telnyx:baseUrl": b.baseUrl });
    expect(await b.count()).toBe(objects);
    expect(comparableAccount(await b.collections())).toEqual(comparableAccount(await a.collections()));
  });

  it("clones prod next to itself as staging, under a name prefix", async () => {
    const before = await a.count();
    await deploy("staging", { adopt: "false", namePrefix: "stg-" });
    expect(await a.count()).toBe(before + objects);
    const names = (await a.collections()).credential_connections.map((c) => c.connection_name).sort();
    expect(names).toEqual(["office-pbx", "stg-office-pbx"]);
  });

  it("keeps the three stacks side by side in the database", async () => {
    const stacks = JSON.parse((await p.ok("stack", "ls", "--json")).stdout).map((s: { name: string }) => s.name).sort();
    expect(stacks).toEqual(["account-b", "prod", "staging"]);
    const keys = pg.query("SELECT key FROM pulumi_state WHERE key LIKE 'postgres/.pulumi/stacks/%.json'").split("\n");
    expect(keys.map((k) => path.basename(k)).sort()).toEqual(["account-b.json", "prod.json", "staging.json"]);
  });
});
