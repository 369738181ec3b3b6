// Issue 28, finding 2: the export's set-secrets.sh, run by sh against a real local stack with the real Pulumi CLI.
// Each secret must reach the stack exactly as the account holds it, whatever it contains: a value that looks like an
// option (`--config-file=...` made pulumi write a file of the attacker's choosing; `-p...` stopped the script), shell
// syntax, quotes and newlines. And no value may sit in a process's argv, where `ps` shows it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { secretsScript, type SecretSetting } from "../../cli/export/secrets";
import { runCommand } from "../e2e/pulumi";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv } = require("../../scripts/pulumi-env.js");

describe("set-secrets.sh", () => {
  let dir: string;
  let env: Record<string, string>;
  const pulumi = (...args: string[]) => runCommand("pulumi", [...args, "--non-interactive"], { cwd: dir, env });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "set-secrets-"));
    fs.mkdirSync(path.join(dir, "backend"));
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: set-secrets\nruntime: nodejs\n");
    env = { ...pulumiEnv(), PULUMI_BACKEND_URL: `file://${path.join(dir, "backend")}`, PULUMI_CONFIG_PASSPHRASE: "set-secrets-test" };
    const init = await pulumi("stack", "init", "test");
    expect(init.status, init.stderr).toBe(0);
  }, 120_000);
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it("sets hostile passwords exactly, running nothing they hold and never passing them as arguments", async () => {
    const hostile = [
      `--config-file=${dir}/written-by-password.yaml`,
      "-pfoo",
      `$(touch ${dir}/pwned-subshell)`,
      `\`touch ${dir}/pwned-backtick\``,
      "it's",
      "first line\nsecond line",
      "ends with a newline\n",
      "--",
      " spaces around ",
    ];
    const settings: SecretSetting[] = hostile.map((value, i) => ({ key: `hostile${i}`, usedBy: `test ${i}`, value }));
    const script = secretsScript(settings);
    // A value is only ever the argument of printf, a shell builtin: never of pulumi (or any program), never after a key.
    const command = /^printf '%s\\n' '(?:[^']|'\\'')*' \| pulumi config set --secret -- 'hostile\d+'$/gm;
    expect(script.match(command)).toHaveLength(hostile.length);
    expect(script.replace(command, "").split("\n").filter((l) => l !== "" && !l.startsWith("#"))).toEqual(["set -e"]);
    fs.writeFileSync(path.join(dir, "set-secrets.sh"), script, { mode: 0o600 });

    const run = await runCommand("sh", [path.join(dir, "set-secrets.sh")], { cwd: dir, env: { ...env, PULUMI_STACK: "test" } });
    expect(run.status, run.stderr).toBe(0);
    for (const [i, value] of hostile.entries()) {
      const got = await pulumi("config", "get", `hostile${i}`, "--json", "--stack", "test");
      expect(got.status, got.stderr).toBe(0);
      expect(JSON.parse(got.stdout), `hostile${i}`).toEqual({ value, secret: true });
    }
    expect(fs.readdirSync(dir).sort()).toEqual(["Pulumi.test.yaml", "Pulumi.yaml", "backend", "set-secrets.sh"]);
    const stackConfig = fs.readFileSync(path.join(dir, "Pulumi.test.yaml"), "utf8");
    for (const value of hostile.filter((v) => v.length > 4)) expect(stackConfig).not.toContain(value);
  }, 300_000);
});
