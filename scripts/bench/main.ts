// `npm run bench`: our provider against the emulator (with latency) next to a floor that only sleeps, through up,
// no-change preview, refresh and destroy, then how `up` grows with the stack. Tables to stdout, progress to stderr.
// What each figure means: docs/benchmarks.md.
import * as fs from "node:fs";
import * as os from "node:os";
import { benchGraph, kindCounts } from "../../test/fixtures/bench/graph";
import { parseBenchArgs, USAGE } from "./args";
import { floorSleeps, type Sleeps } from "./floor-sleeps";
import { medianRun } from "./median";
import { PHASES } from "./measured-command";
import { runPhase, type PhaseFigures } from "./phases";
import { cpuRatioLine, cpuTable, growthTable, memoryTable, phaseTable, stateLines, type GrowthRow, type RunFigures } from "./report";
import { stateSize } from "./state-size";
import { floorTarget, oursTarget, type Target } from "./targets";

const started = Date.now();
const load = () => os.loadavg()[0].toFixed(1);
const progress = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

/** Every phase on a fresh stack of `count` resources; the state is measured right after `up`. */
async function measureLifecycle(name: string, target: Target, count: number): Promise<RunFigures> {
  try {
    const phases: PhaseFigures[] = [];
    let state;
    for (const phase of PHASES) {
      progress(`${name}, ${count} resources: ${phase}`);
      phases.push(await runPhase(target.bench, phase, target.requests));
      if (phase === "up") state = await stateSize(target.bench.stack, target.bench.stateFile);
    }
    if (state!.resources !== count) throw new Error(`${name}: up left ${state!.resources} resources in the state, not ${count}`);
    return { count, phases, state: state! };
  } finally {
    await target.close();
  }
}

async function measureUp(name: string, target: Target, count: number): Promise<PhaseFigures> {
  try {
    progress(`${name}, ${count} resources: up`);
    return await runPhase(target.bench, "up", target.requests);
  } finally {
    await target.close();
  }
}

/** A small preview of each program first, so neither pays for cold caches (disk, plugin start) in the figures. */
async function warmUp(latencyMs: number, sleeps: Sleeps): Promise<void> {
  progress("warming up");
  for (const target of [await oursTarget(5, latencyMs), await floorTarget(5, latencyMs, sleeps)]) {
    await target.bench.stack.preview().finally(() => target.close());
  }
}

async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  if (!opts) return void console.log(USAGE);
  const { size, latencyMs } = opts;
  const loadBefore = load();
  const byKind = (count: number) => kindCounts(benchGraph(count));

  await warmUp(latencyMs, {});
  const oursRuns: RunFigures[] = [];
  const floorRuns: RunFigures[] = [];
  let sleeps: Sleeps | undefined;
  for (let run = 1; run <= opts.repeat; run++) {
    const label = (name: string) => (opts.repeat > 1 ? `${name} (run ${run} of ${opts.repeat})` : name);
    oursRuns.push(await measureLifecycle(label("ours"), await oursTarget(size, latencyMs), size));
    sleeps ??= floorSleeps(oursRuns[0].phases, byKind(size));
    floorRuns.push(await measureLifecycle(label("floor"), await floorTarget(size, latencyMs, sleeps), size));
  }
  const ours = medianRun(oursRuns);
  const floor = medianRun(floorRuns);

  const growth: GrowthRow[] = [];
  for (const count of opts.sizes) {
    if (count === size) growth.push({ count, ours: ours.phases[0], floor: floor.phases[0] });
    else {
      growth.push({
        count,
        ours: await measureUp("ours", await oursTarget(count, latencyMs), count),
        floor: await measureUp("floor", await floorTarget(count, latencyMs, sleeps!), count),
      });
    }
  }
  progress("done");

  const runs = [{ name: "ours", run: ours }, { name: "floor", run: floor }];
  console.log(
    [
      `${size} resources (${JSON.stringify(byKind(size))}), API latency ${latencyMs} ms, Pulumi's default --parallel, ` +
        `${opts.repeat > 1 ? `median of ${opts.repeat} runs per phase, ` : ""}` +
        `${os.cpus().length} cores, Node ${process.version}; total ${((Date.now() - started) / 60000).toFixed(1)} min; ` +
        `load average ${loadBefore} before, ${load()} after (other work on the machine skews every figure)`,
      "",
      phaseTable(ours, floor),
      "",
      "CPU seconds (user + system) by process:",
      cpuTable(runs),
      cpuRatioLine(ours, floor),
      "",
      "Peak RSS by process (MB):",
      memoryTable(runs),
      "",
      stateLines(runs),
      `floor sleeps (latencies per operation and kind): ${JSON.stringify(sleeps)}`,
      "",
      "`up` by stack size:",
      growthTable(growth),
    ].join("\n"),
  );
  if (opts.json) {
    fs.writeFileSync(opts.json, JSON.stringify({ options: opts, ours, floor, sleeps, growth, oursRuns, floorRuns }, null, 2));
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
