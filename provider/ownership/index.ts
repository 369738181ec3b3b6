// Ownership: which Telnyx object a stack resource may take over, keep, or delete. Every rule below is proven from facts
// that survive a new process, a new deployment and another machine: the object itself (its ownership tag, its key, its
// existence), the resource's own state (its id, the token it owns the object by, the account's key fingerprint), and
// what the server listed at check time. Nothing is inferred from which resources the provider process saw before, or
// from the order in which the engine calls it.
//
// | kind                                 | create after a lost response takes over | adoptId again on an adopted object  | delete removes the object when           |
// |--------------------------------------|-----------------------------------------|-------------------------------------|------------------------------------------|
// | connections (4), outbound voice      | only the object tagged with this        | same resource (URN): a replacement, | it still carries this resource's tag     |
// | profile: tagged                      | create's token                          | a new object; another: refused      | (else it is left, with a warning)        |
// | IP, FQDN, access IP range: no tags   | only the one object with the key that   | taken over again (see README:       | always (nothing on the object says       |
// |                                      | was not there when check looked         | "what remains")                     | otherwise)                               |
//
// For every kind: a 404 proves an object gone only when the collection answers (not a wrong URL) and the key in use
// is the one the object was last reached with (not another account's); a key that reaches the object is recorded.
// The remaining windows, stated in the README: an untagged object with the same key made by someone else between
// the listing check read (find-made.ts, at most LISTING_MAX_AGE_MS old) and a lost create's lookup is taken for ours; an adopted untagged object renamed without an alias, or replaced
// under retainOnDelete, is adopted again by the new resource.

import type { ResourceSpec } from "../../sdk/resource-spec";
import { ownershipTokenOf } from "../../sdk/ownership-tag";
import { tokenSeed } from "./identity";

export { nameSeed, newCreateToken, tokenSeed, NAME_SEED_LENGTH } from "./identity";
export { existingIds, existingIdsListed, findMadeBy, listsBeforeCreate, LISTING_MAX_AGE_MS, noteMade } from "./find-made";
export { accountOf, assertSameAccount } from "./account";

type Obj = Record<string, unknown>;

/** Objects of this kind carry tags, and so the ownership tag. */
export const hasTags = (spec: ResourceSpec): boolean => "tags" in spec.fields.shape;

/** What a resource checked without a state (about to be created) does with the object its `adoptId` names. */
export type Adoption =
  | { act: "adopt" }
  /** This same resource made or adopted it before: the engine is replacing it, so a new object is made. */
  | { act: "replace" }
  | { act: "refuse"; reason: string };

/** `object`, as the API returned it, named by `adoptId` of the resource with name seed `seed`. */
export function adoptionOf(spec: ResourceSpec, object: Obj, seed: string | undefined, where: string): Adoption {
  const token = hasTags(spec) ? ownershipTokenOf(object) : undefined;
  if (token === undefined) return { act: "adopt" };
  if (seed !== undefined && tokenSeed(token) === seed) return { act: "replace" };
  return {
    act: "refuse",
    reason:
      `${where}, field adoptId: the ${spec.title} ${String(object.id)} is already managed by another ` +
      `pulumi-telnyx-sip resource (it carries the tag pulumi-telnyx-sip:${token}). If you renamed this resource or ` +
      "moved it into a component, add `aliases` with its old name and parent, so that Pulumi moves it instead of " +
      "adopting it again; if another stack manages it, remove it there first (`pulumi state delete <urn>`) and " +
      "remove that tag from the object.",
  };
}

/** Why `object` (as the API returns it) must not be deleted by the resource that owns it by the tag `ownedBy`, if so. */
export function notOwned(object: Obj, ownedBy: string): string | undefined {
  const token = ownershipTokenOf(object);
  if (token === ownedBy) return undefined;
  return token === undefined
    ? "its ownership tag was removed, which releases it from Pulumi"
    : `it now carries another resource's ownership tag (pulumi-telnyx-sip:${token}): another resource or stack manages it`;
}
