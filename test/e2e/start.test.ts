// The main job itself: `npm start`'s script, twice, against its embedded emulator: the first run deploys the root
// program with secrets it generates, the second finds nothing to do. Stack, backend, port and emulator state are
// moved aside (PULUMI_STACK_NAME, PULUMI_BACKEND_URL, TELNYX_EMULATOR_PORT/STATE) so the developer's own `dev`
// stack is never touched. With TELNYX_API_KEY (issue 28, finding 3), against an emulator standing in for Telnyx.
import { afterAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createServer } from "node:net";
import { TestEmulator } from "./emulator";
import { repoRoot, runCommand } from "./pulumi";

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The command lines of every process of this machine now, as `ps -eo args` shows them. */
function commandLines(): string[] {
  const lines: string[] = [];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      lines.push(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" "));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return lines;
}

/** Every file under `dir`, deeply. */
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

describe("npm start", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "npm-start-"));
  const stack = `start-${path.basename(work).slice(-6).toLowerCase()}`;
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(repoRoot, `Pulumi.${stack}.yaml`), { force: true });
  });

  it("deploys the root program to its embedded emulator, then finds nothing to change", async () => {
    const env = {
      PULUMI_STACK_NAME: stack,
      PULUMI_BACKEND_URL: `file://${work}`,
      TELNYX_EMULATOR_PORT: String(await freePort()),
      TELNYX_EMULATOR_STATE: path.join(work, "emulator-state.json"),
      TELNYX_API_KEY: "",
    };
    const start = () => runCommand(process.execPath, [path.join(repoRoot, "dist/scripts/start.js")], { cwd: repoRoot, env });
    const first = await start();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("Target: the embedded Telnyx emulator");
    expect(first.stdout).toMatch(/Applied: 1[01] create/);
    const state = JSON.parse(fs.readFileSync(env.TELNYX_EMULATOR_STATE, "utf8"));
    expect(JSON.stringify(state)).toContain("carrier-trunk");
    const second = await start();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain("No changes: the deployed setup already matches the program.");
  }, 1_200_000);

  describe("with TELNYX_API_KEY", () => {
    const KEY = `KEY${Date.now()}live-telnyx-key-not-for-argv`;
    let emu: TestEmulator;
    const keyed = fs.mkdtempSync(path.join(os.tmpdir(), "npm-start-key-"));
    const keyedStack = `key-${path.basename(keyed).slice(-6).toLowerCase()}`;
    afterAll(async () => {
      await emu?.close();
      fs.rmSync(keyed, { recursive: true, force: true });
      fs.rmSync(path.join(repoRoot, `Pulumi.${keyedStack}.yaml`), { force: true });
    });
    const envWith = (passphrase: string) => ({
      PULUMI_STACK_NAME: keyedStack,
      PULUMI_BACKEND_URL: `file://${keyed}`,
      TELNYX_API_KEY: KEY,
      TELNYX_BASE_URL: emu.baseUrl,
      PULUMI_CONFIG_PASSPHRASE: passphrase,
      PULUMI_CONFIG_PASSPHRASE_FILE: "",
    });
    const start = (env: Record<string, string>) => runCommand(process.execPath, [path.join(repoRoot, "dist/scripts/start.js")], { cwd: repoRoot, env });

    it("refuses the documented default passphrase for a real account, saying how to set one, and deploys nothing", async () => {
      emu = await TestEmulator.start({ apiKeys: [KEY] });
      for (const passphrase of ["", "pulumi-telnyx-sip-local"]) {
        const run = await start(envWith(passphrase));
        expect(run.status, run.stdout + run.stderr).toBe(1);
        expect(run.stderr).toContain('would be encrypted with the public default passphrase "pulumi-telnyx-sip-local"');
        expect(run.stderr).toContain("export PULUMI_CONFIG_PASSPHRASE=");
      }
      expect(await emu.count()).toBe(0);
      expect(fs.existsSync(path.join(repoRoot, `Pulumi.${keyedStack}.yaml`))).toBe(false);
    }, 120_000);

    it("passes the key through the environment: never in any process's argv nor in the stack's config; files owner-only", async () => {
      const seen = new Set<string>();
      let polls = 0;
      const poll = setInterval(() => {
        polls++;
        for (const line of commandLines()) if (line.includes(KEY)) seen.add(line);
      }, 25);
      const run = await start(envWith("npm-start-test-passphrase")).finally(() => clearInterval(poll));
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain(`Target: the real Telnyx API at ${emu.baseUrl} (TELNYX_API_KEY is set)`);
      expect(run.stdout).toMatch(/Applied: 1[01] create/);
      // The emulator accepts only KEY: the objects exist, so the provider had it.
      expect((await emu.counts()).credential_connections).toBe(1);
      expect([...seen]).toEqual([]);
      expect(polls).toBeGreaterThan(100); // watched the whole run: tens of seconds
      const configFile = path.join(repoRoot, `Pulumi.${keyedStack}.yaml`);
      const config = fs.readFileSync(configFile, "utf8");
      expect(config).not.toContain("telnyx:apiKey");
      expect(config).toContain("telnyx-sip:pbxPassword"); // the generated secrets are there, encrypted
      expect(fs.statSync(configFile).mode & 0o777).toBe(0o600);
      const stateFiles = filesUnder(path.join(keyed, ".pulumi"));
      expect(stateFiles.length).toBeGreaterThan(0);
      for (const file of stateFiles) {
        expect([file, fs.statSync(file).mode & 0o777]).toEqual([file, 0o600]);
        expect(fs.readFileSync(file, "utf8")).not.toContain(KEY);
      }
    }, 1_200_000);
  });
});
