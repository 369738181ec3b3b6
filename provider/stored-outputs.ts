import type { ResourceSpec } from "../sdk/resource-spec";
import { resources } from "../sdk/resources";
import { storedAsApi } from "./core/read-back";

/**
 * A resource's outputs as its state stores them, read as the API has them: the state leaves out what it can tell
 * (undeclared fields at their documented default, `updatedAt` equal to `createdAt`). For tools that read the state
 * or the engine's events, such as examples/gitops/drift-summary.js. `kind` is the state's `__kind`.
 */
export function outputsAsApi(kind: string, outputs: Record<string, unknown>): Record<string, unknown> {
  const spec = resources[kind as keyof typeof resources] as unknown as ResourceSpec | undefined;
  return spec ? storedAsApi(spec, outputs) : outputs;
}
