// What a user does, outside this repo: `npm pack` as on a fresh clone, then, on each leg of the compatibility matrix
// (scripts/compat-matrix.json: that leg's Node.js, @pulumi/pulumi from the registry and Pulumi CLI), the user project
// the README shows (its package.json, tsconfig.json, Pulumi.yaml and index.ts, copied from the README, the tarball in
// vendor/), installed with `npm install` and configured as the README says. Against an emulator: up, a no-change
// preview, an update, refresh, destroy. The Pulumi CLI type-checks the program, as it does for users.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { compatLeg, matrix, type CompatLeg } from "./compat-legs";
import { TestEmulator } from "./emulator";
import { gitRepoOfFreshClone, packFreshClone, tarballFiles } from "./pack";
import { repoRoot } from "./pulumi";

const DISPATCH = "pulumi-telnyx-sip/dist/provider/core/dispatch";
/** The provider module of a kind: what resources created since 0.3.0 store. */
const kindModule = (kind: string) => `pulumi-telnyx-sip/dist/provider/kinds/${kind}`;
const PROVIDER_METHODS = ["configure", "check", "diff", "create", "read", "update", "delete"];
// Hangs only: one npm install or Pulumi command on a busy 2-core machine takes well under a minute.
const COMMAND_TIMEOUT = 600_000;

/** The files of the user project the README shows: each ```<language> <file name> block of "Use it in your project". */
function readmeProject(): Record<string, string> {
  const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Use it in your project")) ?? "";
  const files = Object.fromEntries([...section.matchAll(/^```\w+ ([\w.]+)\n([\s\S]*?)^```/gm)].map((m) => [m[1], m[2]]));
  expect(Object.keys(files).sort(), 'README.md, "Use it in your project": its file blocks').toEqual(["Pulumi.yaml", "index.ts", "package.json", "tsconfig.json"]);
  return files;
}

/** A user's shell: none of this repo's, this test runner's or the running npm's variables. */
const shellEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PULUMI_|TELNYX_|npm_|NODE_OPTIONS$|VITEST)/i.test(k)));

/** The leg's binaries first on PATH, and a Pulumi home and self-managed backend of the project's own. */
function userEnv(leg: CompatLeg, work: string): NodeJS.ProcessEnv {
  return {
    ...shellEnv(),
    PATH: [leg.pulumiBin, leg.nodeBin, process.env.PATH].join(path.delimiter),
    PULUMI_HOME: path.join(work, "pulumi-home"),
    PULUMI_BACKEND_URL: `file://${path.join(work, "state")}`,
    PULUMI_CONFIG_PASSPHRASE: "user-project-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    // This machine reaches no plugin server; everything the engine needs sits beside the CLI.
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
}

let packed: Awaited<ReturnType<typeof packFreshClone>>;
beforeAll(async () => {
  packed = await packFreshClone();
}, COMMAND_TIMEOUT);
afterAll(() => packed?.cleanup());

describe("the tarball", () => {
  it("ships the compiled package, its two commands, its provider plugin, its policy pack, user docs, README and LICENSE, and nothing else", () => {
    const files = tarballFiles(packed.tarball);
    const shipped = /^(LICENSE|README\.md|package\.json|bin\/telnyx-(sip|emulator)\.js|plugin\/bin\/pulumi-resource-telnyx-sip|docs\/(resources|export|emulator)\.md|policy\/(PulumiPolicy\.yaml|package\.json)|dist\/(index|(sdk|provider|emulator|cli|policy|plugin)\/.+)\.(js|d\.ts))$/;
    expect(files.filter((f) => !shipped.test(f))).toEqual([]);
    for (const needed of ["LICENSE", "README.md", "dist/index.js", "dist/index.d.ts", "dist/provider/core/dispatch.js",
      "dist/provider/kinds/ipConnection.js",
      "dist/cli/main.js", "dist/emulator/cli.js", "bin/telnyx-sip.js", "docs/resources.md",
      "plugin/bin/pulumi-resource-telnyx-sip", "dist/plugin/main.js",
      "policy/PulumiPolicy.yaml", "policy/package.json", "dist/policy/index.js"]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith("dist/scripts/") || f.startsWith("dist/test/"))).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
    expect(pkg.license).toBe("Apache-2.0");
    expect(fs.readFileSync(path.join(repoRoot, "LICENSE"), "utf8")).toContain("Apache License\n                           Version 2.0");
  });
});

