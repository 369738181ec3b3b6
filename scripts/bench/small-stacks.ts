// The small-stack table: what a user of a handful of resources waits for on every pull request. The root program and
// one example go through a no-change `preview`, an `up` of one changed field and a `refresh`, each against its floor
// (the same resources on a provider that only sleeps, see mirror.ts) and an empty TypeScript program for reference.
import * as path from "node:path";
import type { ConfigMap } from "@pulumi/pulumi/automation";
import { startEmulator } from "../../emulator";
import { EmulatorRequests, type ApiCalls } from "./api-calls";
import { benchStack, stagedStack, type BenchStack, type StageSpec } from "./bench-stack";
import type { Measurement } from "./measured-command";
import { medianByCpu } from "./median";
import { mirrorOf, withChange, type MirroredResource } from "./mirror";
import { repoRoot } from "./pulumi-env";

export type SmallPhase = "preview" | "up (1 change)" | "refresh";
export const SMALL_PHASES: readonly SmallPhase[] = ["preview", "up (1 change)", "refresh"];

export interface SmallProgram {
  name: string;
  stage: StageSpec;
  /** Secret config the program requires, keys with their namespace. */
  secrets: Record<string, string>;
  /** The one change: a new value of this secret config key, which changes `field` of `resource`. */
  change: { configKey: string; resource: string; field: string };
}

export const SMALL_PROGRAMS: SmallProgram[] = [
  {
    name: "root program",
    stage: { copy: [{ from: path.join(repoRoot, "Pulumi.yaml"), to: "app/Pulumi.yaml" }, { from: path.join(repoRoot, "program"), to: "app/program" }], workDir: "app" },
    secrets: { "telnyx-sip:pbxPassword": "bench-pbx-1", "telnyx-sip:uacPassword": "bench-uac-1", "telnyx-sip:carrierToken": "bench-token-1" },
    change: { configKey: "telnyx-sip:pbxPassword", resource: "office-pbx", field: "password" },
  },
  {
    name: "pbx-credential-trunk",
    stage: { copy: [{ from: path.join(repoRoot, "examples/pbx-credential-trunk"), to: "app" }], workDir: "app" },
    secrets: { "pbx-credential-trunk:pbxPassword": "bench-pbx-1" },
    change: { configKey: "pbx-credential-trunk:pbxPassword", resource: "office-pbx", field: "password" },
  },
];

export interface SmallFigures extends Measurement {
  calls?: ApiCalls;
}
export type SmallRun = Record<SmallPhase, SmallFigures>;

const secretConfig = (values: Record<string, string>): ConfigMap =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, secret: true }]));

/**
 * Each phase `repeat` times on one stack (the median run by CPU); `change(i)` makes the i-th change before its `up`.
 * A preview that finds a change, or an `up` that updates anything but one resource, measures something else: fail.
 */
async function measure(b: BenchStack, repeat: number, change: (i: number) => Promise<void>, requests?: EmulatorRequests): Promise<SmallRun> {
  const runs: Record<SmallPhase, SmallFigures[]> = { preview: [], "up (1 change)": [], refresh: [] };
  const phase = async (name: SmallPhase, command: "preview" | "up" | "refresh", run: () => Promise<unknown>) => {
    await requests?.reset();
    await run();
    runs[name].push({ ...b.command.last(command), calls: await requests?.calls() });
  };
  for (let i = 1; i <= repeat; i++) {
    await phase("preview", "preview", () => b.stack.preview({ expectNoChanges: true }));
    await change(i);
    await phase("up (1 change)", "up", async () => {
      const { summary } = await b.stack.up();
      const changes = summary.resourceChanges ?? {};
      if (changes.update !== 1) throw new Error(`the one-field change updated ${JSON.stringify(changes)}, not one resource`);
    });
    await phase("refresh", "refresh", () => b.stack.refresh());
  }
  return Object.fromEntries(SMALL_PHASES.map((p) => [p, medianByCpu(runs[p])])) as SmallRun;
}

/** Ours against the emulator, then its mirror as the floor. */
export async function measureSmall(p: SmallProgram, repeat: number, latencyMs: number): Promise<{ ours: SmallRun; floor: SmallRun; resources: number }> {
  const emulator = await startEmulator({ port: 0, latencyMs });
  let mirror: MirroredResource[];
  let ours: SmallRun;
  try {
    const b = await stagedStack(p.stage, {
      "telnyx:baseUrl": { value: `${emulator.url}/v2` },
      "telnyx:apiKey": { value: "bench-api-key", secret: true },
      ...secretConfig(p.secrets),
    });
    try {
      await b.stack.up();
      const setChange = (i: number) => b.stack.setConfig(p.change.configKey, { value: `${p.secrets[p.change.configKey]}-changed-${i}`, secret: true });
      ours = await measure(b, repeat, setChange, new EmulatorRequests(emulator.url));
      mirror = mirrorOf((await b.stack.exportStack()).deployment.resources);
    } finally {
      b.remove();
    }
  } finally {
    await emulator.close();
  }
  const f = await benchStack("mirror", { resources: { value: JSON.stringify(mirror) }, latencyMs: { value: String(latencyMs) } });
  try {
    await f.stack.up();
    const setChange = (i: number) =>
      f.stack.setConfig("resources", { value: JSON.stringify(withChange(mirror, p.change.resource, p.change.field, `changed-${i}`)) });
    return { ours, floor: await measure(f, repeat, setChange), resources: mirror.length };
  } finally {
    f.remove();
  }
}

/** The empty program: preview and refresh as they are, and an `up` with nothing to do for the middle row. */
export async function measureEmpty(repeat: number): Promise<SmallRun> {
  const b = await benchStack("empty", {});
  try {
    await b.stack.up();
    const runs: Record<SmallPhase, SmallFigures[]> = { preview: [], "up (1 change)": [], refresh: [] };
    for (let i = 0; i < repeat; i++) {
      await b.stack.preview();
      runs.preview.push(b.command.last("preview"));
      await b.stack.up();
      runs["up (1 change)"].push(b.command.last("up"));
      await b.stack.refresh();
      runs.refresh.push(b.command.last("refresh"));
    }
    return Object.fromEntries(SMALL_PHASES.map((p) => [p, medianByCpu(runs[p])])) as SmallRun;
  } finally {
    b.remove();
  }
}
