// The GitOps README's step 1, run as written outside this repo: the packed tarball in vendor/, its `npx ... telnyx-sip
// export`, then its `npm` lines in infra/. Then what CI's action does with that repository: `npm ci --ignore-scripts`
// and its check that the package has its build, and the require() every resource's state holds.
import { afterAll, beforeAll, expect, it } from "vitest";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import * as yaml from "js-yaml";
import { credentialConnection, outboundVoiceProfile, TelnyxClient } from "../../sdk";
import { compatLeg } from "./compat-legs";
import { TestEmulator } from "./emulator";
import { packFreshClone } from "./pack";
import { repoRoot } from "./pulumi";

const gitops = path.join(repoRoot, "examples/gitops");
// Hangs only: an npm install on a busy 2-core machine takes well under a minute.
const COMMAND_TIMEOUT = 600_000;

/** The `npx` and `npm` lines of the README's step 1, without their comments. */
function readmeInstallLines(): string[] {
  const readme = fs.readFileSync(path.join(gitops, "README.md"), "utf8");
  const step = readme.slice(readme.indexOf("## 1. "), readme.indexOf("## 2. "));
  const block = step.match(/```sh\n([\s\S]*?)```/)![1];
  return block.split("\n").filter((l) => /^(npx|npm) /.test(l)).map((l) => l.replace(/\s+#.*$/, ""));
}

let packed: Awaited<ReturnType<typeof packFreshClone>>;
let emu: TestEmulator;
let repo: string;
const password = "Gitops-pbx-pass-5521";

beforeAll(async () => {
  [packed, emu] = await Promise.all([packFreshClone(), TestEmulator.start({ secrets: "echo" })]);
  const client = new TelnyxClient({ apiKey: "k", baseUrl: emu.baseUrl });
  const profile = await client.resource(outboundVoiceProfile).create({ name: "main", whitelisted_destinations: ["US"] });
  await client.resource(credentialConnection).create({
    connection_name: "office-pbx", user_name: "officepbx01", password, outbound: { outbound_voice_profile_id: String(profile.id) },
  });
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-repo-"));
  fs.mkdirSync(path.join(repo, "vendor"));
  fs.copyFileSync(packed.tarball, path.join(repo, "vendor", path.basename(packed.tarball)));
}, COMMAND_TIMEOUT);

afterAll(async () => {
  await emu?.close();
  packed?.cleanup();
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

it("exports, installs and passes CI's install exactly as the GitOps README and action say", async () => {
  const leg = compatLeg("newest");
  // A user's shell on the current LTS: none of this repo's, this runner's or the running npm's variables.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PULUMI_|TELNYX_|npm_|NODE_OPTIONS$|VITEST)/i.test(k))),
    PATH: [leg.nodeBin, process.env.PATH].join(path.delimiter),
    TELNYX_API_KEY: "k",
    TELNYX_BASE_URL: emu.baseUrl,
  };
  const bash = async (cwd: string, line: string, extraEnv: NodeJS.ProcessEnv = {}) => {
    try {
      return (await promisify(execFile)("bash", ["-c", line], { cwd, env: { ...env, ...extraEnv }, timeout: COMMAND_TIMEOUT, encoding: "utf8" })).stdout;
    } catch (e) {
      const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
      throw new Error(`\`${line}\` failed:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
    }
  };

  const [exportLine, ...infraLines] = readmeInstallLines();
  expect(exportLine).toContain(`./vendor/${path.basename(packed.tarball)} telnyx-sip export --out infra`);
  const printed = await bash(repo, exportLine);
  const infra = path.join(repo, "infra");
  expect(printed.trim()).toBe(path.join("infra", "set-secrets.sh"));
  expect(fs.readFileSync(path.join(infra, ".gitignore"), "utf8")).toBe("set-secrets.sh\nnode_modules/\n");
  for (const line of infraLines) await bash(infra, line);
  const pkg = JSON.parse(fs.readFileSync(path.join(infra, "package.json"), "utf8"));
  expect(pkg.main).toBeUndefined();
  expect(pkg.dependencies["pulumi-telnyx-sip"]).toBe(`file:../vendor/${path.basename(packed.tarball)}`);

  // The exported project runs as installed, with the package.json and tsconfig.json export wrote (issue 26): the
  // README's next lines, with no entry-point or DEP0128 warning (npm init's "main" made every run print both).
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "gitops-pulumi-"));
  const pulumiEnv = {
    PATH: [leg.pulumiBin, env.PATH].join(path.delimiter),
    PULUMI_HOME: path.join(home, "home"),
    PULUMI_BACKEND_URL: `file://${home}`,
    PULUMI_CONFIG_PASSPHRASE: "gitops-install-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  try {
    await bash(infra, "pulumi stack init prod --non-interactive && sh set-secrets.sh", pulumiEnv);
    const up = await bash(infra, "pulumi up --yes --non-interactive 2>&1", pulumiEnv);
    expect(up).toContain("Resources:");
    expect(up).not.toMatch(/Could not find entry point|DEP0128|DeprecationWarning/);
    expect(await bash(infra, "pulumi preview --expect-no-changes --non-interactive", pulumiEnv)).toContain("Resources:");
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(path.join(infra, "Pulumi.prod.yaml"), { force: true });
  }

  // CI: a fresh install without scripts, as the action's first step runs it, then the action's own check.
  const action = yaml.load(fs.readFileSync(path.join(gitops, ".github/actions/pulumi-setup/action.yml"), "utf8")) as any;
  const steps = action.runs.steps as any[];
  const install = steps.findIndex((s) => /\bnpm ci\b/.test(s.run ?? ""));
  fs.rmSync(path.join(infra, "node_modules"), { recursive: true, force: true });
  await bash(infra, steps[install].run);
  await bash(infra, steps[install + 1].run);
  // What every resource's state require()s, and what failed for a Git install under --ignore-scripts.
  const required = await bash(infra, `node -p 'typeof require("pulumi-telnyx-sip/dist/provider/kinds/fqdnConnection.js").create'`);
  expect(required.trim()).toBe("function");
  expect(fs.readFileSync(path.join(infra, "index.ts"), "utf8")).not.toContain(password);
}, 4 * COMMAND_TIMEOUT);
