import { UnknownValueError } from "@pulumi/policy";

/** Marks a value the preview does not know yet (it depends on a resource not created yet, e.g. its id). */
export const UNKNOWN = Symbol("unknown at preview");

/** A plain copy of a value read through the policy framework's proxy: reading every part surfaces any unknown in it. */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).map((key) => [key, plainCopy((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * Reads a value in full (every element and field of it), or UNKNOWN when any part is not known at preview. The
 * policy framework throws on reading an unknown; rules must not let that escape, since the framework turns it into an
 * advisory note and the risky value would pass.
 */
export function known<T>(read: () => T): T | typeof UNKNOWN {
  try {
    return plainCopy(read()) as T;
  } catch (err) {
    if (err instanceof UnknownValueError) return UNKNOWN;
    throw err;
  }
}

/** What a rule reports for a guarded field it cannot check: an unknown value fails closed, it never passes. */
export const unknownAtPreview = (at: string, field: string): string =>
  `${at}: ${field} is not known at preview (it is computed from another resource's output), so the guardrails cannot ` +
  "check it; give it a value known at preview (a literal or stack config). `pulumi up --skip-preview --policy-pack` " +
  "checks it once known, before the resource is created or updated.";
