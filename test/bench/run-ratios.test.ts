// With --repeat, the bench prints each run's CPU ratio against the floor's run beside it, so the spread shows.
import { describe, expect, it } from "vitest";
import type { Phase } from "../../scripts/bench/measured-command";
import type { RunFigures } from "../../scripts/bench/report";
import { runRatiosLine } from "../../scripts/bench/run-ratios";

const run = (cpu: Partial<Record<Phase, number>>): RunFigures => ({
  count: 1,
  state: {} as never,
  phases: Object.entries(cpu).map(([phase, cpuSeconds]) => ({
    phase: phase as Phase,
    seconds: 1,
    usage: { peakMb: 0, peakTotalMb: 0, byRole: {} as never, cpuByRole: {} as never, cpuSeconds },
  })),
});

describe("runRatiosLine", () => {
  it("divides each run by the floor's run of the same index, lowest ratio first, with their median", () => {
    const ours = [run({ up: 3, refresh: 2 }), run({ up: 2, refresh: 3 }), run({ up: 4, refresh: 1 })];
    const floor = [run({ up: 2, refresh: 2 }), run({ up: 2, refresh: 2 }), run({ up: 2, refresh: 2 })];
    expect(runRatiosLine(ours, floor)).toBe(
      "CPU ratio of each run, ours / the floor's run beside it, lowest first: " +
        "up 1.00 1.50 2.00 (median 1.50); refresh 0.50 1.00 1.50 (median 1.00)",
    );
  });
});
