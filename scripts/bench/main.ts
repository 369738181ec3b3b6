// `npm run bench`: our provider against the emulator (with latency) next to a floor that makes one HTTP request per
// create, read, update and delete to an emulator of its own, through up, no-change preview, refresh and destroy; small stacks (the root program, an example) against their floors and an
// empty program; then how `up` grows with the stack. Tables to stdout, progress to stderr.
// What each figure means: docs/benchmarks.md.
import * as fs from "node:fs";
import * as os from "node:os";
import { benchGraph, kindCounts } from "../../test/fixtures/bench/graph";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args";
import { medianRun } from "./median";
import { PHASES } from "./measured-command";
import { pairedPhases } from "./paired";
import { runPhase, type PhaseFigures } from "./phases";
import {
  cpuRatioLine, cpuTable, growthTable, growthVerdict, memoryTable, phaseTable, smallTable, stateLines, stateTable,
  type GrowthRow, type RunFigures, type SmallRow,
} from "./report";
import { runRatiosLine } from "./run-ratios";
import { measureEmpty, measureSmall, SMALL_PROGRAMS } from "./small-stacks";
import { stateSize, type StateSize } from "./state-size";
import { floorTarget, oursTarget, type Side, type Target } from "./targets";

const started = Date.now();
const load = () => os.loadavg()[0].toFixed(1);
const progress = (line: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

/** Ours and the floor through every phase on fresh stacks of `count` resources, paired (paired.ts). */
async function measureLifecycles(run: number, label: (name: string) => string, count: number, latencyMs: number) {
  const ours = await oursTarget(count, latencyMs);
  const floor = await floorTarget(count, latencyMs).catch(async (err) => {
    await ours.close();
    throw err;
  });
  try {
    const states = new Map<Target, StateSize>();
    const sides: [Side, Side] = [{ name: "ours", target: ours }, { name: "floor", target: floor }];
    const runs = await pairedPhases(sides, PHASES, run, async ({ name, target }, phase) => {
      progress(`${label(name)}, ${count} resources: ${phase}`);
      const figures = await runPhase(target.bench, phase, target.requests);
      // The state right after `up`.
      if (phase === "up") states.set(target, await stateSize(target.bench.stack, target.bench.stateFile));
      return figures;
    });
    return sides.map(({ name, target }, i): RunFigures => {
      const state = states.get(target)!;
      if (state.resources !== count) throw new Error(`${name}: up left ${state.resources} resources in the state, not ${count}`);
      return { count, phases: runs[i], state };
    });
  } finally {
    await Promise.all([ours.close(), floor.close()]);
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
async function warmUp(latencyMs: number): Promise<void> {
  progress("warming up");
  for (const target of [await oursTarget(5, latencyMs), await floorTarget(5, latencyMs)]) {
    await target.bench.stack.preview().finally(() => target.close());
  }
}

async function phasesSection(opts: BenchOptions) {
  const { size, latencyMs } = opts;
  const oursRuns: RunFigures[] = [];
  const floorRuns: RunFigures[] = [];
  for (let run = 1; run <= opts.repeat; run++) {
    const label = (name: string) => (opts.repeat > 1 ? `${name} (run ${run} of ${opts.repeat})` : name);
    const [ours, floor] = await measureLifecycles(run, label, size, latencyMs);
    oursRuns.push(ours);
    floorRuns.push(floor);
  }
  const ours = medianRun(oursRuns);
  const floor = medianRun(floorRuns);
  const runs = [{ name: "ours", run: ours }, { name: "floor", run: floor }];
  const text = [
    phaseTable(ours, floor),
    "",
    "CPU seconds (user + system) by process:",
    cpuTable(runs),
    cpuRatioLine(ours, floor),
    ...(opts.repeat > 1 ? [runRatiosLine(oursRuns, floorRuns)] : []),
    "",
    "Peak RSS by process (MB):",
    memoryTable(runs),
    "",
    stateLines(runs),
    "",
    "State after `up`, average bytes per resource by part (compact JSON of `pulumi stack export`):",
    stateTable(ours, floor),
  ].join("\n");
  return { ours, floor, oursRuns, floorRuns, text };
}

async function smallSection(opts: BenchOptions) {
  const rows: SmallRow[] = [];
  progress("empty program");
  const empty = await measureEmpty(opts.repeat);
  for (const program of SMALL_PROGRAMS) {
    progress(`small stack: ${program.name}, ours and floor paired`);
    rows.push({ program: program.name, ...(await measureSmall(program, opts.repeat, opts.latencyMs)) });
  }
  return { empty, rows, text: smallTable(rows, empty) };
}

async function growthSection(opts: BenchOptions, measured?: { ours: RunFigures; floor: RunFigures }) {
  const growth: GrowthRow[] = [];
  for (const count of opts.sizes) {
    if (measured && count === opts.size) growth.push({ count, ours: measured.ours.phases[0], floor: measured.floor.phases[0] });
    else {
      growth.push({
        count,
        ours: await measureUp("ours", await oursTarget(count, opts.latencyMs), count),
        floor: await measureUp("floor", await floorTarget(count, opts.latencyMs), count),
      });
    }
  }
  return { growth, text: [growthTable(growth), growthVerdict(growth)].join("\n") };
}

async function main(): Promise<void> {
  const opts = parseBenchArgs(process.argv.slice(2));
  if (!opts) return void console.log(USAGE);
  const loadBefore = load();
  await warmUp(opts.latencyMs);
  const phases = opts.tables.includes("phases") ? await phasesSection(opts) : undefined;
  const small = opts.tables.includes("small") ? await smallSection(opts) : undefined;
  const growth = opts.tables.includes("growth") ? await growthSection(opts, phases) : undefined;
  progress("done");

  const byKind = kindCounts(benchGraph(opts.size));
  console.log(
    [
      `API latency ${opts.latencyMs} ms, Pulumi's default --parallel, ` +
        `${opts.repeat > 1 ? `median of ${opts.repeat} runs per phase, ` : ""}` +
        `${os.cpus().length} cores, Node ${process.version}; total ${((Date.now() - started) / 60000).toFixed(1)} min; ` +
        `load average ${loadBefore} before, ${load()} after (other work on the machine skews every figure)`,
      ...(phases ? ["", `${opts.size} resources (${JSON.stringify(byKind)}):`, "", phases.text] : []),
      ...(small ? ["", "Small stacks (floor: the same resources on a provider that makes one HTTP request per operation):", "", small.text] : []),
      ...(growth ? ["", "`up` by stack size:", "", growth.text] : []),
    ].join("\n"),
  );
  if (opts.json) {
    const { text: _p, ...phaseFigures } = phases ?? { text: "" };
    const { text: _s, ...smallFigures } = small ?? { text: "" };
    fs.writeFileSync(opts.json, JSON.stringify({ options: opts, ...phaseFigures, small: smallFigures, growth: growth?.growth }, null, 2));
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
