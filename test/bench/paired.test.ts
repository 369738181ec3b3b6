// Ours and the floor run each phase side by side, the side that goes first alternating, and each side's figures come
// back in phase order.
import { describe, expect, it } from "vitest";
import { pairedPhases, pairOrder } from "../../scripts/bench/paired";

const PHASES = ["up", "preview", "refresh", "destroy"] as const;

async function order(run: number) {
  const log: string[] = [];
  const results = await pairedPhases(["ours", "floor"], PHASES, run, async (side, phase) => {
    log.push(`${side} ${phase}`);
    return `${side}:${phase}`;
  });
  return { log, results };
}

describe("pairedPhases", () => {
  it("runs each phase of both sides before the next phase, alternating which goes first", async () => {
    const { log } = await order(1);
    expect(log).toEqual([
      "ours up", "floor up",
      "floor preview", "ours preview",
      "ours refresh", "floor refresh",
      "floor destroy", "ours destroy",
    ]);
  });

  it("starts the next run with the other side", async () => {
    const { log } = await order(2);
    expect(log.slice(0, 4)).toEqual(["floor up", "ours up", "ours preview", "floor preview"]);
  });

  it("returns each side's results in phase order, whichever went first", async () => {
    for (const run of [1, 2, 3]) {
      const { results } = await order(run);
      expect(results).toEqual([PHASES.map((p) => `ours:${p}`), PHASES.map((p) => `floor:${p}`)]);
    }
  });

  it("waits for each measurement before starting the next", async () => {
    let running = 0;
    let most = 0;
    await pairedPhases(["a", "b"], PHASES, 1, async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    });
    expect(most).toBe(1);
  });
});

describe("pairOrder", () => {
  it("gives each side first place in half of the phases of a run", () => {
    const firsts = PHASES.map((_, i) => pairOrder(["ours", "floor"], 1, i)[0]);
    expect(firsts.filter((s) => s === "ours")).toHaveLength(2);
    expect(firsts.filter((s) => s === "floor")).toHaveLength(2);
  });
});
