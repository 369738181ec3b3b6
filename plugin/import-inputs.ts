// `pulumi import` (and the `import` resource option) read an object with nothing but its id. The handlers' read
// returns as inputs the fields the program declared; an import has no program yet, so every writable field the
// object holds counts as declared: read once to see them, then read again with them as the declared fields.
import { z } from "zod";
import { camel, isPlainObject, objectShape } from "../provider/core/casing";
import type { Props } from "./wire";

/** The writable fields (per the resource's `fields` schema, deeply) that `outputs` holds. */
export function writableFields(fields: z.ZodType, outputs: Props): Props {
  const out: Props = {};
  for (const [key, field] of Object.entries(objectShape(fields) ?? {})) {
    const value = outputs[camel(key)];
    if (value === undefined) continue;
    const inner = objectShape(field);
    out[camel(key)] = inner && isPlainObject(value) ? writableFields(field, value) : value;
  }
  return out;
}
