// A CI pipeline's view of a Pulumi project: the real `pulumi` CLI (and the GitOps example's scripts) run as commands
// in the project folder, with the environment a pipeline gets from its secrets: backend URL, passphrase, API key.
import { execFile } from "node:child_process";
import * as path from "node:path";
import { repoRoot } from "./pulumi";
import { tempProjectDir, writeFiles } from "../cli/temp-project";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv } = require("../../scripts/pulumi-env.js");

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

export interface PipelineEnv {
  backendUrl: string;
  telnyxBaseUrl: string;
  apiKey: string;
}

export class Pipeline {
  readonly env: Record<string, string>;
  constructor(
    readonly dir: string,
    settings: PipelineEnv,
  ) {
    this.env = {
      ...process.env,
      ...pulumiEnv({ PATH: process.env.PATH }),
      PULUMI_BACKEND_URL: settings.backendUrl,
      PULUMI_CONFIG_PASSPHRASE: "gitops-team-passphrase",
      TELNYX_API_KEY: settings.apiKey,
      TELNYX_BASE_URL: settings.telnyxBaseUrl,
    };
    delete this.env.PULUMI_CONFIG_PASSPHRASE_FILE;
  }

  /** Runs a command in the project folder; a bounded wait, so a stuck command fails its test instead of the suite. */
  run(file: string, args: string[], timeoutMs = 240_000): Promise<Run> {
    return new Promise((resolve) => {
      execFile(file, args, { cwd: this.dir, env: this.env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
        resolve({ status: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
      );
    });
  }

  pulumi(...args: string[]): Promise<Run> {
    return this.run("pulumi", [...args, "--non-interactive"]);
  }

  /** Like pulumi(), but a non-zero exit fails with what the CLI said. */
  async ok(...args: string[]): Promise<Run> {
    const r = await this.pulumi(...args);
    if (r.status !== 0) throw new Error(`pulumi ${args.join(" ")} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  driftCheck(stack: string): Promise<Run> {
    return this.run("bash", [path.join(repoRoot, "examples/gitops/drift-check.sh"), stack]);
  }
}

/** A small, policy-compliant SIP setup, as a team's `infra/` folder would hold it. */
export const GITOPS_PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as telnyx from "pulumi-telnyx-sip";

const config = new pulumi.Config();
const profile = new telnyx.OutboundVoiceProfile("outbound", {
  whitelistedDestinations: ["US", "CA"],
  concurrentCallLimit: 10,
  dailySpendLimit: "50.00",
  dailySpendLimitEnabled: true,
});
const pbx = new telnyx.CredentialConnection("office-pbx", {
  userName: config.get("userName") ?? "officepbx01",
  password: config.requireSecret("pbxPassword"),
  inbound: { channelLimit: config.getNumber("channelLimit") ?? 10 },
  outbound: { outboundVoiceProfileId: profile.id, channelLimit: 10 },
});
export const connectionId = pbx.id;
`;

export function gitopsProject(prefix: string): string {
  const dir = tempProjectDir(prefix);
  writeFiles(dir, {
    "Pulumi.yaml": "name: sip-gitops\nruntime: nodejs\nmain: index.ts\n",
    "index.ts": GITOPS_PROGRAM,
  });
  return dir;
}
