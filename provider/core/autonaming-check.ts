import type { ResourceSpec } from "../../sdk/resource-spec";

/** The check failure of a resource left unnamed while `pulumi:autonaming` is `disabled`. */
export const autonamingDisabled = (spec: ResourceSpec, name: string, nameKey: string) => ({
  property: nameKey,
  reason:
    `${spec.title} "${name}", field ${nameKey}: required, because pulumi:autonaming is disabled for this resource ` +
    `type. Give ${nameKey}, or change pulumi:autonaming.`,
});
