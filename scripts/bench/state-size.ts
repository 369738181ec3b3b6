// How big the stack's state is: the serialized provider each dynamic resource carries, and the whole deployment.
import * as fs from "node:fs";
import type { Stack } from "@pulumi/pulumi/automation";
import { stateBreakdown, valuesPerResource, type StatePart, type StateResource } from "./state-breakdown";

export interface StateSize {
  resources: number;
  /** Bytes of `__provider` per dynamic resource. */
  providerBytes: { min: number; max: number };
  /** Bytes of the exported deployment (`pulumi stack export`), as compact JSON. */
  exportedBytes: number;
  /** Bytes of the checkpoint file in the backend, as the engine writes it. */
  fileBytes: number;
  /** Average bytes per dynamic resource, by part (see state-breakdown.ts). */
  perResource: Record<StatePart, number>;
  /** Average property values per dynamic resource, in inputs and outputs. */
  valuesPerResource: number;
}

export async function stateSize(stack: Stack, stateFile: string): Promise<StateSize> {
  const exported = await stack.exportStack();
  const dynamic = (exported.deployment.resources as StateResource[]).filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/"));
  const sizes = dynamic.map((r) => Buffer.byteLength(String(r.outputs?.__provider ?? "")));
  return {
    resources: dynamic.length,
    providerBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
    exportedBytes: Buffer.byteLength(JSON.stringify(exported)),
    fileBytes: fs.statSync(stateFile).size,
    perResource: stateBreakdown(dynamic),
    valuesPerResource: valuesPerResource(dynamic),
  };
}
