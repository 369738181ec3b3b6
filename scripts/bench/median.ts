// On a busy machine one run of a phase can be off by tens of percent: with --repeat, each phase's figures are those
// of its median run by CPU time, the figure the targets are set in (wall time moves far more with other load), all
// from that one run so that time, memory and calls stay consistent.
import type { Measurement } from "./measured-command";
import type { RunFigures } from "./report";

/** The run of median CPU time (the lower middle one of an even count). */
export function medianByCpu<T extends Measurement>(runs: T[]): T {
  const sorted = [...runs].sort((a, b) => a.usage.cpuSeconds - b.usage.cpuSeconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One run made of the median run of every phase (the state is the same in every run: the first one's). */
export function medianRun(runs: RunFigures[]): RunFigures {
  const [first] = runs;
  return { ...first, phases: first.phases.map((_, i) => medianByCpu(runs.map((r) => r.phases[i]))) };
}
