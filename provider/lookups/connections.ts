import type * as pulumi from "@pulumi/pulumi";
import { resources } from "../../sdk/resources";
import { withoutOwnershipTag } from "../../sdk/ownership-tag";
import { Camelize, fromApi } from "../core/casing";
import type { Known } from "../core/known";
import type { Connection } from "../../sdk/schemas/connection";
import type { OutboundVoiceProfile } from "../../sdk/schemas/outbound-voice-profile";
import { LookupOptions, lookupOutput, programTelnyx } from "./clients";
import type { InputArgs } from "./inputs";
import { reported } from "./reported";

/** A connection as the generic /connections endpoint summarises it, camelCased: `id`, `connectionName`, `recordType`, `active`, `outboundVoiceProfileId`, ... */
export type ConnectionSummary = Known<Camelize<Connection>>;
/** The profile's fields, camelCased, as the `OutboundVoiceProfile` resource outputs them. */
export type OutboundVoiceProfileResult = Known<Camelize<OutboundVoiceProfile>>;

export interface GetConnectionArgs {
  /** The connection's id, of any type. */
  id: string;
}

export interface GetConnectionsArgs {
  /** Case-insensitive substring of the connection name (at least 3 characters). */
  nameContains?: string;
  /** Only connections whose outbound calls use this profile. */
  outboundVoiceProfileId?: string;
  /** Only connections of this type, e.g. "ip_connection". */
  recordType?: string;
}

export interface GetOutboundVoiceProfileArgs {
  /** The exact name (case-sensitive). */
  name: string;
}

/** One connection of any type, as the generic /connections endpoint summarises it. */
export function getConnection(args: GetConnectionArgs, opts?: LookupOptions): Promise<ConnectionSummary> {
  return reported("getConnection", async () => {
    const client = await programTelnyx(opts);
    return fromApi(withoutOwnershipTag(await client.connections.get(args.id))) as ConnectionSummary;
  });
}

/** getConnection for Pulumi Inputs, e.g. a connection's `id`: runs once the id is known. */
export const getConnectionOutput = (args: InputArgs<GetConnectionArgs>, opts?: LookupOptions): pulumi.Output<ConnectionSummary> =>
  lookupOutput(args, opts, getConnection);

/** Every connection of the account, all pages, optionally filtered. */
export function getConnections(args: GetConnectionsArgs = {}, opts?: LookupOptions): Promise<ConnectionSummary[]> {
  return reported("getConnections", async () => {
    const filters: Record<string, string> = {};
    if (args.nameContains) filters["filter[connection_name][contains]"] = args.nameContains;
    if (args.outboundVoiceProfileId) filters["filter[outbound_voice_profile_id]"] = args.outboundVoiceProfileId;
    const client = await programTelnyx(opts);
    const all = (await client.connections.list(filters)).map((c) => fromApi(withoutOwnershipTag(c)) as ConnectionSummary);
    return args.recordType ? all.filter((c) => c.recordType === args.recordType) : all;
  });
}

/** getConnections for Pulumi Inputs. */
export const getConnectionsOutput = (
  args: InputArgs<GetConnectionsArgs> = {},
  opts?: LookupOptions,
): pulumi.Output<ConnectionSummary[]> => lookupOutput(args, opts, getConnections);

/** The outbound voice profile with exactly this name; fails, naming it, when there is none or more than one. */
export function getOutboundVoiceProfile(args: GetOutboundVoiceProfileArgs, opts?: LookupOptions): Promise<OutboundVoiceProfileResult> {
  return reported("getOutboundVoiceProfile", async () => {
    const client = await programTelnyx(opts);
    const candidates = await client.resource(resources.outboundVoiceProfile).list({ "filter[name][contains]": args.name });
    const matches = candidates.filter((p) => p.name === args.name);
    if (matches.length !== 1) {
      throw new Error(
        `${matches.length === 0 ? "no" : matches.length} outbound voice profiles named "${args.name}"` +
          (matches.length === 0 ? "; check the name (it is case-sensitive) and the account of telnyx:apiKey" : "; use its id instead"),
      );
    }
    return fromApi(withoutOwnershipTag(matches[0])) as OutboundVoiceProfileResult;
  });
}

/** getOutboundVoiceProfile for Pulumi Inputs. */
export const getOutboundVoiceProfileOutput = (
  args: InputArgs<GetOutboundVoiceProfileArgs>,
  opts?: LookupOptions,
): pulumi.Output<OutboundVoiceProfileResult> => lookupOutput(args, opts, getOutboundVoiceProfile);
