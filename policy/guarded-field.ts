import type { ResourceValidationArgs } from "@pulumi/policy";
import { isAdopted, leftOutOfAdopted } from "./adopted";
import { known, UNKNOWN, unknownAtPreview } from "./known";

/** Returned for a field the pack cannot judge; the reason is already reported. */
export const REPORTED = Symbol("already reported");

/**
 * The value of a guarded field at a dotted path ("inbound.channelLimit") as the pack may judge it: the value, or
 * undefined when not set (`null` included: it sets nothing), in which case the object gets Telnyx's default. Fails
 * closed, reporting and returning REPORTED, when the value is unknown at preview, or left out of an adopted object
 * (which keeps its live value instead of the default).
 */
export function guardedField(
  args: Pick<ResourceValidationArgs, "urn" | "props">,
  report: (message: string) => void,
  at: string,
  path: string,
): unknown {
  const props = args.props;
  const value = known(() => path.split(".").reduce<any>((cur, key) => (cur === null || cur === undefined ? undefined : cur[key]), props));
  if (value === UNKNOWN) {
    report(unknownAtPreview(at, path));
    return REPORTED;
  }
  if (value !== null && value !== undefined) return value;
  if (isAdopted(args.urn, props)) {
    report(leftOutOfAdopted(at, path));
    return REPORTED;
  }
  return undefined;
}
