import type { ResourceSpec } from "../sdk/resource-spec";
import { resources } from "../sdk/resources";
import { storedAsApi } from "./core/read-back";
import { kindOf } from "./core/type-token";

/**
 * A resource's outputs as its state stores them, read as the API has them: the state leaves out what it can tell
 * (undeclared fields at their documented default, `updatedAt` equal to `createdAt`). For tools that read the state
 * or the engine's events, such as examples/gitops/drift-summary.js. `type` is the resource's type token as the state
 * and events have it (`pulumi-nodejs:dynamic/telnyx:IpConnection`), or its URN, or a kind (`ipConnection`).
 */
export function outputsAsApi(type: string, outputs: Record<string, unknown>): Record<string, unknown> {
  const kind = kindOf(type) ?? (Object.hasOwn(resources, type) ? (type as keyof typeof resources) : undefined);
  const spec = kind && (resources[kind] as unknown as ResourceSpec);
  return spec ? storedAsApi(spec, outputs) : outputs;
}
