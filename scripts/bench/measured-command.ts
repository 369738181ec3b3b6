// The Pulumi CLI as the Automation API runs it, with the wall time, memory and CPU of each measured command recorded.
// Only the `pulumi up|preview|refresh|destroy` process itself is measured: the Automation API also runs short
// commands around it (stack select, stack output, history) that a user of the CLI would not run.
import * as fs from "node:fs";
import * as path from "node:path";
import { PulumiCommand } from "@pulumi/pulumi/automation";
import { TreeSampler, type TreeUsage } from "./process-tree";
import { localDir } from "./pulumi-env";

export type Phase = "up" | "preview" | "refresh" | "destroy";
export const PHASES: readonly Phase[] = ["up", "preview", "refresh", "destroy"];

export interface Measurement {
  seconds: number;
  usage: TreeUsage;
}

/** The part of PulumiCommand the Automation API calls (marked internal in its typings). */
interface Runner {
  run(args: string[], ...rest: unknown[]): Promise<unknown>;
}

export class MeasuredCommand {
  private readonly measured = new Map<Phase, Measurement>();

  private constructor(readonly command: PulumiCommand) {}

  static async get(): Promise<MeasuredCommand> {
    if (!fs.existsSync(path.join(localDir, "bin", "pulumi"))) {
      throw new Error("The Pulumi CLI is not set up: run `npm run bench` (it runs scripts/setup.sh first)");
    }
    const inner = await PulumiCommand.get({ root: localDir });
    const wrapped = Object.create(inner) as PulumiCommand & Runner;
    const self = new MeasuredCommand(wrapped);
    wrapped.run = async (args, ...rest) => {
      const run = (inner as unknown as Runner).run.bind(inner);
      if (!PHASES.includes(args[0] as Phase)) return run(args, ...rest);
      const sampler = new TreeSampler();
      const started = process.hrtime.bigint();
      try {
        return await run(args, ...rest);
      } finally {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        self.measured.set(args[0] as Phase, { seconds, usage: sampler.stop() });
      }
    };
    return self;
  }

  /** The figures of the last `pulumi <phase>` this command ran. */
  last(phase: Phase): Measurement {
    const m = this.measured.get(phase);
    if (!m) throw new Error(`no \`pulumi ${phase}\` has been measured`);
    return m;
  }
}
