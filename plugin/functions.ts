// The lookups as the package's functions (`telnyx-sip:index:getConnection`, ...): the plugin's Invoke runs the very
// lookup functions TypeScript programs call (provider/lookups/), in the account the plugin is configured with.
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { Account } from "../provider/account";
import { perConfiguration } from "../provider/core/settings";
import { getActiveCalls, getConnection, getConnections, getOutboundVoiceProfile, type LookupOptions } from "../provider/lookups";
import { resources } from "../sdk/resources";
import { activeCall } from "../sdk/schemas/active-call";
import { connectionSummary } from "../sdk/schemas/connection";
import type { Props } from "./wire";

export interface FunctionDef {
  description: string;
  /** Each argument: its description, and whether the lookup needs it. */
  args: Record<string, { description: string; required?: boolean }>;
  /** The result: one object (its zod schema), or a list of them under one key, since a function returns an object. */
  result: { object: z.ZodType } | { list: string; of: z.ZodType; name: string };
  run(args: Props, opts: LookupOptions): Promise<unknown>;
}

export const functions: Record<string, FunctionDef> = {
  getConnection: {
    description: "One connection of any type, as the generic /connections endpoint summarises it.",
    args: { id: { description: "The connection's id.", required: true } },
    result: { object: connectionSummary },
    run: (args, opts) => getConnection({ id: args.id }, opts),
  },
  getConnections: {
    description: "Every connection of the account (all pages), optionally filtered.",
    args: {
      nameContains: { description: "Case-insensitive substring of the connection name (at least 3 characters)." },
      outboundVoiceProfileId: { description: "Only connections whose outbound calls use this profile." },
      recordType: { description: 'Only connections of this type, e.g. "ip_connection".' },
    },
    result: { list: "connections", of: connectionSummary, name: "ConnectionSummary" },
    run: async (args, opts) => ({ connections: await getConnections(args, opts) }),
  },
  getOutboundVoiceProfile: {
    description: "The outbound voice profile with exactly this name; fails, naming it, when there is none or more than one.",
    args: { name: { description: "The exact name (case-sensitive).", required: true } },
    result: { object: resources.outboundVoiceProfile.response },
    run: (args, opts) => getOutboundVoiceProfile({ name: args.name }, opts),
  },
  getActiveCalls: {
    description: "The calls in progress on a connection of any type (all pages), e.g. to check a trunk carries none before replacing it.",
    args: { connectionId: { description: "The connection's id.", required: true } },
    result: { list: "calls", of: activeCall, name: "ActiveCall" },
    run: async (args, opts) => ({ calls: await getActiveCalls({ connectionId: args.connectionId }, opts) }),
  },
};

const currentSettings = perConfiguration((settings) => settings);

/**
 * The account the plugin is configured with, as a lookup's `account` option. A lookup reads only an account's
 * `settings` (provider/lookups/clients.ts); a real Account is a resource, which only a program can register.
 */
function pluginAccount(): LookupOptions {
  const { apiKey, baseUrl } = currentSettings();
  return { account: { settings: pulumi.output({ apiKey, baseUrl }) } as unknown as Account };
}

/** Runs the function `name` (the token's last part) with `args`, or fails naming what the plugin serves. */
export function invoke(name: string, args: Props): Promise<unknown> {
  const fn = functions[name];
  if (!fn) throw new Error(`telnyx-sip: unknown function ${name}; this plugin serves ${Object.keys(functions).join(", ")}`);
  return fn.run(args, pluginAccount());
}
