import type { Rec } from "./store";

export function isPlainObject(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * PATCH semantics used by Telnyx: nested objects (inbound, outbound, rtcp_settings, ...)
 * are merged key by key, while arrays and scalars (including null) replace the old value.
 */
export function deepMerge(target: Rec, patch: Rec): Rec {
  const out: Rec = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : clone(value);
  }
  return out;
}
