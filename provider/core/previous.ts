import type { ResourceSpec } from "../../sdk/resource-spec";
import { markerTag } from "./marker";

type Obj = Record<string, any>;
type Lister = { list(filters?: Record<string, string | number>): Promise<Obj[]> };

/** How to find, by the API's own keys, an object this resource created before (see marker.ts for why). */
interface Finder {
  filters(body: Obj): Record<string, string> | undefined;
  matches(candidate: Obj, body: Obj, tag: string): boolean;
}

const hasTag = (o: Obj, tag: string) => Array.isArray(o.tags) && o.tags.includes(tag);

const byName = (field: "connection_name" | "name", filter: string): Finder => ({
  // The API's name filter needs at least 3 characters.
  filters: (body) => (String(body[field] ?? "").length >= 3 ? { [filter]: String(body[field]) } : undefined),
  matches: (o, body, tag) => o[field] === body[field] && hasTag(o, tag),
});

const connection = byName("connection_name", "filter[connection_name][contains]");

const finders: Record<string, Finder> = {
  credentialConnection: connection,
  ipConnection: connection,
  fqdnConnection: connection,
  uacConnection: connection,
  outboundVoiceProfile: byName("name", "filter[name][contains]"),
  // An address or hostname on one of our connections is ours: the connection is the marker.
  ip: {
    filters: (b) => (b.connection_id ? { "filter[connection_id]": b.connection_id, "filter[ip_address]": b.ip_address } : undefined),
    matches: (o, b) => (o.port ?? 5060) === (b.port ?? 5060),
  },
  fqdn: {
    filters: (b) => ({ "filter[connection_id]": b.connection_id, "filter[fqdn]": b.fqdn }),
    matches: (o, b) => (o.port ?? null) === (b.port ?? null) && o.dns_record_type === b.dns_record_type,
  },
  accessIpRange: {
    filters: (b) => ({ "filter[cidr_block]": b.cidr_block }),
    matches: (o, b) => (o.description ?? "") === (b.description ?? ""),
  },
};

/** The object a previous, unrecorded attempt at this create left behind, if any. */
export async function findPrevious(spec: ResourceSpec, api: Lister, body: Obj, marker: string | undefined): Promise<Obj | undefined> {
  const finder = finders[spec.kind];
  const filters = finder?.filters(body);
  if (!finder || !filters || !marker) return undefined;
  const tag = markerTag(marker);
  return (await api.list(filters)).find((o) => finder.matches(o, body, tag));
}
