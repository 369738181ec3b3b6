import type * as pulumi from "@pulumi/pulumi";
import type { ActiveCall } from "../../sdk/schemas/active-call";
import { Camelize, fromApi } from "../core/casing";
import { LookupOptions, lookupOutput, programTelnyx } from "./clients";
import type { InputArgs } from "./inputs";
import { reported } from "./reported";

/** One call in progress: `callControlId`, `callLegId`, `callSessionId`, `clientState`, `callDuration` (seconds). */
export type ActiveCallResult = Camelize<ActiveCall>;

export interface GetActiveCallsArgs {
  /** The connection's id, of any type. */
  connectionId: string;
}

/**
 * The calls in progress on a connection of any type (all pages), e.g. to check a trunk carries no calls
 * before replacing it: `if ((await getActiveCalls({ connectionId })).length > 0) throw ...`.
 */
export function getActiveCalls(args: GetActiveCallsArgs, opts?: LookupOptions): Promise<ActiveCallResult[]> {
  return reported("getActiveCalls", async () => {
    const client = await programTelnyx(opts);
    return (await client.activeCalls(args.connectionId)).map((c) => fromApi(c) as ActiveCallResult);
  });
}

/** getActiveCalls for Pulumi Inputs, e.g. a connection's `id`. */
export const getActiveCallsOutput = (args: InputArgs<GetActiveCallsArgs>, opts?: LookupOptions): pulumi.Output<ActiveCallResult[]> =>
  lookupOutput(args, opts, getActiveCalls);
