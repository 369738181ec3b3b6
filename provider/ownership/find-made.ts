import type { ResourceSpec } from "../../sdk/resource-spec";
import { ownershipTokenOf } from "../../sdk/ownership-tag";

type Obj = Record<string, any>;
type Lister = { list(filters?: Record<string, string | number>): Promise<Obj[]> };

/** How to find the object one create made: by its ownership tag, or by the API's own keys. */
interface Finder {
  /** List filters that narrow the search (the API's name filters need 3 characters). */
  filters(body: Obj): Record<string, string>;
  /** The same key as the body asked for (untagged kinds only). */
  sameKey?(candidate: Obj, body: Obj): boolean;
}

const nameFilter = (field: string, filter: string): Finder => ({
  filters: (body) => (String(body[field] ?? "").length >= 3 ? { [filter]: String(body[field]) } : {}),
});

const finders: Record<string, Finder> = {
  credentialConnection: nameFilter("connection_name", "filter[connection_name][contains]"),
  ipConnection: nameFilter("connection_name", "filter[connection_name][contains]"),
  fqdnConnection: nameFilter("connection_name", "filter[connection_name][contains]"),
  uacConnection: nameFilter("connection_name", "filter[connection_name][contains]"),
  outboundVoiceProfile: nameFilter("name", "filter[name][contains]"),
  ip: {
    filters: (b) => ({ ...(b.connection_id ? { "filter[connection_id]": b.connection_id } : {}), "filter[ip_address]": b.ip_address }),
    sameKey: (o, b) =>
      (o.connection_id ?? null) === (b.connection_id ?? null) && o.ip_address === b.ip_address && (o.port ?? 5060) === (b.port ?? 5060),
  },
  fqdn: {
    filters: (b) => ({ "filter[connection_id]": b.connection_id, "filter[fqdn]": b.fqdn }),
    sameKey: (o, b) =>
      o.fqdn === b.fqdn && String(o.dns_record_type).toLowerCase() === String(b.dns_record_type).toLowerCase(),
  },
  accessIpRange: {
    filters: (b) => ({ "filter[cidr_block]": b.cidr_block }),
    sameKey: (o, b) => o.cidr_block === b.cidr_block && (o.description ?? "") === (b.description ?? ""),
  },
};

/** Whether objects of this kind carry no tag, so a create must list its key's objects beforehand (`existingIds`). */
// Stryker disable next-line OptionalChaining: every kind has a finder.
export const listsBeforeCreate = (spec: ResourceSpec): boolean => finders[spec.kind]?.sameKey !== undefined;

/** The ids of the objects that already have the key `body` asks for: none of them can be the work of this create. */
export async function existingIds(spec: ResourceSpec, api: Lister, body: Obj): Promise<string[]> {
  const finder = finders[spec.kind];
  // Stryker disable next-line OptionalChaining: every kind has a finder.
  if (!finder?.sameKey) return [];
  const all = await api.list(finder.filters(body));
  return all.filter((o) => finder.sameKey!(o, body)).map((o) => String(o.id));
}

/** How long one listing of a whole kind answers the checks that follow it. */
export const LISTING_MAX_AGE_MS = 30_000;

const listings = new WeakMap<object, Map<string, { at: number; objects: Promise<Obj[]> }>>();

/**
 * `existingIds` for a check, read from one listing of the whole kind in the account (`account`: the client it was
 * listed with) made at most LISTING_MAX_AGE_MS before. The engine checks the resources it is about to create one at a
 * time, on the one path every step of a deployment waits behind: a list per check put one API round trip per new IP
 * or FQDN on it, 40 s for the 800 of a 2,000-resource stack at 50 ms. An object given this key by someone else after
 * the listing is missing from the ids, as one made after a per-check list was: the window README's "what remains" names.
 */
export async function existingIdsListed(account: object, spec: ResourceSpec, api: Lister, body: Obj, now = Date.now()): Promise<string[]> {
  const finder = finders[spec.kind];
  if (!finder?.sameKey) return [];
  let byKind = listings.get(account);
  if (!byKind) listings.set(account, (byKind = new Map()));
  let listing = byKind.get(spec.kind);
  if (!listing || now - listing.at > LISTING_MAX_AGE_MS) {
    listing = { at: now, objects: api.list() };
    byKind.set(spec.kind, listing);
    // A failed listing is not kept: the next check lists again.
    listing.objects.catch(() => byKind!.get(spec.kind) === listing && byKind!.delete(spec.kind));
  }
  const all = await listing.objects;
  return all.filter((o) => finder.sameKey!(o, body)).map((o) => String(o.id));
}

/**
 * Adds an object this process just made to the listing its kind's next checks read: a second resource with the same
 * key, checked after it, must count it among the objects that are not its own.
 */
export function noteMade(account: object, spec: ResourceSpec, object: Obj): void {
  const listing = listings.get(account)?.get(spec.kind);
  if (listing) listing.objects = listing.objects.then((all) => [...all, object]);
}

/**
 * The object that the create holding `token` made, if it exists: tagged kinds by the token itself; untagged kinds by
 * their key, among the objects that were not there when the create listed them (`before`). Without that list an
 * untagged create's object cannot be told from anyone else's, and nothing is found.
 */
export async function findMadeBy(
  spec: ResourceSpec,
  api: Lister,
  body: Obj,
  token: string,
  before: readonly string[] | undefined,
): Promise<Obj | undefined> {
  const finder = finders[spec.kind];
  // Stryker disable next-line ConditionalExpression: every kind has a finder.
  if (!finder) return undefined;
  if (finder.sameKey && before === undefined) return undefined;
  const candidates = await api.list(finder.filters(body));
  if (!finder.sameKey) return candidates.find((o) => ownershipTokenOf(o) === token);
  const made = candidates.filter((o) => finder.sameKey!(o, body) && !before!.includes(String(o.id)));
  // Two new objects with this key: another actor made one too, and which is ours cannot be told. Take neither.
  return made.length === 1 ? made[0] : undefined;
}
