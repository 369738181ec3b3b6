import { z } from "zod";
import { clone, deepMerge } from "../merge";
import { containsFilter } from "../query";
import type { Rec } from "../store";
import { bool, country, e164, int, str, uuid } from "../validate/fields";
import { isMoney, isTimeOfDay } from "../validate/formats";
import { omitUnset } from "../unset";
import { parseBody } from "../validate/parse";
import type { Ctx, ResourceDef } from "./types";

const time = z.string().refine(isTimeOfDay, "Must be a time of day such as 08:00 or 08:00:00.00Z.");

/** name is required on PATCH as well as on create (minLength 3 both times). */
const fields = {
  enabled: bool,
  traffic_type: z.enum(["conversational"]),
  service_plan: z.enum(["global"]),
  usage_payment_method: z.enum(["rate-deck"]),
  whitelisted_destinations: z.array(country),
  concurrent_call_limit: int(1),
  daily_spend_limit: z.string().refine(isMoney, 'Must be a USD amount as a string, e.g. "100.00".'),
  daily_spend_limit_enabled: bool,
  max_destination_rate: z.number().min(0),
  billing_group_id: uuid,
  tags: z.array(str),
  call_recording: z
    .object({
      call_recording_type: z.enum(["all", "none", "by_caller_phone_number"]),
      call_recording_caller_phone_numbers: z.array(e164),
      call_recording_channels: z.enum(["single", "dual"]),
      call_recording_format: z.enum(["wav", "mp3"]),
    })
    .partial(),
  calling_window: z.object({ start_time: time, end_time: time, calls_per_cld: int(0).nullable() }).partial(),
};

/** Every optional field also takes null, as the Terraform provider sends to clear one: back to its default, or unset. */
const schema = z.object({
  name: z.string().min(3),
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.nullable().optional()])),
});

function defaults(): Rec {
  return {
    name: null,
    enabled: true,
    traffic_type: "conversational",
    service_plan: "global",
    usage_payment_method: "rate-deck",
    whitelisted_destinations: ["US", "CA"],
    concurrent_call_limit: null,
    daily_spend_limit: null,
    daily_spend_limit_enabled: false,
    max_destination_rate: null,
    billing_group_id: null,
    tags: [],
    call_recording: {
      call_recording_type: "none",
      call_recording_caller_phone_numbers: [],
      call_recording_channels: "single",
      call_recording_format: "wav",
    },
    calling_window: null,
  };
}

/** A top-level null in the body means "clear": the documented default where there is one. */
function cleared(body: Rec): Rec {
  const base = defaults();
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === null && k in base ? base[k] : v]));
}

function build(body: Rec, ctx: Ctx, id: string): Rec {
  const now = ctx.now();
  return { ...deepMerge({ id, record_type: "outbound_voice_profile", ...defaults() }, cleared(body)), id, record_type: "outbound_voice_profile", created_at: now, updated_at: now };
}

export const outboundVoiceProfiles: ResourceDef = {
  collection: "outbound_voice_profiles",
  createStatus: 200,
  defaultPageSize: 20,
  sort: {
    fields: ["enabled", "created_at", "name", "service_plan", "traffic_type", "usage_payment_method"],
    default: "-created_at",
  },
  filter: (items, q) => containsFilter(items, q, "name"),
  build,
  create: (body, ctx) => build(parseBody(schema, body), ctx, ctx.store.newNumericId()),
  update: (existing, body, ctx) => ({ ...deepMerge(existing, cleared(parseBody(schema, body))), updated_at: ctx.now() }),
  /** connections_count is derived: connections whose outbound profile is this one. */
  render(rec, ctx) {
    const count = ctx.store.allConnections().filter((c) => c.outbound?.outbound_voice_profile_id === rec.id).length;
    return omitUnset({ ...clone(rec), connections_count: count }, ["calling_window", "daily_spend_limit", "max_destination_rate"], ctx.unset);
  },
};
