import { isPlainObject } from "./merge";
import type { Rec } from "./store";

/**
 * How an answer shows a field that is unset. "null" (the default) is what the real API does: every GET, POST and
 * PATCH answers the whole object, unset fields as null. "omit" leaves out the fields Telnyx's OpenAPI types without
 * null and without a default, the shape the spec alone suggests: a client must cope with both.
 */
export type UnsetMode = "null" | "omit";
export const UNSET_MODES: readonly UnsetMode[] = ["null", "omit"];

/**
 * In "omit" mode, leaves out of a response (a copy, mutated) the fields at `paths` ("inbound.sip_subdomain") that
 * hold null; in "null" mode, answers them as they are.
 */
export function omitUnset(obj: Rec, paths: readonly string[], mode: UnsetMode): Rec {
  if (mode === "null") return obj;
  for (const path of paths) {
    const keys = path.split(".");
    const parent = keys.slice(0, -1).reduce<unknown>((o, k) => (isPlainObject(o) ? o[k] : undefined), obj);
    const key = keys[keys.length - 1];
    if (isPlainObject(parent) && parent[key] === null) delete parent[key];
  }
  return obj;
}
