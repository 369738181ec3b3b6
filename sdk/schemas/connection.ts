import { z } from "zod";
import { describe } from "../schema-meta";
import { anchorsites, computedShape } from "./connection-common";
import { lenient } from "./lenient";

/* §7: the type-independent summary returned by /connections. */

export const connectionSummary = lenient(
  z.object({
    ...computedShape,
    active: describe(z.boolean(), "Whether the connection is enabled."),
    anchorsite_override: describe(z.enum(anchorsites), "Media anchor site."),
    connection_name: describe(z.string(), "Connection name."),
    // Top level here, unlike outbound.outbound_voice_profile_id on the typed resources.
    outbound_voice_profile_id: describe(z.string(), "Linked outbound voice profile."),
    tags: describe(z.array(z.string()), "Tags (unordered)."),
    webhook_api_version: describe(z.string(), "Webhook API version."),
    webhook_event_url: describe(z.string(), "Webhook URL."),
    webhook_event_failover_url: describe(z.string(), "Failover webhook URL."),
  }),
);

export type Connection = z.infer<typeof connectionSummary>;
