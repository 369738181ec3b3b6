import { z } from "zod";
import { badRequest } from "../errors";
import { uuid } from "../ids";
import { clone } from "../merge";
import type { Rec } from "../store";
import { str } from "../validate/fields";
import { isCidr } from "../validate/formats";
import { omitUnset } from "../unset";
import { parseBody } from "../validate/parse";
import type { Ctx, ResourceDef } from "./types";

const schema = z.object({
  cidr_block: z.string().refine(isCidr, "Must be an IPv4 or IPv6 CIDR block such as 192.168.1.0/24."),
  description: str.optional(),
});

function build(body: Rec, ctx: Ctx, id: string): Rec {
  const now = ctx.now();
  return { id, cidr_block: null, description: null, status: "added", user_id: ctx.userId, ...clone(body), created_at: now, updated_at: now };
}

const TEXT_OPS: Record<string, (value: string, arg: string) => boolean> = {
  startswith: (v, a) => v.startsWith(a),
  endswith: (v, a) => v.endsWith(a),
  contains: (v, a) => v.includes(a),
};
const TIME_OPS: Record<string, (value: number, arg: number) => boolean> = {
  eq: (v, a) => v === a,
  gt: (v, a) => v > a,
  gte: (v, a) => v >= a,
  lt: (v, a) => v < a,
  lte: (v, a) => v <= a,
};

/** filter[cidr_block] (exact or [startswith|endswith|contains]) and filter[created_at] (exact or [gt|gte|lt|lte]). */
function filter(items: Rec[], query: URLSearchParams): Rec[] {
  let out = items;
  for (const [param, value] of query) {
    const m = /^filter\[(cidr_block|created_at)\](?:\[(\w+)\])?$/.exec(param);
    if (!m) continue;
    const [, field, op = field === "cidr_block" ? "exact" : "eq"] = m;
    if (field === "cidr_block") {
      const test = op === "exact" ? (v: string) => v === value : TEXT_OPS[op] && ((v: string) => TEXT_OPS[op](v, value));
      if (!test) throw badRequest(`Unsupported filter operator ${op}.`, param);
      out = out.filter((r) => test(String(r.cidr_block)));
    } else {
      const at = Date.parse(value);
      if (!TIME_OPS[op] || Number.isNaN(at)) throw badRequest(`${param} must be a date-time with eq, gt, gte, lt or lte.`, param);
      out = out.filter((r) => TIME_OPS[op](Date.parse(r.created_at), at));
    }
  }
  return out;
}

/**
 * Account API-access allow-list. A new range reports "pending" in the create response and
 * "added" afterwards, mimicking propagation; so the stored status is already "added".
 */
export const accessIpRanges: ResourceDef = {
  collection: "access_ip_ranges",
  createStatus: 200,
  defaultPageSize: 20,
  filter,
  build,
  create: (body, ctx) => build(parseBody(schema, body), ctx, uuid()),
  render: (rec, ctx) => omitUnset(clone(rec), ["description"], ctx.unset),
};
