// The `telnyx-sip` command line: usage errors, the API key, and a whole export against the emulator (paging, progress,
// files written, the secrets script's path on stdout and nothing else there).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../cli/main";
import { TelnyxClient, credentialConnection, ip, ipConnection } from "../../sdk";
import { TestEmulator } from "../e2e/emulator";
import { removeDir, repoRoot, tempProjectDir } from "./temp-project";

/** Runs the command in-process, capturing both streams. */
async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await run(argv, { env, stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr: stderr.join("\n") };
}

describe("usage", () => {
  it("explains itself without a command, and on help", async () => {
    expect(await cli([])).toMatchObject({ code: 2, stderr: expect.stringContaining("telnyx-sip export --out <dir>") });
    expect(await cli(["export", "--help"])).toMatchObject({ code: 0, stderr: expect.stringContaining("--api-key-env NAME") });
  });

  it("says what export prints, as the export below does: the secrets script's path on stdout, and nothing else", async () => {
    const { stderr } = await cli(["--help"]);
    expect(stderr).toContain("DIR/set-secrets.sh (owner-only), whose path is the one line printed on stdout");
    expect(stderr).not.toContain("config set --secret` commands");
  });

  it("refuses unknown commands and options, and a missing --out", async () => {
    expect(await cli(["exprot"])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "exprot"') });
    expect(await cli(["export", "--out", "x", "--colour"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--colour") });
    expect(await cli(["export"])).toMatchObject({ code: 2, stderr: expect.stringContaining("export needs --out <dir>") });
    expect(await cli(["export", "--out", "x", "--project", "a b"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--project") });
  });

  it("names the variable the API key is missing from", async () => {
    expect(await cli(["export", "--out", "x"])).toMatchObject({ code: 1, stderr: expect.stringContaining("set TELNYX_API_KEY") });
    expect(await cli(["export", "--out", "x", "--api-key-env", "ACME_KEY"], { TELNYX_API_KEY: "k" })).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("set ACME_KEY"),
    });
  });

  it("runs from the installed bin shims", () => {
    const sip = spawnSync(process.execPath, [path.join(repoRoot, "bin/telnyx-sip.js"), "export"], { encoding: "utf8" });
    expect(sip.status).toBe(2);
    expect(sip.stderr).toContain("export needs --out <dir>");
    const emulator = spawnSync(process.execPath, [path.join(repoRoot, "bin/telnyx-emulator.js"), "--help"], { encoding: "utf8" });
    expect(emulator.status).toBe(0);
    expect(emulator.stderr).toContain("--port");
  });
});

describe("export against the emulator", () => {
  const password = "Export-pass-1234";
  let emu: TestEmulator;
  let dir: string;

  beforeAll(async () => {
    emu = await TestEmulator.start({ secrets: "echo" });
    dir = tempProjectDir("export-cli");
    const client = new TelnyxClient({ apiKey: "k", baseUrl: emu.baseUrl });
    const trunk = await client.resource(ipConnection).create({ connection_name: "carrier" });
    // More than one page (at most 250 per page).
    for (let i = 0; i < 260; i++) {
      await client.resource(ip).create({ ip_address: `10.0.${i >> 8}.${i & 255}`, connection_id: String(trunk.id) });
    }
    await client.resource(credentialConnection).create({ connection_name: "pbx", user_name: "pbxuser01", password });
  });
  afterAll(async () => {
    await emu?.close();
    if (dir) removeDir(dir);
  });

  it("reads every page, writes the project, and puts revealed secrets in an owner-only file, never in its output", async () => {
    const out = path.join(dir, "project");
    const env = { ACME_KEY: "test-key", TELNYX_BASE_URL: "http://127.0.0.1:1/v2" };
    const { code, stdout, stderr } = await cli(["export", "--out", out, "--api-key-env", "ACME_KEY", "--base-url", emu.baseUrl], env);
    expect(stderr).not.toContain("telnyx-sip:");
    expect(code).toBe(0);
    expect(stderr).toContain("IPs: page 2 of 2, 260 objects");
    // An empty collection says so, not "page 1 of 0".
    expect(stderr).toContain("UAC connections: none");
    expect(stderr).not.toMatch(/page \d+ of 0/);
    expect(stderr).toContain("1 credential connection, 1 IP connection, 260 IPs");
    expect(fs.readdirSync(out).sort()).toEqual([".gitignore", "Pulumi.yaml", "README.md", "index.ts", "package.json", "set-secrets.sh", "tsconfig.json"]);
    expect(fs.readFileSync(path.join(out, "index.ts"), "utf8").match(/new sip\.Ip\(/g)).toHaveLength(260);
    const script = path.join(out, "set-secrets.sh");
    expect(stdout).toEqual([script]);
    expect(fs.statSync(script).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(script, "utf8")).toContain(`printf '%s\\n' '${password}' | pulumi config set --secret -- 'pbxPassword'`);
    expect(stderr).not.toContain(password);
    for (const file of fs.readdirSync(out).filter((f) => f !== "set-secrets.sh")) {
      expect(fs.readFileSync(path.join(out, file), "utf8")).not.toContain(password);
    }
  });

  it("asks for no secret Telnyx redacts: optional in the program, named on stderr, no script", async () => {
    const redacting = await TestEmulator.start({ secrets: "redact" });
    try {
      const client = new TelnyxClient({ apiKey: "k", baseUrl: redacting.baseUrl });
      await client.resource(credentialConnection).create({ connection_name: "pbx", user_name: "pbxuser01", password });
      const { code, stdout, stderr } = await cli(["export", "--out", path.join(dir, "redacted")], {
        TELNYX_API_KEY: "k",
        TELNYX_BASE_URL: redacting.baseUrl,
      });
      expect(code).toBe(0);
      expect(stdout).toEqual([]);
      expect(fs.existsSync(path.join(dir, "redacted", "set-secrets.sh"))).toBe(false);
      expect(fs.readFileSync(path.join(dir, "redacted", "index.ts"), "utf8")).toContain('hiddenSecret("pbxPassword")');
      expect(stderr).toContain(`1 secret(s) Telnyx did not reveal: adopting keeps them as they are`);
      expect(stderr).toContain(`pbxPassword (credential connection "pbx" (id ${(await redacting.collections()).credential_connections[0].id}), field password)`);
    } finally {
      await redacting.close();
    }
  });
});
