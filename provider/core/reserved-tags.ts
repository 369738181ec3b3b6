import type { ResourceSpec } from "../../sdk/resource-spec";
import { isOwnershipTag, OWNERSHIP_TAG_PREFIX } from "../../sdk/ownership-tag";

/** A user tag that looks like the provider's ownership tag would be taken for one, so it is refused at preview. */
export function reservedTagFailures(spec: ResourceSpec, name: string, tags: unknown): { property: string; reason: string }[] {
  if (!Array.isArray(tags)) return [];
  return tags.filter(isOwnershipTag).map((tag) => ({
    property: "tags",
    reason:
      `${spec.title} "${name}", field tags: "${tag}" starts with "${OWNERSHIP_TAG_PREFIX}", which is reserved for the ` +
      "tag this package puts on what it creates; use another prefix.",
  }));
}
