// set-secrets.sh as sh runs it, with a stand-in `pulumi` that records what it gets: each value reaches
// `pulumi config set --secret` on stdin exactly, and no value is run or passed as an argument. The same check with the
// real Pulumi CLI is set-secrets.test.ts; this one runs in a second, so the mutation run (which runs no CLI) has it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { secretsScript, type SecretSetting } from "../../cli/export/secrets";

describe("set-secrets.sh, run by sh", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-script-"));
    fs.mkdirSync(path.join(dir, "bin"));
    // One file per call: its arguments, a blank line, then its stdin. It fails for a key named "failing".
    const stub = `#!/bin/sh\nn=$(ls "${dir}/calls" 2>/dev/null | wc -l)\nmkdir -p "${dir}/calls"\n` +
      `{ printf '%s\\n' "$@"; echo; cat; } > "${dir}/calls/$n"\ncase "$*" in *failing*) exit 1;; esac\n`;
    fs.writeFileSync(path.join(dir, "bin", "pulumi"), stub, { mode: 0o700 });
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  const run = async (settings: SecretSetting[]) => {
    fs.rmSync(path.join(dir, "calls"), { recursive: true, force: true });
    const script = path.join(dir, "set-secrets.sh");
    fs.writeFileSync(script, secretsScript(settings));
    const status = await promisify(execFile)("sh", [script], { cwd: dir, env: { ...process.env, PATH: `${dir}/bin:${process.env.PATH}` } }).then(
      () => 0,
      (err: { code: number }) => err.code,
    );
    const calls = fs.readdirSync(path.join(dir, "calls")).sort().map((f) => fs.readFileSync(path.join(dir, "calls", f), "utf8"));
    return { status, calls };
  };

  it("hands pulumi each password exactly, quotes, $(...) and backticks included, and runs none of them", async () => {
    const values = [`it's`, `x'$(touch ${dir}/pwned-subshell)'`, `\`touch ${dir}/pwned-backtick\``, `'; touch ${dir}/pwned-semicolon; '`];
    const { status, calls } = await run(values.map((value, i) => ({ key: `pbx${i}Password`, usedBy: "test", value })));
    expect(status).toBe(0);
    // printf adds one newline, which `pulumi config set` drops when it reads stdin.
    expect(calls).toEqual(values.map((value, i) => `config\nset\n--secret\n--\npbx${i}Password\n\n${value}\n`));
    expect(fs.readdirSync(dir).sort()).toEqual(["bin", "calls", "set-secrets.sh"]);
  }, 30_000);

  it("sets only the secrets the account revealed, and stops at the first that fails", async () => {
    const hidden = await run([{ key: "hidden", usedBy: "test" }, { key: "shown", usedBy: "test", value: "Shown-pass-1" }]);
    expect(hidden).toEqual({ status: 0, calls: ["config\nset\n--secret\n--\nshown\n\nShown-pass-1\n"] });
    const failing = await run([{ key: "failing", usedBy: "test", value: "a" }, { key: "next", usedBy: "test", value: "b" }]);
    expect(failing.status).not.toBe(0);
    expect(failing.calls).toHaveLength(1);
  }, 30_000);
});
