import { alnum, hex } from "../ids";
import { clone } from "../merge";
import { connectionKey } from "../registration";
import { codecsNeedTransport, uacProxy, uniqueUserName } from "../validate/semantic";
import { connectionResource } from "./connection";
import { attachFqdn, removeFqdnsOf } from "./fqdns";

/** UAC connections: Telnyx registers to the customer's PBX using external_uac_settings. */
export const uacConnections = connectionResource({
  type: "uac",
  collection: "uac_connections",
  secretPaths: [["password"], ["external_uac_settings", "password"]],
  // The UAC page: fqdn and registration_status are generated; user_name/password too when omitted.
  generated: () => {
    const host = hex(12);
    return {
      user_name: `uac${alnum(12)}`,
      password: alnum(24),
      authentication: "uac-authentication",
      fqdn: `${host}.uac.telnyx.com`,
      fqdn_outbound_authentication: "credential-authentication",
      inbound: { sip_subdomain: `uac-${host}`, sip_subdomain_receive_settings: "from_anyone" },
      external_uac_settings: {
        username: null,
        password: null,
        auth_username: null,
        proxy: null,
        outbound_proxy: null,
        transport: null,
        expiration_sec: null,
        from_user: null,
        user_agent: null,
      },
      internal_uac_settings: { destination_uri: null },
    };
  },
  checks: (merged, body, ctx) => [
    ...uniqueUserName(body, ctx.store, merged.id), ...uacProxy(merged), ...codecsNeedTransport(merged, body, "external_uac_settings"),
  ],
  renderExtra: (out, rec, ctx) => {
    const state = ctx.registrations.get(connectionKey(rec.id), rec.created_at);
    out.registration_status = state.status;
    out.registration_status_updated_at = state.updated_at;
    out.fqdns = ctx.store.all("fqdns").filter((f) => f.connection_id === rec.id).map((f) => clone(f));
  },
  afterCreate: (rec, ctx) => {
    attachFqdn(ctx, rec.id, rec.fqdn, "srv", 5060);
  },
  afterDelete: (rec, ctx) => {
    removeFqdnsOf(ctx, rec.id);
    ctx.registrations.remove(connectionKey(rec.id));
  },
});
