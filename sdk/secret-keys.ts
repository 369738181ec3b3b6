import type { z } from "zod";
import { unwrap } from "./schema-meta";

/** Names of all properties (at any depth) marked secret in fieldMeta. */
export function secretKeysOf(schema: z.ZodType, found = new Set<string>()): Set<string> {
  const inner = unwrap(schema).inner;
  const def = (inner as any)._zod.def;
  if (def.type === "object") {
    for (const [key, prop] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      if (unwrap(prop).meta.secret) found.add(key);
      secretKeysOf(prop, found);
    }
  } else if (def.type === "array") secretKeysOf(def.element, found);
  return found;
}
