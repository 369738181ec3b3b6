import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { describe } from "../schema-meta";
import { computedShape } from "./connection-common";
import { caseInsensitiveEnum, fqdnHostname, nonEmpty, port } from "./formats";
import { lenient } from "./lenient";

/* §9: a hostname attached to an FQDN connection. */

export const fqdnFieldsShape = {
  // PATCH /fqdns/{id} takes connection_id (official spec): moving a hostname is an update.
  connection_id: describe(nonEmpty(), "FQDN connection this hostname belongs to (a change moves the hostname)."),
  fqdn: describe(fqdnHostname(), "Hostname of your SIP endpoint."),
  dns_record_type: describe(caseInsensitiveEnum(["a", "srv"]), "DNS lookup: a (with a port) or srv (without)."),
  port: describe(port().nullable().optional(), "SIP port for A records (default 5060); null for SRV."),
};

export const fqdn = {
  ...routes.fqdn,
  recordType: "fqdn",
  fields: z.strictObject(fqdnFieldsShape).superRefine((v, ctx) => {
    // SRV records carry their own port; "a" without a port means 5060. Runs even when other fields failed.
    if (String(v.dns_record_type).toLowerCase() === "srv" && v.port != null) {
      ctx.addIssue({ code: "custom", path: ["port"], message: "must be omitted or null when dns_record_type is srv" });
    }
  }),
  response: lenient(z.object({ ...fqdnFieldsShape, ...computedShape })),
  envelope: "data",
  createStatus: 201,
  updatable: true,
  gettable: true,
  defaults: { port: 5060 },
  defaultPageSize: 250,
  maxPageSize: 250,
} satisfies ResourceSpec;

export type Fqdn = z.infer<typeof fqdn.response>;
export type FqdnCreate = z.input<typeof fqdn.fields>;
