// How long the floor's provider sleeps: as many latencies per operation and kind as our provider made API calls for
// it, so the floor pays the same network time and the ratio shows the rest.
import type { PhaseFigures } from "./phases";
import type { Phase } from "./measured-command";
import type { Operation, Sleeps } from "../../test/fixtures/bench/floor/provider";

/** The provider operation each phase runs once per resource. */
const OPERATION: Record<Phase, Operation> = { up: "create", preview: "diff", refresh: "read", destroy: "delete" };

export function floorSleeps(ours: PhaseFigures[], resourcesByKind: Record<string, number>): Sleeps {
  const sleeps: Sleeps = {};
  for (const { phase, calls } of ours) {
    if (!calls) throw new Error(`no API calls recorded for ${phase}: the floor needs them`);
    sleeps[OPERATION[phase]] = Object.fromEntries(
      Object.entries(resourcesByKind).map(([kind, n]) => [kind, Math.round((calls.byKind[kind] ?? 0) / n)]),
    );
  }
  return sleeps;
}
