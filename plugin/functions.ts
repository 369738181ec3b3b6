// The lookups as the package's functions (`telnyx-sip:index:getConnection`, ...): the plugin's Invoke runs the very
// lookup functions TypeScript programs call (provider/lookups/), in the account the plugin is configured with.
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { Account } from "../provider/account";
import { perConfiguration } from "../provider/core/settings";
import {
  getActiveCalls, getConnection, getConnections, getOutboundVoiceProfile, getRegistrationStatus, type LookupOptions,
  type RegistrationStatusArgs,
} from "../provider/lookups";
import { describe } from "../sdk/schema-meta";
import { sipCredentialTypes } from "../sdk/schemas/registration";
import { resources } from "../sdk/resources";
import { activeCall } from "../sdk/schemas/active-call";
import { connectionSummary } from "../sdk/schemas/connection";
import type { Props } from "./wire";

// getRegistrationStatus's object arguments and result (provider/lookups/registration.ts declares them in TypeScript).
const sipRegistrationArg = z.object({
  credential_type: describe(z.enum(sipCredentialTypes), "Which kind of SIP credential to look up."),
  connection_id: describe(z.string().optional(), "The connection's id."),
  username: describe(z.string().optional(), "The SIP user name."),
  user_id: describe(z.string().optional(), "The user's id."),
});
const waitArg = z.object({
  timeout_seconds: describe(z.number().int().optional(), "How long to wait, in seconds (default 300)."),
  interval_seconds: describe(z.number().int().optional(), "How long between two checks, in seconds (default 5)."),
});
const registrationStatusResult = z.object({
  source: describe(
    z.enum(["credentialConnection", "uacConnection", "sipRegistrationStatus", "telzinoAgent"]),
    "Where the status came from.",
  ),
  registered: describe(z.boolean(), "Whether the endpoint is registered."),
  state: describe(z.enum(["registered", "unregistered", "pending", "failed", "disabled", "unknown"]), "The state, in one vocabulary."),
  last_response: describe(z.string().optional(), 'The registrar\'s last answer or the API\'s explanation, e.g. "200 OK".'),
  details: describe(z.record(z.string(), z.unknown()), "The API's own answer, camelCased, secrets redacted as the API sent them."),
});

export interface FunctionDef {
  description: string;
  /** Each argument: its description, whether the lookup needs it, and its zod schema when it is not a string. */
  args: Record<string, { description: string; required?: boolean; schema?: z.ZodType }>;
  /** The result: one object (its zod schema), or a list of them under one key, since a function returns an object. */
  result: { object: z.ZodType } | { list: string; of: z.ZodType; name: string; description: string };
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
    result: { list: "connections", of: connectionSummary, name: "ConnectionSummary", description: "The matching connections." },
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
    result: { list: "calls", of: activeCall, name: "ActiveCall", description: "The calls in progress." },
    run: async (args, opts) => ({ calls: await getActiveCalls({ connectionId: args.connectionId }, opts) }),
  },
  getRegistrationStatus: {
    description:
      "The registration state of a SIP endpoint, in one shape whatever reports it: give exactly one of " +
      "credentialConnectionId, uacConnectionId, sipRegistration, telzinoAgentId. Optionally waits until registered.",
    args: {
      credentialConnectionId: { description: "A credential connection: Telnyx's check_registration_status action." },
      uacConnectionId: { description: "A UAC connection (Telnyx registering to your PBX): its check_registration_status action." },
      sipRegistration: { description: "The unified GET /sip_registration_status endpoint.", schema: sipRegistrationArg },
      telzinoAgentId: { description: "A Telzino agent (needs `telzino:accessToken`)." },
      waitUntilRegistered: {
        description: "Poll until registered; `pulumi up` fails with the last state if it does not register in time.",
        schema: waitArg,
      },
    },
    result: { object: registrationStatusResult },
    run: (args, opts) => getRegistrationStatus(args as RegistrationStatusArgs, opts),
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
