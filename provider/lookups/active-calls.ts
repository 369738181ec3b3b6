import type { TelnyxClient } from "../../sdk";
import type { ActiveCall } from "../../sdk/schemas/active-call";
import { Camelize, fromApi } from "../core/casing";
import { programTelnyx } from "./clients";

export type ActiveCallResult = Camelize<ActiveCall>;

/**
 * The calls in progress on a connection of any type (all pages), e.g. to check a trunk carries no calls
 * before replacing it: `if ((await getActiveCalls({ connectionId })).length > 0) throw ...`.
 */
export async function getActiveCalls(
  args: { connectionId: string },
  client: TelnyxClient = programTelnyx(),
): Promise<ActiveCallResult[]> {
  return (await client.activeCalls(args.connectionId)).map((c) => fromApi(c) as ActiveCallResult);
}
