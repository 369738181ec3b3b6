import { z } from "zod";
import { describe } from "../schema-meta";
import { anchorsites, computedShape } from "./connection-common";
import { lenient } from "./lenient";

/* §7: the type-independent summary returned by /connections. */

export const connectionSummary = lenient(
  z.object({
    ...computedShape,
    active: z.boolean(),
    anchorsite_override: z.enum(anchorsites),
    connection_name: z.string(),
    // Top level here, unlike outbound.outbound_voice_profile_id on the typed resources.
    outbound_voice_profile_id: describe(z.string(), "Linked outbound voice profile."),
    tags: z.array(z.string()),
    webhook_api_version: z.string(),
    webhook_event_url: z.string(),
    webhook_event_failover_url: z.string(),
  }),
);

export type Connection = z.infer<typeof connectionSummary>;
