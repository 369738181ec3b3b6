import { isPlainObject } from "./merge";
import type { Rec } from "./store";

/**
 * Leaves out of a response (a copy, mutated) the fields at `paths` ("inbound.sip_subdomain") that hold null:
 * Telnyx's OpenAPI types them without null and documents no default, so unset means absent, not null.
 */
export function omitUnset(obj: Rec, paths: readonly string[]): Rec {
  for (const path of paths) {
    const keys = path.split(".");
    const parent = keys.slice(0, -1).reduce<unknown>((o, k) => (isPlainObject(o) ? o[k] : undefined), obj);
    const key = keys[keys.length - 1];
    if (isPlainObject(parent) && parent[key] === null) delete parent[key];
  }
  return obj;
}
