import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { createOnly, describe, secret } from "../schema-meta";
import { computedShape, connectionCommonShape, conversationPersistence, noSrtpWithTls, codecsNeedTransport, connectionResource } from "./connection-common";
import { nonEmpty } from "./formats";
import { fqdnInbound } from "./inbound";
import { lenient } from "./lenient";
import { fqdnOutbound } from "./outbound";
import { ipConnectionTransport } from "./transport";
import { connectionDefaults } from "./connection-defaults";

/* §5: a SIP trunk addressed by hostname; the hostnames are separate `fqdn` resources. */

const fieldsShape = {
  ...connectionCommonShape,
  connection_name: describe(nonEmpty(), "Connection name."),
  transport_protocol: ipConnectionTransport,
  conversation_persistence: conversationPersistence,
  microsoft_teams_sbc: describe(createOnly(z.boolean().optional()), "Create a Microsoft Teams SBC FQDN (create only)."),
  inbound: describe(fqdnInbound.optional(), "Inbound call settings."),
  outbound: describe(fqdnOutbound.optional(), "Outbound call settings."),
};

/** Returned by the API but not writable. */
const readOnlyShape = {
  user_name: describe(z.string().optional(), "Generated SIP user name."),
  password: describe(secret(z.string().optional()), "Generated SIP password."),
  adjust_dtmf_timestamp: describe(z.boolean().optional(), "Whether DTMF event timestamps are adjusted (read-only)."),
  call_cost_enabled: describe(z.boolean().optional(), "Whether call cost is reported for the connection's calls (read-only)."),
  ignore_dtmf_duration: describe(z.boolean().optional(), "Whether the duration of DTMF events is ignored (read-only)."),
  ignore_mark_bit: describe(z.boolean().optional(), "Whether the RTP marker bit is ignored (read-only)."),
  rtp_pass_codecs_on_stream_change: describe(z.boolean().optional(), "Whether codecs pass through when the media stream changes (read-only)."),
  send_normalized_timestamps: describe(z.boolean().optional(), "Whether RTP timestamps are sent normalized (read-only)."),
  third_party_control_enabled: describe(z.boolean().optional(), "Whether third-party call control is enabled (read-only)."),
  txt_name: describe(z.string().optional(), "Name of the linked TXT record."),
  txt_value: describe(z.string().optional(), "Value of the linked TXT record."),
  txt_ttl: describe(z.number().optional(), "TTL of the linked TXT record."),
};

export const fqdnConnection = {
  ...routes.fqdnConnection,
  recordType: "fqdn_connection",
  fields: z.strictObject(fieldsShape).superRefine(noSrtpWithTls).superRefine(codecsNeedTransport("transport_protocol")),
  response: lenient(z.object({ ...fieldsShape, ...readOnlyShape, ...computedShape })),
  ...connectionResource,
  defaults: connectionDefaults("fqdn"),
} satisfies ResourceSpec;

export type FqdnConnection = z.infer<typeof fqdnConnection.response>;
export type FqdnConnectionCreate = z.input<typeof fqdnConnection.fields>;
