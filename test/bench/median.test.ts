// With --repeat, each phase keeps its median run by CPU, the figure the targets are set in.
import { describe, expect, it } from "vitest";
import { medianByCpu } from "../../scripts/bench/median";
import type { Measurement } from "../../scripts/bench/measured-command";

const run = (seconds: number, cpuSeconds: number): Measurement => ({
  seconds,
  usage: { peakMb: 0, peakTotalMb: 0, byRole: {} as never, cpuByRole: {} as never, cpuSeconds },
});

describe("medianByCpu", () => {
  it("keeps the run of median CPU, whatever its wall time", () => {
    const median = run(9, 2);
    expect(medianByCpu([run(1, 3), median, run(5, 1)])).toBe(median);
  });

  it("keeps the lower middle run of an even count", () => {
    const lower = run(1, 2);
    expect(medianByCpu([run(1, 4), run(1, 3), lower, run(1, 1)])).toBe(lower);
  });
});
