// The bench's CPU figure is exact: a process that ends between two samples still counts to the tick, through the
// children's times of the process that reaped it (scripts/bench/process-tree.ts).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROLES, TreeSampler } from "../../scripts/bench/process-tree";

const burn = (ms: number) =>
  spawnSync(process.execPath, ["-e", `const end = Date.now() + ${ms}; while (Date.now() < end);`], { stdio: "ignore" });

describe("TreeSampler", () => {
  it("counts the whole CPU of a child that ended before any sample", () => {
    const sampler = new TreeSampler();
    // spawnSync blocks the event loop, so no sample sees the child: only its reaped times can count it.
    burn(400);
    const usage = sampler.stop();
    expect(ROLES.reduce((sum, r) => sum + usage.cpuByRole[r], 0)).toBe(0);
    // 400 ms of wall time spinning: at least 0.2 s of CPU even on a machine busy enough to halve the child's share.
    expect(usage.cpuSeconds).toBeGreaterThanOrEqual(0.2);
  });

  it("counts nothing that was reaped before it started", () => {
    burn(300);
    const usage = new TreeSampler().stop();
    // Not exactly 0: a process left by an earlier test file of this worker may end meanwhile; the 0.3 s cannot hide.
    expect(usage.cpuSeconds).toBeLessThan(0.1);
  });
});
