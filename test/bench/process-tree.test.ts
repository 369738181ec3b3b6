// The bench's CPU figure is exact: a process that ends between two samples still counts to the tick, through the
// children's times of the process that reaped it (scripts/bench/process-tree.ts).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROLES, TreeSampler } from "../../scripts/bench/process-tree";

/** A child that spins until it has used `ms` of CPU itself, however busy the machine. */
const burn = (ms: number) =>
  spawnSync(process.execPath, ["-e", `const s = process.cpuUsage(); while (process.cpuUsage(s).user < ${ms * 1000});`], { stdio: "ignore" });

describe("TreeSampler", () => {
  it("counts the whole CPU of a child that ended before any sample", () => {
    const sampler = new TreeSampler();
    // spawnSync blocks the event loop, so no sample sees the child: only its reaped times can count it.
    burn(400);
    const usage = sampler.stop();
    expect(ROLES.reduce((sum, r) => sum + usage.cpuByRole[r], 0)).toBe(0);
    // The child's own 0.4 s of CPU, and its start-up.
    expect(usage.cpuSeconds).toBeGreaterThanOrEqual(0.4);
  });

  it("counts nothing that was reaped before it started", () => {
    burn(300);
    const usage = new TreeSampler().stop();
    // Not exactly 0: a process left by an earlier test file of this worker may end meanwhile; the 0.3 s cannot hide.
    expect(usage.cpuSeconds).toBeLessThan(0.1);
  });
});
