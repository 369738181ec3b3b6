import type * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { defaultsOf, withDefaults } from "./defaults";

/**
 * Makes each output that has a documented default read as the API has it, although the state leaves it out while it
 * holds that default (defaults.ts). The `apply` is made on first access only: a program that never reads the output
 * builds nothing for it (every Output costs promises, and Pulumi tracks each one until the program ends).
 */
export function readDefaultsBack(resource: pulumi.Resource, spec: ResourceSpec): void {
  const target = resource as unknown as Record<string, pulumi.Output<unknown>>;
  for (const [key, fallback] of Object.entries(defaultsOf(spec))) {
    const stored = target[key];
    if (stored === undefined) continue;
    let read: pulumi.Output<unknown> | undefined;
    Object.defineProperty(resource, key, {
      get: () => (read ??= stored.apply((value) => withDefaults(value, fallback))),
      enumerable: true,
      configurable: true,
    });
  }
}
