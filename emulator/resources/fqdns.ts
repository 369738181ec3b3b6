import { z } from "zod";
import { fieldError, invalid, type ErrorItem } from "../errors";
import { clone, deepMerge } from "../merge";
import { exactFilters } from "../query";
import type { Rec } from "../store";
import { hostname, port, str } from "../validate/fields";
import { omitUnset } from "../unset";
import { parseBody } from "../validate/parse";
import type { Ctx, ResourceDef } from "./types";

const shape = {
  fqdn: hostname,
  connection_id: str,
  dns_record_type: z.enum(["a", "srv"]),
  port: port.nullable(),
};
const createSchema = z.object(shape).partial().required({ fqdn: true, connection_id: true, dns_record_type: true });
const updateSchema = z.object(shape).partial();

/** FQDNs hang off FQDN connections (or UAC connections, whose records Telnyx manages). */
function connectionExists(body: Rec, ctx: Ctx): ErrorItem[] {
  const id = body.connection_id;
  if (typeof id !== "string" || ctx.store.get("fqdn_connections", id) || ctx.store.get("uac_connections", id)) return [];
  return [fieldError("/connection_id", `FQDN connection ${id} does not exist.`, "10017")];
}

/** SRV records carry no port; an A record without a port uses 5060. */
function applyPortRule(rec: Rec, body: Rec): ErrorItem[] {
  if (body.port === undefined && body.dns_record_type === "srv") rec.port = null;
  if (rec.dns_record_type === "a" && (rec.port === null || rec.port === undefined)) rec.port = 5060;
  if (rec.dns_record_type === "srv" && rec.port !== null && rec.port !== undefined) {
    return [fieldError("/port", "An srv record must not have a port; send port null or use dns_record_type a.")];
  }
  return [];
}

function build(body: Rec, ctx: Ctx, id: string): Rec {
  const now = ctx.now();
  const rec = { id, record_type: "fqdn", connection_id: null, fqdn: null, dns_record_type: "a", port: null, ...clone(body) };
  applyPortRule(rec, body);
  return { ...rec, id, record_type: "fqdn", created_at: now, updated_at: now };
}

/** Creates a Telnyx-managed FQDN record (UAC hostnames, Microsoft Teams SBC hostnames). */
export function attachFqdn(ctx: Ctx, connectionId: string, fqdn: string, dnsRecordType: "a" | "srv", recPort: number): Rec {
  const rec = build({ connection_id: connectionId, fqdn, dns_record_type: dnsRecordType, port: recPort }, ctx, ctx.store.newNumericId());
  rec.port = recPort;
  return ctx.store.put("fqdns", rec);
}

export function removeFqdnsOf(ctx: Ctx, connectionId: string): void {
  for (const f of ctx.store.all("fqdns")) if (f.connection_id === connectionId) ctx.store.remove("fqdns", f.id);
}

export const fqdns: ResourceDef = {
  collection: "fqdns",
  createStatus: 201,
  defaultPageSize: 250,
  filter: (items, q) => exactFilters(items, q, ["connection_id", "fqdn", "port", "dns_record_type"], ["port"]),
  build,
  create(body, ctx) {
    const parsed = parseBody(createSchema, body);
    const errors = connectionExists(parsed, ctx);
    const rec = build(parsed, ctx, ctx.store.newNumericId());
    errors.push(...applyPortRule(rec, parsed));
    if (errors.length) throw invalid(errors);
    return rec;
  },
  update(existing, body, ctx) {
    const parsed = parseBody(updateSchema, body);
    const merged = deepMerge(existing, parsed);
    const errors = [...connectionExists(parsed, ctx), ...applyPortRule(merged, parsed)];
    if (errors.length) throw invalid(errors);
    return { ...merged, updated_at: ctx.now() };
  },
  // An srv record has no port of its own; the schema types port as an integer.
  render: (rec, ctx) => omitUnset(clone(rec), ["port"], ctx.unset),
};
