import { UnknownValueError } from "@pulumi/policy";

/** Marks a value the preview does not know yet (it depends on a resource not created yet, e.g. its id). */
export const UNKNOWN = Symbol("unknown until up");

/**
 * Reads a value that may be unknown at preview. The policy framework throws on reading one; a rule skips such a value
 * instead, since the engine runs the pack again during `up`, with the value known, before anything is created.
 */
export function known<T>(read: () => T): T | typeof UNKNOWN {
  try {
    return read();
  } catch (err) {
    if (err instanceof UnknownValueError) return UNKNOWN;
    throw err;
  }
}
