import { bare, single, type Reply } from "../envelope";
import { badRequest, forbidden, notFound } from "../errors";
import { connectionKey, usernameKey, type RegState } from "../registration";
import { REDACTED } from "../secrets";
import type { CollectionName, Rec } from "../store";
import { omitUnset } from "../unset";
import type { Ctx } from "./types";

/** The official enum of credential_type in answers; the docs page's spellings are accepted on input. */
const OFFICIAL_CREDENTIAL_TYPE: Record<string, string> = {
  "uac_third-party_credential": "uac_external_credential",
  uac_external_credential: "uac_external_credential",
  sip_credential_connection: "telephony_credential",
  telephony_credential: "telephony_credential",
};

/** The three registration views over the same state: check action, /sip_registration_status (UAC + credential). */

function unix(iso: string | null): number {
  return iso ? Math.floor(Date.parse(iso) / 1000) : 0;
}

/** The SIP user a registration runs as: the PBX-side username for UAC, the connection's own otherwise. */
function sipUser(rec: Rec): string | null {
  return rec.external_uac_settings?.username ?? rec.user_name ?? null;
}

/** POST /{credential,uac}_connections/{id}/actions/check_registration_status */
export function checkRegistration(ctx: Ctx, collection: CollectionName, id: string): Reply {
  const rec = ctx.store.get(collection, id);
  if (!rec) throw notFound(`${collection} ${id} not found.`);
  const state = ctx.registrations.get(connectionKey(id), rec.created_at);
  const unset = ["sip_username", "ip_address", "port", "transport", "user_agent", "last_registration"];
  return single(omitUnset({
    record_type: "registration_status",
    status: state.status,
    sip_username: sipUser(rec),
    ip_address: state.ip_address,
    port: state.port,
    transport: state.transport,
    user_agent: state.user_agent,
    last_registration: state.last_registration,
  }, unset, ctx.unset));
}

interface Target {
  rec?: Rec;
  key: string;
  username: string | null;
}

function requireParam(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw badRequest(`${name} is required for this credential_type.`, name);
  return value;
}

function lookup(ctx: Ctx, type: string, query: URLSearchParams): Target {
  const byId = (collection: CollectionName): Target => {
    const id = requireParam(query, "connection_id");
    const rec = ctx.store.get(collection, id);
    if (!rec) throw notFound(`No connection matches connection_id ${id}.`);
    return { rec, key: connectionKey(id), username: sipUser(rec) };
  };
  switch (type) {
    case "uac_third-party_credential":
    case "uac_external_credential":
      return byId("uac_connections");
    case "sip_credential_connection":
      return byId("credential_connections");
    case "telephony_credential": {
      // OpenAPI looks these up by username; the docs page passes the credential as connection_id.
      const name = query.get("username") ?? requireParam(query, "connection_id");
      const rec = ctx.store.allConnections().find((c) => c.user_name === name || c.id === name);
      if (rec) return { rec, key: connectionKey(rec.id), username: sipUser(rec) };
      if (ctx.registrations.has(usernameKey(name))) return { key: usernameKey(name), username: name };
      throw notFound(`No credential matches ${name}.`);
    }
    default:
      throw badRequest(
        "credential_type must be one of uac_third-party_credential, uac_external_credential, telephony_credential, sip_credential_connection.",
        "credential_type",
      );
  }
}

function details(state: RegState, target: Target, uac: boolean): Rec {
  const ext: Rec = target.rec?.external_uac_settings ?? {};
  const expires = state.registered_at ? unix(state.registered_at) + (ext.expiration_sec ?? 3600) : 0;
  const out: Rec = {
    auth_retries: 0,
    expires,
    failures: state.status === "Failed" ? 1 : 0,
    next_action_at: expires,
    sip_uri_user_host: uac ? `${target.username}@${String(ext.proxy ?? "").replace(/^sips?:/, "")}` : `${target.username}@sip.telnyx.com`,
    uptime: state.registered_at ? Math.max(0, Math.floor((Date.now() - Date.parse(state.registered_at)) / 1000)) : 0,
  };
  // A UAC registration reports no user agent of its own: unset.
  const ua = uac ? null : state;
  return Object.assign(out, {
    last_modified: ua && ua.updated_at, node: ua && "emulator", transport: ua && ua.transport, ua_ip: ua && ua.ip_address, ua_port: ua && ua.port,
  });
}

/** GET /v2/sip_registration_status: a bare object in both the docs-page and the OpenAPI shape. */
export function sipRegistrationStatus(ctx: Ctx, query: URLSearchParams): Reply {
  const type = query.get("credential_type");
  if (!type) throw badRequest("credential_type is required.", "credential_type");
  const target = lookup(ctx, type, query);
  const userId = query.get("user_id");
  if (userId !== null && userId !== ctx.userId) throw forbidden(`The connection is not owned by user ${userId}.`);
  const rec = target.rec;
  const state = ctx.registrations.get(target.key, rec?.created_at ?? ctx.now());
  const uac = rec?.record_type === "uac_connection";
  const out: Rec = {
    connection_id: rec?.id ?? null,
    connection_name: rec?.connection_name ?? null,
    user_id: ctx.userId,
    credential_type: OFFICIAL_CREDENTIAL_TYPE[type],
    credential_username: target.username,
    username: target.username,
    pair_state: rec && rec.active === false ? "INACTIVE" : "ACTIVE",
    registered: state.status === "Registered",
    last_registration_response: state.last_registration_response,
    sip_registration_status: state.sip_registration_status,
    sip_registration_details: details(state, target, uac),
  };
  if (uac) {
    const ext: Rec = rec.external_uac_settings ?? {};
    // The docs page: "password is always redacted", whatever the emulator's secrets mode.
    out["third-party_uac_settings"] = {
      proxy: ext.proxy ?? null,
      outbound_proxy: ext.outbound_proxy ?? null,
      transport: ext.transport ?? null,
      username: ext.username ?? null,
      auth_username: ext.auth_username ?? ext.username ?? null,
      from_user: ext.from_user ?? null,
      expiration_sec: ext.expiration_sec ?? null,
      password: REDACTED,
    };
    out.internal_uac_settings = { destination_uri: rec.internal_uac_settings?.destination_uri ?? null };
  }
  const unset = ["connection_id", "connection_name", "credential_username", "username", "last_registration_response"];
  omitUnset(out.sip_registration_details, ["transport", "ua_ip", "ua_port", "last_modified", "node"], ctx.unset);
  return bare(omitUnset(out, unset, ctx.unset));
}
