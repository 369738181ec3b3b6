// The tag pulumi-telnyx-sip puts on the connections and outbound voice profiles it creates: `pulumi-telnyx-sip:<token>`,
// with a token unique to one create. It lets a create whose response was lost, or a killed run's pending create, find
// exactly the object it made. It is ours, not the user's: hidden from outputs, diffs, lookups and exports.

export const OWNERSHIP_TAG_PREFIX = "pulumi-telnyx-sip:";

export const ownershipTag = (token: string): string => `${OWNERSHIP_TAG_PREFIX}${token}`;

export const isOwnershipTag = (tag: unknown): boolean => typeof tag === "string" && tag.startsWith(OWNERSHIP_TAG_PREFIX);

type Obj = Record<string, unknown>;

/** The body with `token`'s tag as its only ownership tag. */
export function withOwnershipTag(body: Obj, token: string | undefined): Obj {
  if (!token) return body;
  const tags = Array.isArray(body.tags) ? (body.tags as unknown[]) : [];
  return { ...body, tags: [...tags.filter((t) => !isOwnershipTag(t)), ownershipTag(token)] };
}

/** The API object as the user sees it: without ownership tags. */
export function withoutOwnershipTag<T extends Obj>(apiObject: T): T {
  if (!Array.isArray(apiObject.tags)) return apiObject;
  return { ...apiObject, tags: (apiObject.tags as unknown[]).filter((t) => !isOwnershipTag(t)) };
}

/** The ownership token an API object carries, if any. */
export function ownershipTokenOf(apiObject: Obj): string | undefined {
  const tag = Array.isArray(apiObject.tags) ? (apiObject.tags as unknown[]).find(isOwnershipTag) : undefined;
  return typeof tag === "string" ? tag.slice(OWNERSHIP_TAG_PREFIX.length) : undefined;
}