describe("installing from a git URL", () => {
  it("builds the package on install (the `prepare` script): the same files as the tarball", async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "git-install-"));
    try {
      const repo = path.join(work, "repo");
      gitRepoOfFreshClone(repo);
      const project = path.join(work, "project");
      fs.mkdirSync(project);
      fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "git-user", private: true }));
      const install = ["install", "--no-audit", "--no-fund", `git+file://${repo}`, `@pulumi/pulumi@${matrix.oldest.pulumi}`];
      await promisify(execFile)("npm", install, { cwd: project, env: shellEnv(), timeout: COMMAND_TIMEOUT });
      const installed = path.join(project, "node_modules/pulumi-telnyx-sip");
      const files = (fs.readdirSync(installed, { recursive: true }) as string[])
        .filter((f) => !f.startsWith("node_modules") && fs.statSync(path.join(installed, f)).isFile());
      expect(files.sort()).toEqual(tarballFiles(packed.tarball).sort());
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }, 2 * COMMAND_TIMEOUT);
});

describe.each(Object.keys(matrix))("a user's own project, on the '%s' leg of the matrix", (legName) => {
  const API_KEY = `user-key-${legName}-4410`;
  const PBX_PASSWORD = `User-pbx-${legName}-8812`;
  let leg: CompatLeg;
  let emu: TestEmulator;
  let work: string;
  let project: string;
  let env: NodeJS.ProcessEnv;

  async function sh(command: string, ...args: string[]): Promise<string> {
    try {
      const { stdout } = await promisify(execFile)(command, args, {
        cwd: project, env, timeout: COMMAND_TIMEOUT, maxBuffer: 64 << 20, encoding: "utf8",
      });
      return stdout;
    } catch (e) {
      const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
      throw new Error(`\`${command} ${args.join(" ")}\` failed on leg ${legName}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
    }
  }
  const pulumi = (...args: string[]) => sh("pulumi", ...args, "--non-interactive");
  const exported = async () => JSON.parse(await pulumi("stack", "export")).deployment;

  beforeAll(async () => {
    leg = compatLeg(legName);
    emu = await TestEmulator.start();
    work = fs.mkdtempSync(path.join(os.tmpdir(), "user-project-"));
    project = path.join(work, "project");
    fs.mkdirSync(project);
    fs.mkdirSync(path.join(work, "state")); // a self-managed backend: a folder, as `pulumi login file://<dir>` wants
    const files = readmeProject();
    const pkg = JSON.parse(files["package.json"]);
    // The tarball where the README's package.json takes it from: the name `npm pack` gives this version.
    const dependency = pkg.dependencies["pulumi-telnyx-sip"];
    expect(dependency).toBe(`file:vendor/${path.basename(packed.tarball)}`);
    fs.mkdirSync(path.join(project, "vendor"));
    fs.copyFileSync(packed.tarball, path.join(project, dependency.slice("file:".length)));
    // The README's ranges are the newest leg's versions; each leg pins its own exactly, so the registry's newest
    // releases cannot change what is tested.
    const pins = { "@pulumi/pulumi": leg.pulumi, typescript: leg.typescript, "@types/node": leg.typesNode };
    const newest = { "@pulumi/pulumi": `^${matrix.newest.pulumi}`, typescript: `~${matrix.newest.typescript}`, "@types/node": `^${matrix.newest.typesNode}` };
    for (const [name, range] of Object.entries(newest)) expect(pkg.dependencies[name] ?? pkg.devDependencies[name], name).toBe(range);
    for (const [name, version] of Object.entries(pins)) (name in pkg.dependencies ? pkg.dependencies : pkg.devDependencies)[name] = version;
    files["package.json"] = JSON.stringify(pkg, null, 2);
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(project, file), text);
    env = userEnv(leg, work);
    await sh("npm", "install", "--no-audit", "--no-fund");
    await pulumi("stack", "init", "dev");
    await pulumi("config", "set", "telnyx:baseUrl", emu.baseUrl);
    await pulumi("config", "set", "--secret", "telnyx:apiKey", API_KEY);
    await pulumi("config", "set", "--secret", "pbxPassword", PBX_PASSWORD);
  }, 3 * COMMAND_TIMEOUT);
  afterAll(async () => {
    await emu?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it("runs on the leg's Node.js and Pulumi CLI, with a single @pulumi/pulumi of the leg's version", async () => {
    expect((await sh("node", "--version")).trim()).toBe(`v${leg.node}`);
    expect((await sh("pulumi", "version")).trim()).toBe(`v${leg.pulumi}`);
    const copies = (await sh("npm", "ls", "@pulumi/pulumi", "--all", "--parseable")).trim().split("\n");
    expect(copies).toEqual([path.join(fs.realpathSync(project), "node_modules/@pulumi/pulumi")]);
    const version = await sh("node", "-p", 'require("@pulumi/pulumi/package.json").version');
    expect(version.trim()).toBe(leg.pulumi);
  });

  it("can require the serialized provider paths, with and without .js, from the installed package", async () => {
    for (const entry of [DISPATCH, kindModule("outboundVoiceProfile"), kindModule("credentialConnection")]) {
      const script = `const a = require("${entry}"), b = require("${entry}.js");
        console.log(JSON.stringify({ same: a === b, methods: ${JSON.stringify(PROVIDER_METHODS)}.filter((m) => typeof a[m] === "function") }));`;
      expect(JSON.parse(await sh("node", "-e", script)), entry).toEqual({ same: true, methods: PROVIDER_METHODS });
    }
  });

  it("deploys with `pulumi up`, keeping the key and secrets out of the state, and with no Node.js warning", async () => {
    const up = await pulumi("up", "--yes", "--skip-preview");
    expect(up).toContain("Resources:");
    expect(up).not.toMatch(/ExperimentalWarning|DeprecationWarning|\bDEP0\d+/);
    const profile = await emu.only("outbound_voice_profiles");
    expect([...profile.whitelisted_destinations].sort()).toEqual(["CA", "US"]);
    const connection = await emu.only("credential_connections");
    expect(connection).toMatchObject({ user_name: "officepbx01", password: PBX_PASSWORD });
    expect(connection.outbound.outbound_voice_profile_id).toBe(profile.id);
    const outputs = JSON.parse(await pulumi("stack", "output", "--json"));
    expect(outputs).toMatchObject({ profileId: profile.id, connectionId: connection.id });
    expect(outputs.connectionName).toBe(connection.connection_name);

    const deployment = await exported();
    const text = JSON.stringify(deployment);
    for (const secret of [API_KEY, PBX_PASSWORD]) expect(text).not.toContain(secret);
    const providers = deployment.resources
      .filter((r: { type: string }) => r.type.startsWith("pulumi-nodejs:dynamic/telnyx:"))
      .map((r: { type: string; outputs: { __provider: string } }) => [r.type.split(":").pop(), r.outputs.__provider]);
    expect(providers.map(([type]: string[]) => type).sort()).toEqual(["CredentialConnection", "OutboundVoiceProfile"]);
    for (const [type, p] of providers) expect(p).toContain(`require("${kindModule(type[0].toLowerCase() + type.slice(1))}.js")`);
  });

  it("shows no change on a second preview", async () => {
    await pulumi("preview", "--expect-no-changes");
  });

  it("updates in place when the config changes: a rotated PBX password", async () => {
    const before = JSON.parse(await pulumi("stack", "output", "--json"));
    const rotated = `${PBX_PASSWORD}-rotated`;
    await pulumi("config", "set", "--secret", "pbxPassword", rotated);
    await pulumi("up", "--yes", "--skip-preview");
    expect((await emu.only("credential_connections")).password).toBe(rotated);
    expect(JSON.parse(await pulumi("stack", "output", "--json"))).toMatchObject(before);
    expect(JSON.stringify(await exported())).not.toContain(rotated);
    await pulumi("preview", "--expect-no-changes");
  });

  it("refreshes without finding a change", async () => {
    await pulumi("refresh", "--yes", "--expect-no-changes");
  });

  it("destroys everything it made", async () => {
    await pulumi("destroy", "--yes");
    expect(await emu.count()).toBe(0);
  });
});
