import { isAdopted, leftOutOfAdopted } from "./adopted";
import { known, UNKNOWN, unknownAtPreview } from "./known";

export type Props = Record<string, any>;

/** Returned for a field the pack cannot judge; the reason is already reported. */
export const REPORTED = Symbol("already reported");

/**
 * The value of a guarded field at a dotted path ("inbound.channelLimit") as the pack may judge it: the value, or
 * undefined when not set (`null` included: it sets nothing), in which case the object gets Telnyx's default. Fails
 * closed, reporting and returning REPORTED, when the value is unknown at preview, or left out of an adopted object
 * (which keeps its live value instead of the default).
 */
export function guardedField(props: Props, report: (message: string) => void, at: string, path: string): unknown {
  const value = known(() => path.split(".").reduce<any>((cur, key) => (cur === null || cur === undefined ? undefined : cur[key]), props));
  if (value === UNKNOWN) {
    report(unknownAtPreview(at, path));
    return REPORTED;
  }
  if (value !== null && value !== undefined) return value;
  if (isAdopted(props)) {
    report(leftOutOfAdopted(at, path));
    return REPORTED;
  }
  return undefined;
}
