import type { ResourceSpec } from "../../sdk/resource-spec";
import { ownershipTokenOf } from "../../sdk/ownership-tag";
import { CLOCK_SKEW_MS, tokenIssuedAt } from "./identity";

type Obj = Record<string, any>;
type Lister = { list(filters?: Record<string, string | number>): Promise<Obj[]> };

/** How to find the object one create made: by its ownership tag, or by the API's own keys and creation time. */
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
    sameKey: (o, b) => (o.connection_id ?? null) === (b.connection_id ?? null) && (o.port ?? 5060) === (b.port ?? 5060),
  },
  fqdn: {
    filters: (b) => ({ "filter[connection_id]": b.connection_id, "filter[fqdn]": b.fqdn }),
    sameKey: (o, b) => String(o.dns_record_type).toLowerCase() === String(b.dns_record_type).toLowerCase(),
  },
  accessIpRange: {
    filters: (b) => ({ "filter[cidr_block]": b.cidr_block }),
    sameKey: (o, b) => (o.description ?? "") === (b.description ?? ""),
  },
};

const madeSince = (o: Obj, since: number): boolean => Date.parse(String(o.created_at)) >= since - CLOCK_SKEW_MS;

/**
 * The object that the create holding `token` made, if it exists. Tagged kinds match the token exactly; the others
 * match the key the create asked for and must have been made after the token was issued (the newest such object).
 */
export async function findMadeBy(spec: ResourceSpec, api: Lister, body: Obj, token: string): Promise<Obj | undefined> {
  const finder = finders[spec.kind];
  if (!finder) return undefined;
  const candidates = await api.list(finder.filters(body));
  if (!finder.sameKey) return candidates.find((o) => ownershipTokenOf(o) === token);
  const since = tokenIssuedAt(token);
  if (since === undefined) return undefined;
  return candidates
    .filter((o) => finder.sameKey!(o, body) && madeSince(o, since))
    .sort((a, b) => Date.parse(String(b.created_at)) - Date.parse(String(a.created_at)))[0];
}
