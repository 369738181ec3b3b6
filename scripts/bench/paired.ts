// Ours and the floor measured side by side: each phase of one right next to the same phase of the other, seconds
// apart, rather than one whole lifecycle after the other. What the machine does in the minute of a run (other load,
// caches, the engine's scheduling) then weighs on both sides of each ratio alike. Which side goes first alternates
// from phase to phase and from run to run, so that neither always runs on the machine the other has just warmed.

/** The two sides in the order they run phase `phase` (from 0) of run `run` (from 1). */
export function pairOrder<S>(sides: readonly [S, S], run: number, phase: number): S[] {
  return (run + phase) % 2 === 1 ? [sides[0], sides[1]] : [sides[1], sides[0]];
}

/** `measure` of every phase for both sides, paired; each side's results in phase order. */
export async function pairedPhases<S, P, R>(
  sides: readonly [S, S],
  phases: readonly P[],
  run: number,
  measure: (side: S, phase: P) => Promise<R>,
): Promise<[R[], R[]]> {
  const results = new Map<S, R[]>(sides.map((side) => [side, []]));
  for (const [i, phase] of phases.entries()) {
    for (const side of pairOrder(sides, run, i)) results.get(side)!.push(await measure(side, phase));
  }
  return [results.get(sides[0])!, results.get(sides[1])!];
}
