import { alnum, hex } from "../ids";
import { attachedDefaults, codecsNeedTransport } from "../validate/semantic";
import { connectionResource } from "./connection";
import { attachFqdn, removeFqdnsOf } from "./fqdns";

/** FQDN connections: inbound by hostname; the hostnames are separate /fqdns records. */
export const fqdnConnections = connectionResource({
  type: "fqdn",
  collection: "fqdn_connections",
  secretPaths: [["password"], ["outbound", "ip_authentication_token"]],
  // Response-only fields: Telnyx issues outbound credentials and reports media flags it owns.
  generated: () => ({
    microsoft_teams_sbc: false,
    user_name: `fqdn${alnum(10)}`,
    password: alnum(20),
    adjust_dtmf_timestamp: false,
    call_cost_enabled: false,
    ignore_dtmf_duration: false,
    ignore_mark_bit: false,
    rtp_pass_codecs_on_stream_change: false,
    send_normalized_timestamps: false,
    third_party_control_enabled: false,
    txt_name: null,
    txt_value: null,
    txt_ttl: null,
  }),
  checks: (merged, body, ctx) => [...codecsNeedTransport(merged, body), ...attachedDefaults(merged, body, ctx.store, "fqdn")],
  afterCreate: (rec, ctx) => {
    if (rec.microsoft_teams_sbc === true) attachFqdn(ctx, rec.id, `${hex(12)}.mstsbc.telnyx.tech`, "a", 5061);
  },
  // An FQDN record cannot exist without its connection.
  afterDelete: (rec, ctx) => removeFqdnsOf(ctx, rec.id),
});
