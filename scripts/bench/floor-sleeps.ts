// How long the floor's provider sleeps: as many latencies per operation and kind as our provider made API calls for
// it, so the floor pays the same network time and the ratio shows the rest.
import type { PhaseFigures } from "./phases";
import type { Phase } from "./measured-command";

/** A provider operation the floor can sleep in (the floor's `diff` sleeps only if our no-change preview calls the API). */
export type Operation = "diff" | "create" | "read" | "delete";
/** API calls per operation and resource kind, e.g. `{ create: { ip: 2 } }`: the floor's `sleeps` config. */
export type Sleeps = Partial<Record<Operation, Record<string, number>>>;

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
