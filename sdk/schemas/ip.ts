import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { describe } from "../schema-meta";
import { computedShape } from "./connection-common";
import { ipAddress, nonEmpty, port } from "./formats";
import { lenient } from "./lenient";

/* §8: an IP address attached to an IP connection. */

const fieldsShape = {
  ip_address: describe(ipAddress(), "IPv4 or IPv6 address of your SIP endpoint."),
  // PATCH /ips/{id} takes connection_id (official spec): moving an address is an update.
  connection_id: describe(nonEmpty().optional(), "IP connection this address belongs to (a change moves the address)."),
  port: describe(port().optional(), "SIP port, 1-65535 (default 5060)."),
};

export const ip = {
  ...routes.ip,
  recordType: "ip",
  fields: z.strictObject(fieldsShape),
  response: lenient(z.object({ ...fieldsShape, ...computedShape })),
  envelope: "data",
  createStatus: 201,
  updatable: true,
  gettable: true,
  requiredOnUpdate: ["ip_address"],
  defaults: { port: 5060 },
  defaultPageSize: 250,
  maxPageSize: 250,
} satisfies ResourceSpec;

export type Ip = z.infer<typeof ip.response>;
export type IpCreate = z.input<typeof ip.fields>;
