// Runs the real Pulumi CLI (set up by scripts/setup.sh) through the Automation API, against the repo's local backend.
import * as path from "node:path";
import * as fs from "node:fs";
import * as os from "node:os";
import { spawn } from "node:child_process";
import { LocalWorkspace, PulumiCommand, Stack } from "@pulumi/pulumi/automation";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv, localDir } = require("../../scripts/pulumi-env.js");

export const repoRoot = path.resolve(__dirname, "../..");

let command: Promise<PulumiCommand> | undefined;
function pulumiCommand(): Promise<PulumiCommand> {
  if (!fs.existsSync(path.join(localDir, "bin", "pulumi"))) {
    throw new Error("The Pulumi CLI is not set up: run `npm test` (it runs scripts/setup.sh first)");
  }
  command ??= PulumiCommand.get({ root: localDir });
  return command;
}

export interface TestStack {
  stack: Stack;
  /** The stack's config file, `Pulumi.<stack>.yaml`, which the Automation API writes beside the program. */
  configFile: string;
  /** Backend folder of this stack's project: each test gets its own, so tests never share state. */
  backendDir: string;
  env: Record<string, string>;
}

/** A fresh stack of the project in `workDir`, in a backend of its own (or the stack already in `backendDir`). */
export async function newStack(
  workDir: string,
  stackName = "test",
  extraEnv: Record<string, string> = {},
  existingBackendDir?: string,
): Promise<TestStack> {
  const backendDir = existingBackendDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-backend-"));
  const configFile = path.join(workDir, `Pulumi.${stackName}.yaml`);
  // A config file left by an earlier run belongs to another backend's secrets.
  if (!existingBackendDir) fs.rmSync(configFile, { force: true });
  const env = { ...pulumiEnv(), PULUMI_BACKEND_URL: `file://${backendDir}`, ...extraEnv };
  delete (env as Record<string, string | undefined>).PULUMI_CONFIG_PASSPHRASE_FILE;
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName, workDir },
    { pulumiCommand: await pulumiCommand(), envVars: env },
  );
  return { stack, configFile, backendDir, env };
}

/** The stack's state file as text: what an attacker with the state would see. */
export function stateText(t: TestStack): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".json")) files.push(fs.readFileSync(p, "utf8"));
    }
  };
  walk(path.join(t.backendDir, ".pulumi", "stacks"));
  return files.join("\n");
}

export function removeStack(t: TestStack): void {
  fs.rmSync(t.backendDir, { recursive: true, force: true });
  fs.rmSync(t.configFile, { force: true });
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking this process (an in-process emulator may have to answer it). */
export function runCommand(command: string, args: string[], opts: { cwd: string; env: Record<string, string> }): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The `pulumi` CLI itself on this test stack, as a user types it. */
export const runPulumi = (t: TestStack, args: string[], cwd: string): Promise<CommandResult> =>
  runCommand("pulumi", [...args, "--stack", t.stack.name, "--non-interactive"], { cwd, env: t.env });
