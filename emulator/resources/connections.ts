import { activeCallsPage } from "../active-calls";
import { list, single, type Reply } from "../envelope";
import { notFound } from "../errors";
import { paginate, sortItems } from "../query";
import { omitUnset } from "../unset";
import type { Rec } from "../store";
import { CONNECTION_SORT } from "./connection";
import { connectionFilter } from "./connection-filter";
import type { Ctx } from "./types";

/** GET /connections: every connection type in the summary shape, with the profile id at top level. */
function summary(rec: Rec, ctx: Ctx): Rec {
  return omitUnset({
    id: rec.id,
    record_type: rec.record_type,
    active: rec.active,
    anchorsite_override: rec.anchorsite_override,
    connection_name: rec.connection_name ?? null,
    created_at: rec.created_at,
    updated_at: rec.updated_at,
    outbound_voice_profile_id: rec.outbound?.outbound_voice_profile_id ?? null,
    tags: rec.tags ?? [],
    webhook_api_version: rec.webhook_api_version,
    webhook_event_url: rec.webhook_event_url ?? null,
    webhook_event_failover_url: rec.webhook_event_failover_url ?? "",
  }, ["connection_name", "outbound_voice_profile_id"], ctx.unset);
}

export function listConnections(ctx: Ctx, query: URLSearchParams): Reply {
  const items = sortItems(connectionFilter(ctx.store.allConnections(), query, ctx), query, CONNECTION_SORT.fields, CONNECTION_SORT.default);
  const page = paginate(items, query, 250);
  return list(page.data.map((rec) => summary(rec, ctx)), page.meta);
}

export function getConnection(ctx: Ctx, id: string): Reply {
  const found = ctx.store.findConnection(id);
  if (!found) throw notFound(`Connection ${id} not found.`);
  return single(summary(found.rec, ctx));
}

export function activeCalls(ctx: Ctx, id: string, query: URLSearchParams): Reply {
  if (!ctx.store.findConnection(id)) throw notFound(`Connection ${id} not found.`);
  return activeCallsPage(ctx.calls.of(id), `/v2/connections/${id}/active_calls`, query);
}

const OTHER_CONNECTION_TYPES = [
  "call_control_applications", "external_connections", "fax_connections", "mobile_voice_connections",
  "operator_connect_connections", "texml_applications", "third_party_provider_connections", "zoom_sbc_connections",
];

/** GET /connections/count (in the official SDK, not in the vendored spec): counts per type; no limit is enforced. */
export function countConnections(ctx: Ctx): Reply {
  const count = (collection: "credential_connections" | "ip_connections" | "fqdn_connections" | "uac_connections") => ctx.store.all(collection).length;
  return single({
    record_type: "connection_count",
    counts: {
      ...Object.fromEntries(OTHER_CONNECTION_TYPES.map((t) => [t, 0])),
      credential_connections: count("credential_connections"),
      ip_connections: count("ip_connections"),
      fqdn_connections: count("fqdn_connections"),
      uac_connections: count("uac_connections"),
      microsoft_teams_sbc_connections: ctx.store.all("fqdn_connections").filter((c) => c.microsoft_teams_sbc === true).length,
    },
    // Nominal: the emulator refuses no connection for being one too many.
    limits: { global_limit: 1000 },
  });
}
