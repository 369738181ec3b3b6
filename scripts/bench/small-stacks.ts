// The small-stack table: what a user of a handful of resources waits for on every pull request. The root program and
// one example go through a no-change `preview`, an `up` of one changed field and a `refresh`, each against its floor
// (the same resources on a provider that makes one request per operation, see mirror.ts) and an empty TypeScript program for reference.
import * as path from "node:path";
import type { ConfigMap } from "@pulumi/pulumi/automation";
import { startEmulator } from "../../emulator";
import { EmulatorRequests, type ApiCalls } from "./api-calls";
import { benchStack, stagedStack, type BenchStack, type StageSpec } from "./bench-stack";
import type { Measurement } from "./measured-command";
import { medianByCpu } from "./median";
import { mirrorOf, withChange } from "./mirror";
import { pairedPhases } from "./paired";
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
  /** Data-source lookups the program makes each time it runs: the floor makes as many requests. */
  lookups: number;
}

export const SMALL_PROGRAMS: SmallProgram[] = [
  {
    name: "root program",
    stage: { copy: [{ from: path.join(repoRoot, "Pulumi.yaml"), to: "app/Pulumi.yaml" }, { from: path.join(repoRoot, "program"), to: "app/program" }], workDir: "app" },
    secrets: { "telnyx-sip:pbxPassword": "bench-pbx-1", "telnyx-sip:uacPassword": "bench-uac-1", "telnyx-sip:carrierToken": "bench-token-1" },
    change: { configKey: "telnyx-sip:pbxPassword", resource: "office-pbx", field: "password" },
    lookups: 1, // getRegistrationStatusOutput
  },
  {
    name: "pbx-credential-trunk",
    stage: { copy: [{ from: path.join(repoRoot, "examples/pbx-credential-trunk"), to: "app" }], workDir: "app" },
    secrets: { "pbx-credential-trunk:pbxPassword": "bench-pbx-1" },
    change: { configKey: "pbx-credential-trunk:pbxPassword", resource: "office-pbx", field: "password" },
    lookups: 0,
  },
];

export interface SmallFigures extends Measurement {
  calls?: ApiCalls;
}
export type SmallRun = Record<SmallPhase, SmallFigures>;

const secretConfig = (values: Record<string, string>): ConfigMap =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, secret: true }]));

/** One small stack being measured: `change(i)` makes the i-th change before its `up`. */
interface Side {
  b: BenchStack;
  change: (i: number) => Promise<void>;
  requests?: EmulatorRequests;
}

/**
 * One phase, the i-th time. A preview that finds a change, or an `up` that updates anything but one resource, measures
 * something else: fail.
 */
async function smallPhase({ b, change, requests }: Side, phase: SmallPhase, i: number): Promise<SmallFigures> {
  if (phase === "up (1 change)") await change(i);
  await requests?.reset();
  if (phase === "preview") await b.stack.preview({ expectNoChanges: true });
  if (phase === "refresh") await b.stack.refresh();
  if (phase === "up (1 change)") {
    const changes = (await b.stack.up()).summary.resourceChanges ?? {};
    if (changes.update !== 1) throw new Error(`the one-field change updated ${JSON.stringify(changes)}, not one resource`);
  }
  return { ...b.command.last(phase === "up (1 change)" ? "up" : phase), calls: await requests?.calls() };
}

/**
 * Ours against the emulator and its mirror as the floor, each phase `repeat` times, paired (paired.ts); for each phase
 * the median run by CPU.
 */
export async function measureSmall(p: SmallProgram, repeat: number, latencyMs: number): Promise<{ ours: SmallRun; floor: SmallRun; resources: number }> {
  const emulator = await startEmulator({ port: 0, latencyMs });
  const floorEmulator = await startEmulator({ port: 0, latencyMs });
  const staged: BenchStack[] = [];
  try {
    const b = await stagedStack(p.stage, {
      "telnyx:baseUrl": { value: `${emulator.url}/v2` },
      "telnyx:apiKey": { value: "bench-api-key", secret: true },
      ...secretConfig(p.secrets),
    });
    staged.push(b);
    await b.stack.up();
    const mirror = mirrorOf((await b.stack.exportStack()).deployment.resources);
    const f = await benchStack("mirror", {
      resources: { value: JSON.stringify(mirror) },
      lookups: { value: String(p.lookups) },
      baseUrl: { value: `${floorEmulator.url}/v2` },
      apiKey: { value: "bench-api-key", secret: true },
    });
    staged.push(f);
    await f.stack.up();
    const sides: [Side, Side] = [
      {
        b,
        change: (i) =>
          b.stack.setConfig(p.change.configKey, { value: `${p.secrets[p.change.configKey]}-changed-${i}`, secret: true }),
        requests: new EmulatorRequests(emulator.url),
      },
      {
        b: f,
        requests: new EmulatorRequests(floorEmulator.url),
        change: (i) => {
          const changed = withChange(mirror, p.change.resource, p.change.field, `changed-${i}`);
          return f.stack.setConfig("resources", { value: JSON.stringify(changed) });
        },
      },
    ];
    const runs: [SmallFigures[][], SmallFigures[][]] = [[], []];
    for (let i = 1; i <= repeat; i++) {
      const [ours, floor] = await pairedPhases(sides, SMALL_PHASES, i, (side, phase) => smallPhase(side, phase, i));
      runs[0].push(ours);
      runs[1].push(floor);
    }
    // A preview with nothing to change makes only the lookups' requests: the floor must make as many.
    const previewCalls = (side: SmallFigures[][]) => side[0][SMALL_PHASES.indexOf("preview")].calls?.total;
    if (previewCalls(runs[0]) !== previewCalls(runs[1])) {
      throw new Error(`${p.name}: its preview made ${previewCalls(runs[0])} API calls and the floor's ${previewCalls(runs[1])}: set \`lookups\` in SMALL_PROGRAMS to the program's lookups`);
    }
    const median = (side: SmallFigures[][]) =>
      Object.fromEntries(SMALL_PHASES.map((phase, k) => [phase, medianByCpu(side.map((run) => run[k]))])) as SmallRun;
    return { ours: median(runs[0]), floor: median(runs[1]), resources: mirror.length };
  } finally {
    for (const s of staged) s.remove();
    await Promise.all([emulator.close(), floorEmulator.close()]);
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
