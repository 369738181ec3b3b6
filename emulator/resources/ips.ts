import { z } from "zod";
import { fieldError, invalid } from "../errors";
import { uuid } from "../ids";
import { clone, deepMerge } from "../merge";
import { exactFilters } from "../query";
import type { Rec } from "../store";
import { port, str } from "../validate/fields";
import { isIpAddress } from "../validate/formats";
import { omitUnset } from "../unset";
import { parseBody } from "../validate/parse";
import type { Ctx, ResourceDef } from "./types";

/** ip_address is required on PATCH too, exactly as the spec declares. */
const schema = z
  .object({
    ip_address: z.string().refine(isIpAddress, "Must be a valid IPv4 or IPv6 address."),
    connection_id: str.nullable(),
    port: port,
  })
  .partial()
  .required({ ip_address: true });

function checkConnection(body: Rec, ctx: Ctx): void {
  const id = body.connection_id;
  if (typeof id === "string" && !ctx.store.get("ip_connections", id)) {
    throw invalid([fieldError("/connection_id", `IP connection ${id} does not exist.`, "10017")]);
  }
}

function build(body: Rec, ctx: Ctx, id: string): Rec {
  const now = ctx.now();
  return { id, record_type: "ip", connection_id: null, ip_address: null, port: 5060, ...clone(body), created_at: now, updated_at: now };
}

/** IP ids are UUIDs: the path parameter is declared `format: uuid` and the examples use UUIDs. */
export const ips: ResourceDef = {
  collection: "ips",
  createStatus: 201,
  defaultPageSize: 250,
  filter: (items, q) => exactFilters(items, q, ["connection_id", "ip_address", "port"], ["port"]),
  build,
  create(body, ctx) {
    const parsed = parseBody(schema, body);
    checkConnection(parsed, ctx);
    return build(parsed, ctx, uuid());
  },
  update(existing, body, ctx) {
    const parsed = parseBody(schema, body);
    checkConnection(parsed, ctx);
    return { ...deepMerge(existing, parsed), updated_at: ctx.now() };
  },
  render: (rec, ctx) => omitUnset(clone(rec), ["connection_id"], ctx.unset),
};
