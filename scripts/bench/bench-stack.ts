// A fresh stack of one benchmark project, staged in a temporary folder of its own: a copy of the program (one of
// test/fixtures/bench, the root program or an example), a node_modules of links to the repo's packages plus two real
// copies (this package as set up now, and the floor's provider), and a file backend. Nothing is written into the
// repo, every run starts from nothing, and a setup run elsewhere in the tree while the benchmark runs cannot swap the
// provider under it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConfigMap, LocalWorkspace, Stack } from "@pulumi/pulumi/automation";
import { MeasuredCommand } from "./measured-command";
import { pulumiEnv, repoRoot } from "./pulumi-env";

const FIXTURES = path.join(repoRoot, "test/fixtures/bench");
const REPO_MODULES = path.join(repoRoot, "node_modules");

/** The projects in test/fixtures/bench. */
export type BenchProject = "stack" | "floor" | "mirror" | "empty";

/** What to stage: folders or files to copy (`to` relative to the staged folder), and where the Pulumi.yaml lands. */
export interface StageSpec {
  copy: { from: string; to: string }[];
  workDir: string;
}

export interface BenchStack {
  stack: Stack;
  command: MeasuredCommand;
  /** The stack's checkpoint file in the backend: what the engine rewrites as it goes. */
  stateFile: string;
  remove(): void;
}

/**
 * Packages are linked, except those Pulumi must store as a require() (a provider's real path has to be inside a
 * node_modules folder for that) and this package, which is copied so the run measures one version throughout.
 */
function installModules(into: string): void {
  fs.mkdirSync(into);
  const copies: Record<string, string> = {
    "pulumi-telnyx-sip": path.join(REPO_MODULES, "pulumi-telnyx-sip"),
    "telnyx-bench-floor": path.join(FIXTURES, "floor-provider"),
  };
  for (const name of fs.readdirSync(REPO_MODULES)) {
    if (!(name in copies)) fs.symlinkSync(path.join(REPO_MODULES, name), path.join(into, name), "dir");
  }
  for (const [name, from] of Object.entries(copies)) fs.cpSync(from, path.join(into, name), { recursive: true });
}

/** A project of test/fixtures/bench. */
export const benchStack = (project: BenchProject, config: ConfigMap): Promise<BenchStack> =>
  stagedStack({ copy: [{ from: FIXTURES, to: "fixtures" }], workDir: `fixtures/${project}` }, config);

export async function stagedStack(spec: StageSpec, config: ConfigMap): Promise<BenchStack> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "telnyx-bench-"));
  const remove = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    return await stage(root, spec, config, remove);
  } catch (err) {
    remove();
    throw err;
  }
}

async function stage(root: string, spec: StageSpec, config: ConfigMap, remove: () => void): Promise<BenchStack> {
  const backend = path.join(root, "backend");
  // Stack settings files someone left by running a program by hand, and a program's own node_modules, are not part
  // of the benchmark.
  for (const { from, to } of spec.copy) {
    fs.cpSync(from, path.join(root, to), { recursive: true, filter: (src) => !/(Pulumi\.[^/]+\.yaml|node_modules)$/.test(src) });
  }
  // Without a package.json above the program, the program runner warns on every run.
  fs.writeFileSync(path.join(root, "package.json"), `${JSON.stringify({ name: "telnyx-bench", private: true })}\n`);
  installModules(path.join(root, "node_modules"));
  fs.mkdirSync(backend);

  const command = await MeasuredCommand.get();
  const envVars = { ...pulumiEnv(), PULUMI_BACKEND_URL: `file://${backend}` };
  const workDir = path.join(root, spec.workDir);
  const stack = await LocalWorkspace.createOrSelectStack({ stackName: "bench", workDir }, { pulumiCommand: command.command, envVars });
  await stack.setAllConfig(config);
  const projectName = /^name:\s*(\S+)/m.exec(fs.readFileSync(path.join(workDir, "Pulumi.yaml"), "utf8"))![1];
  const stateFile = path.join(backend, ".pulumi", "stacks", projectName, "bench.json");
  return { stack, command, stateFile, remove };
}
