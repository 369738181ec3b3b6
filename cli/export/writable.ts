import type { z } from "zod";
import { camel, isPlainObject, objectShape } from "../../provider/core/casing";
import { PARSE, unwrap, type FieldMeta } from "../../sdk/schema-meta";
import type { Value } from "./ts-value";

/** One writable value of an API object, at its camelCase path (e.g. ["outbound", "outboundVoiceProfileId"]). */
export interface Leaf {
  path: string[];
  value: unknown;
  meta: FieldMeta;
}

/** What the program passes for a leaf; undefined leaves it out. */
export type Rewrite = (leaf: Leaf) => Value | undefined;

/** Reports a value the program must leave out, with why (never the value: it may be a secret). */
export type Skipped = (path: string[], reason: string) => void;

/**
 * The program arguments for an API object: every field the `fields` schema (the create body) allows that the API
 * returned with a value, camelCased, in schema order. Read-only fields are not in that schema, so they never appear.
 * Values the schema would refuse (the provider's check would stop the program) are skipped and reported.
 */
export function writableArgs(
  fields: z.ZodType,
  apiObject: unknown,
  rewrite: Rewrite,
  skipped: Skipped,
  path: string[] = [],
): Record<string, Value> {
  const args: Record<string, Value> = {};
  if (!isPlainObject(apiObject)) return args;
  for (const [apiKey, schema] of Object.entries(objectShape(fields) ?? {})) {
    const value = apiObject[apiKey];
    if (value === null || value === undefined) continue;
    const here = [...path, camel(apiKey)];
    const { meta } = unwrap(schema);
    if (isPlainObject(value) && objectShape(schema) && !meta.secret) {
      const nested = writableArgs(schema, value, rewrite, skipped, here);
      if (Object.keys(nested).length > 0) args[here.at(-1)!] = nested;
      continue;
    }
    if (!meta.secret) {
      const checked = schema.safeParse(value, PARSE);
      if (!checked.success) {
        skipped(here, checked.error.issues[0]?.message ?? "invalid value");
        continue;
      }
    }
    const out = rewrite({ path: here, value, meta });
    if (out !== undefined) args[here.at(-1)!] = out;
  }
  return args;
}
