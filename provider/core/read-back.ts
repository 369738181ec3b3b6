import * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { defaultsOf, withDefaults } from "./defaults";
import { CREATED_AT, UPDATED_AT, updatedAt } from "./timestamps";

type Outputs = Record<string, pulumi.Output<unknown>>;
type Obj = Record<string, unknown>;

/** Stored outputs as the API has them: what the state leaves out while it can tell the value, put back. */
export function storedAsApi(spec: ResourceSpec, stored: Obj): Obj {
  const out = withDefaults(stored, defaultsOf(spec)) as Obj;
  if (stored[CREATED_AT] !== undefined) out[UPDATED_AT] = updatedAt(stored[UPDATED_AT], stored[CREATED_AT]);
  return out;
}

/** Replaces output `key` with a getter that builds `read(stored)` on first access only. */
function lazily(resource: pulumi.Resource, key: string, read: (stored: pulumi.Output<unknown>) => pulumi.Output<unknown>): void {
  const stored = (resource as unknown as Outputs)[key];
  if (stored === undefined) return;
  let built: pulumi.Output<unknown> | undefined;
  Object.defineProperty(resource, key, { get: () => (built ??= read(stored)), enumerable: true, configurable: true });
}

/**
 * Makes the outputs the state leaves out while they hold a value it can tell (defaults.ts, timestamps.ts) read as
 * the API has them. Each `apply` is made on first access only: a program that never reads the output builds nothing
 * for it (every Output costs promises, and Pulumi tracks each one until the program ends).
 */
export function readOutputsBack(resource: pulumi.Resource, spec: ResourceSpec): void {
  for (const [key, fallback] of Object.entries(defaultsOf(spec))) {
    lazily(resource, key, (stored) => stored.apply((value) => withDefaults(value, fallback)));
  }
  const created = (resource as unknown as Outputs)[CREATED_AT];
  if (created) lazily(resource, UPDATED_AT, (stored) => pulumi.all([stored, created]).apply(([u, c]) => updatedAt(u, c)));
}
