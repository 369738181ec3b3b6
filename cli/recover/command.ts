import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { fileBackendDir, isLocked, repairCheckpointFiles } from "./backend-files";
import { accountConfigs } from "./accounts";
import { resolvePendingCreates } from "./pending-creates";

export interface RecoverOptions {
  /** The project folder (default: the current one). */
  cwd?: string;
  /** Default: the project's selected stack. */
  stack?: string;
  env?: NodeJS.ProcessEnv;
  /** The Pulumi CLI (default: `pulumi` on PATH). */
  pulumiCommand?: PulumiCommand;
  say?: (line: string) => void;
}

export interface RecoverResult {
  /** One line per thing done, as printed. */
  actions: string[];
}

const projectName = (cwd: string): string => {
  const yaml = fs.readFileSync(path.join(cwd, "Pulumi.yaml"), "utf8");
  const name = /^name:\s*["']?([^"'\s#]+)/m.exec(yaml)?.[1];
  if (!name) throw new Error(`${path.join(cwd, "Pulumi.yaml")} has no name`);
  return name;
};

/**
 * `telnyx-sip recover`: makes a stack usable after a killed `pulumi up` and settles everything it left half-done:
 * repairs checkpoint files it cut short, removes its lock, resolves each pending create (adopting the object it made,
 * found by that create's own token, or forgetting it), then refreshes so the state matches the account.
 */
export async function recover(opts: RecoverOptions = {}): Promise<RecoverResult> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const env = opts.env ?? process.env;
  const actions: string[] = [];
  const say = (line: string) => {
    actions.push(line);
    opts.say?.(line);
  };
  const envVars = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const workspace = await LocalWorkspace.create({ workDir: cwd, envVars, pulumiCommand: opts.pulumiCommand ?? (await PulumiCommand.get()) });
  const stackName = opts.stack ?? (await workspace.stack())?.name;
  if (!stackName) throw new Error("no stack selected: pass --stack <name>");

  const backend = fileBackendDir(env.PULUMI_BACKEND_URL, os.homedir());
  if (backend) for (const line of repairCheckpointFiles(backend, projectName(cwd), stackName)) say(line);

  const stack = await LocalWorkspace.selectStack({ stackName, workDir: cwd }, { envVars, pulumiCommand: workspace.pulumiCommand });
  // A file backend shows its lock; elsewhere `pulumi cancel` is run anyway (it does nothing on an unlocked stack).
  if (!backend || isLocked(backend, projectName(cwd), stackName)) {
    try {
      await stack.cancel();
      say(backend
        ? `removed the lock of stack ${stackName} left by a run that did not finish`
        : `removed the lock of stack ${stackName} (pulumi cancel), in case a run that did not finish left one`);
    } catch (err) {
      if (!/not currently|no update|not locked|nothing to cancel/i.test(String((err as Error).message))) throw err;
    }
  }
  const exported = await stack.exportStack();
  const config = Object.fromEntries(Object.entries(await stack.getAllConfig()).map(([k, v]) => [k, v.value]));
  const onAccounts = (exported.deployment.pending_operations ?? []).some((op: any) => op.type === "creating" && op.resource?.provider);
  const accounts = onAccounts ? await accountConfigs(workspace.pulumiCommand.command, stackName, cwd, { ...process.env, ...envVars }) : new Map();
  const configFor = (resource: { provider?: string }) => (resource.provider && accounts.get(resource.provider)) || config;
  const { deployment, changed } = await resolvePendingCreates(exported.deployment, configFor, say);
  const otherPending = (deployment.pending_operations ?? []).length;
  if (changed) await stack.importStack({ ...exported, deployment });
  if (changed || otherPending > 0) {
    await stack.refresh();
    say(`refreshed stack ${stackName}: the state now matches the account`);
  }
  if (actions.length === 0) say(`stack ${stackName} has nothing to recover`);
  return { actions };
}
