import { known, UNKNOWN } from "./known";
import { internalsSeen } from "./provider-modules";

/**
 * Whether the resource `urn` takes over, or took over, an existing Telnyx object (`adoptId`): such an object keeps
 * the values it has in Telnyx for every field the program leaves out, and the pack cannot see them. Adopted once,
 * always: removing `adoptId` afterwards leaves the flag in the provider's private state (provider-modules.ts). An
 * `adoptId` unknown at preview may adopt anything, so it counts as adopting.
 */
export function isAdopted(urn: string, props: Record<string, any>): boolean {
  const adoptId = known(() => props.adoptId);
  if (adoptId === UNKNOWN || (typeof adoptId === "string" && adoptId !== "")) return true;
  return internalsSeen(urn)?.adopted === true;
}

/** What a rule reports for a guarded field an adopted object's program leaves out. */
export const leftOutOfAdopted = (at: string, field: string): string =>
  `${at}: ${field} is left out of the program of an adopted object (adoptId), so it keeps whatever value it has in ` +
  `Telnyx, which the guardrails cannot see; declare ${field} in the program.`;
