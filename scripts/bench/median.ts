// On a busy machine one run of a phase can be off by tens of percent: with --repeat, each phase's figures are those
// of its median run (by wall time), all from that one run so that time, memory and calls stay consistent.
import type { PhaseFigures } from "./phases";
import type { RunFigures } from "./report";

function medianBySeconds(figures: PhaseFigures[]): PhaseFigures {
  const sorted = [...figures].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One run made of the median run of every phase (the state is the same in every run: the first one's). */
export function medianRun(runs: RunFigures[]): RunFigures {
  const [first] = runs;
  return { ...first, phases: first.phases.map((_, i) => medianBySeconds(runs.map((r) => r.phases[i]))) };
}
