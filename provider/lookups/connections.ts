import type { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";
import { withoutOwnershipTag } from "../../sdk/ownership-tag";
import { Camelize, fromApi } from "../core/casing";
import type { Connection } from "../../sdk/schemas/connection";
import type { OutboundVoiceProfile } from "../../sdk/schemas/outbound-voice-profile";
import { programTelnyx } from "./clients";

export type ConnectionSummary = Camelize<Connection>;
export type OutboundVoiceProfileResult = Camelize<OutboundVoiceProfile>;

export interface GetConnectionsArgs {
  /** Case-insensitive substring of the connection name (at least 3 characters). */
  nameContains?: string;
  /** Only connections whose outbound calls use this profile. */
  outboundVoiceProfileId?: string;
  /** Only connections of this type, e.g. "ip_connection". */
  recordType?: string;
}

/** One connection of any type, as the generic /connections endpoint summarises it. */
export async function getConnection(args: { id: string }, client: TelnyxClient = programTelnyx()): Promise<ConnectionSummary> {
  return fromApi(withoutOwnershipTag(await client.connections.get(args.id))) as ConnectionSummary;
}

/** Every connection of the account, all pages, optionally filtered. */
export async function getConnections(
  args: GetConnectionsArgs = {},
  client: TelnyxClient = programTelnyx(),
): Promise<ConnectionSummary[]> {
  const filters: Record<string, string> = {};
  if (args.nameContains) filters["filter[connection_name][contains]"] = args.nameContains;
  if (args.outboundVoiceProfileId) filters["filter[outbound_voice_profile_id]"] = args.outboundVoiceProfileId;
  const all = (await client.connections.list(filters)).map((c) => fromApi(withoutOwnershipTag(c)) as ConnectionSummary);
  return args.recordType ? all.filter((c) => c.recordType === args.recordType) : all;
}

/** The outbound voice profile with exactly this name; fails, naming it, when there is none or more than one. */
export async function getOutboundVoiceProfile(
  args: { name: string },
  client: TelnyxClient = programTelnyx(),
): Promise<OutboundVoiceProfileResult> {
  const candidates = await client.resource(resources.outboundVoiceProfile).list({ "filter[name][contains]": args.name });
  const matches = candidates.filter((p) => p.name === args.name);
  if (matches.length !== 1) {
    throw new Error(
      `getOutboundVoiceProfile: ${matches.length === 0 ? "no" : matches.length} outbound voice profiles named "${args.name}"` +
        (matches.length === 0 ? "; check the name (it is case-sensitive) and the account of telnyx:apiKey" : "; use its id instead"),
    );
  }
  return fromApi(withoutOwnershipTag(matches[0])) as OutboundVoiceProfileResult;
}
