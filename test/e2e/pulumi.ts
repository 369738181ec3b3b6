// Runs the real Pulumi CLI (set up by scripts/setup.sh) through the Automation API, against the repo's local backend.
import * as path from "node:path";
import * as fs from "node:fs";
import * as os from "node:os";
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
