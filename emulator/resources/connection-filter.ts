import { containsFilter } from "../query";
import type { Rec } from "../store";
import type { Ctx } from "./types";

/** Hostnames a connection answers to: its FQDN records, plus the generated hostname of a UAC connection. */
export function hostnamesOf(rec: Rec, ctx: Ctx): string[] {
  const names = ctx.store.all("fqdns").filter((f) => f.connection_id === rec.id).map((f) => String(f.fqdn));
  if (typeof rec.fqdn === "string") names.push(rec.fqdn);
  return names;
}

/**
 * The filter set Telnyx declares on every connection list (and /connections):
 * connection_name contains (>= 3 chars, case-insensitive), exact fqdn, and the outbound
 * voice profile under both its current and its former parameter name.
 */
export function connectionFilter(items: Rec[], query: URLSearchParams, ctx: Ctx): Rec[] {
  let out = containsFilter(items, query, "connection_name", 3);
  const fqdn = query.get("filter[fqdn]");
  if (fqdn !== null) out = out.filter((r) => hostnamesOf(r, ctx).includes(fqdn));
  const profile = query.get("filter[outbound_voice_profile_id]") ?? query.get("filter[outbound.outbound_voice_profile_id]");
  if (profile !== null) out = out.filter((r) => r.outbound?.outbound_voice_profile_id === profile);
  return out;
}
