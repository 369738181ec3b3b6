import { spawn } from "node:child_process";

/**
 * `pulumi config set --secret <key>` with the value on stdin. The Automation API's setConfig passes the value as an
 * argument, where `ps` shows it to every user of the machine while the command runs; pulumi reads stdin instead when
 * no value is given (dropping the one newline added here).
 */
export function setSecretConfig(opts: { pulumi: string; cwd: string; env: NodeJS.ProcessEnv; stack: string }, key: string, value: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.pulumi, ["config", "set", "--secret", "--stack", opts.stack, "--non-interactive", "--", key], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ["pipe", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`pulumi config set --secret ${key} (stack ${opts.stack}) failed with exit ${code}: ${stderr.trim()}`)),
    );
    child.stdin.end(`${value}\n`);
  });
}
