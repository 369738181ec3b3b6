import { decodePrivate, PRIVATE } from "../provider/core/private-state";
import { known, UNKNOWN } from "./known";
import type { Props } from "./guarded-field";

/**
 * Whether the resource takes over, or took over, an existing Telnyx object (`adoptId`): such an object keeps the values
 * it has in Telnyx for every field the program leaves out, and the pack cannot see them. Adopted once, always: removing
 * `adoptId` afterwards leaves the flag in the provider's private state (provider/core/private-state.ts). An `adoptId`
 * unknown at preview may adopt anything, so it counts as adopting.
 */
export function isAdopted(props: Props): boolean {
  const adoptId = known(() => props.adoptId);
  if (adoptId === UNKNOWN || (typeof adoptId === "string" && adoptId !== "")) return true;
  const own = known(() => props[PRIVATE]);
  return typeof own === "string" && decodePrivate(own).adopted === true;
}

/** What a rule reports for a guarded field an adopted object's program leaves out. */
export const leftOutOfAdopted = (at: string, field: string): string =>
  `${at}: ${field} is left out of the program of an adopted object (adoptId), so it keeps whatever value it has in ` +
  `Telnyx, which the guardrails cannot see; declare ${field} in the program.`;
