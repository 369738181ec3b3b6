import type { ResourceSpec } from "../../sdk/resource-spec";
import { camel } from "./casing";

// What check says about ownership (provider/ownership/) at preview: what stops a plan (resource, field and the way
// out), and what an adoption is.

type Failure = { property: string; reason: string };

/** The replacement of an adopted object is a new object, and the API will not reveal the adopted one's `key`. */
export const replacementNeeds = (spec: ResourceSpec, name: string, key: string, adoptedId: string): Failure => ({
  property: "",
  reason:
    `${spec.title} "${name}", field ${camel(key)}: replacing the adopted ${spec.title} ${adoptedId} makes a new one, ` +
    `which needs ${camel(key)}, and Telnyx does not reveal the adopted one's. Set ${camel(key)} in the program, or keep ` +
    "the object as it is (run without --replace, or undo the change that forces a replacement); nothing was deleted.",
});

/** A resource that has its object is given another `adoptId`. */
export const adoptIdChanged = (spec: ResourceSpec, name: string, id: string, wanted: string): string =>
  `${spec.title} "${name}", field adoptId: it is now ${wanted}, but this resource already manages ${spec.title} ${id}, ` +
  "and adoption happens only when a resource is created. Put adoptId back as it was (or remove it: that changes " +
  `nothing); to manage ${wanted} instead, adopt it with a resource of another name, and remove this one (its object is ` +
  "deleted) or `pulumi state delete` it (its object is left as it is).";

/**
 * An adoption, which the engine shows and counts as a create ("+ create", "N to create"). The GitOps preview summary
 * (examples/gitops/preview-summary.js) counts adoptions by this line: keep its start as it is.
 */
export const adoptionNote = (spec: ResourceSpec, name: string, id: string): string =>
  `${spec.title} "${name}" adopts the existing ${spec.title} ${id}: nothing is created; the "create" shown for it ` +
  "takes that object over by its id.";
