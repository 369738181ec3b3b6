// A fresh stack of one benchmark fixture, in a temporary folder of its own: a file backend and a copy of the project
// whose program re-exports the fixture, so nothing is written into the repo and every run starts from nothing.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigMap, LocalWorkspace, Stack } from "@pulumi/pulumi/automation";
import { MeasuredCommand } from "./measured-command";
import { pulumiEnv, repoRoot } from "./pulumi-env";

export const fixtureDir = (name: "stack" | "floor") => path.join(repoRoot, "test/fixtures/bench", name);

export interface BenchStack {
  stack: Stack;
  command: MeasuredCommand;
  /** The stack's checkpoint file in the backend: what the engine rewrites as it goes. */
  stateFile: string;
  remove(): void;
}

export async function benchStack(fixture: string, config: ConfigMap, extraEnv: Record<string, string> = {}): Promise<BenchStack> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "telnyx-bench-"));
  const project = path.join(root, "project");
  const backend = path.join(root, "backend");
  fs.mkdirSync(project);
  fs.mkdirSync(backend);
  fs.copyFileSync(path.join(fixture, "Pulumi.yaml"), path.join(project, "Pulumi.yaml"));
  fs.writeFileSync(path.join(project, "index.ts"), `export * from ${JSON.stringify(path.join(fixture, "index"))};\n`);
  // Without a package.json the program runner warns on every run.
  fs.writeFileSync(path.join(project, "package.json"), `${JSON.stringify({ name: "telnyx-bench", private: true })}\n`);
  // The engine's Node.js plugins resolve @pulumi/pulumi from the project folder.
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(project, "node_modules"), "dir");

  const command = await MeasuredCommand.get();
  const envVars = { ...pulumiEnv(), PULUMI_BACKEND_URL: `file://${backend}`, ...extraEnv };
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "bench", workDir: project },
    { pulumiCommand: command.command, envVars },
  );
  await stack.setAllConfig(config);
  const projectName = /^name:\s*(\S+)/m.exec(fs.readFileSync(path.join(fixture, "Pulumi.yaml"), "utf8"))![1];
  const stateFile = path.join(backend, ".pulumi", "stacks", projectName, "bench.json");
  return { stack, command, stateFile, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
