// With --repeat: the CPU ratio of each run of ours against the floor's run beside it. Runs seconds apart share the
// machine's state more than the medians of all runs do, and the spread shows how far one run can be trusted.
import type { RunFigures } from "./report";

export function runRatiosLine(ours: RunFigures[], floor: RunFigures[]): string {
  const byPhase = ours[0].phases.map(({ phase }, i) => {
    const ratios = ours
      .map((run, r) => run.phases[i].usage.cpuSeconds / floor[r].phases[i].usage.cpuSeconds)
      .sort((a, b) => a - b);
    const median = ratios[Math.floor((ratios.length - 1) / 2)];
    return `${phase} ${ratios.map((x) => x.toFixed(2)).join(" ")} (median ${median.toFixed(2)})`;
  });
  return `CPU ratio of each run, ours / the floor's run beside it, lowest first: ${byPhase.join("; ")}`;
}
