// One benchmark phase: a `pulumi` command on the stack, its wall time, memory and CPU, and the API calls it made.
import type { ApiCalls, EmulatorRequests } from "./api-calls";
import type { BenchStack } from "./bench-stack";
import type { Measurement, Phase } from "./measured-command";

export interface PhaseFigures extends Measurement {
  phase: Phase;
  /** Only where an emulator answers: the floor makes no API calls. */
  calls?: ApiCalls;
}

const run: Record<Phase, (b: BenchStack) => Promise<unknown>> = {
  up: (b) => b.stack.up(),
  // A preview that finds a change would measure something else: fail instead.
  preview: (b) => b.stack.preview({ expectNoChanges: true }),
  refresh: (b) => b.stack.refresh(),
  destroy: (b) => b.stack.destroy(),
};

export async function runPhase(b: BenchStack, phase: Phase, requests?: EmulatorRequests): Promise<PhaseFigures> {
  await requests?.reset();
  await run[phase](b);
  return { phase, ...b.command.last(phase), calls: await requests?.calls() };
}
