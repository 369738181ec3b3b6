import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { describe } from "../schema-meta";
import { computedShape, connectionCommonShape, conversationPersistence, noSrtpWithTls, codecsNeedTransport, connectionResource } from "./connection-common";
import { ipInbound, ipInboundReadOnlyShape } from "./inbound";
import { lenient } from "./lenient";
import { ipConnectionTransport } from "./transport";
import { ipOutbound } from "./outbound";
import { connectionDefaults } from "./connection-defaults";

/* §4: a SIP trunk authenticated by source IP; the IPs are separate `ip` resources. */

const fieldsShape = {
  ...connectionCommonShape,
  transport_protocol: ipConnectionTransport,
  conversation_persistence: conversationPersistence,
  inbound: describe(ipInbound.optional(), "Inbound call settings."),
  outbound: describe(ipOutbound.optional(), "Outbound call settings."),
};

const responseShape = {
  ...fieldsShape,
  ...computedShape,
  inbound: ipInbound.extend(ipInboundReadOnlyShape).optional(),
};

export const ipConnection = {
  ...routes.ipConnection,
  recordType: "ip_connection",
  fields: z.strictObject(fieldsShape).superRefine(noSrtpWithTls).superRefine(codecsNeedTransport("transport_protocol")),
  response: lenient(z.object(responseShape)),
  ...connectionResource,
  defaults: connectionDefaults("ip"),
} satisfies ResourceSpec;

export type IpConnection = z.infer<typeof ipConnection.response>;
export type IpConnectionCreate = z.input<typeof ipConnection.fields>;
