import { z } from "zod";
import { FieldMeta, unwrap } from "../../sdk/schema-meta";
import { arrayElement, fieldFor, isPlainObject, objectShape } from "./casing";

/** What the engine sends for a value not known yet during preview (an output of a resource not yet created). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export const containsUnknown = (v: unknown): boolean =>
  v === UNKNOWN || (Array.isArray(v) ? v.some(containsUnknown) : isPlainObject(v) && Object.values(v).some(containsUnknown));

/** The API treats these as "not set"; so do we. */
const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === "";

const sortKey = (v: unknown): string => JSON.stringify(v) ?? "";

/** A value in the form the API compares it: so equal values compare equal whatever their spelling. */
export function normalize(schema: z.ZodType | undefined, v: unknown): unknown {
  if (isEmpty(v)) return null;
  const meta: FieldMeta = schema ? unwrap(schema).meta : {};
  if (Array.isArray(v)) {
    const items = v.map((item) => normalize(arrayElement(schema), item));
    return meta.compare === "set" ? [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b))) : items;
  }
  if (isPlainObject(v)) {
    const shape = objectShape(schema);
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => !isEmpty(x))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, normalize(fieldFor(shape, k)[1], x)]),
    );
  }
  if (typeof v === "string") {
    if (meta.compare === "caseInsensitive") return v.toLowerCase();
    if (meta.compare === "fqdn") return v.toLowerCase().replace(/\.$/, "");
  }
  return v;
}

type Values = Record<string, unknown>;

export const sameValue = (schema: z.ZodType | undefined, a: unknown, b: unknown): boolean =>
  sortKey(normalize(schema, a)) === sortKey(normalize(schema, b));

/**
 * `values` with each field that holds the same value as in `stored`, spelled another way (another case, a set in
 * another order), spelled as `stored` has it. A refresh stores the API's spelling in the inputs: a check that put the
 * program's back changed those inputs, for nothing, at every `up` after a refresh.
 */
export function withStoredSpelling(schema: z.ZodType, values: Values, stored: Values): Values {
  const shape = objectShape(schema);
  const out = { ...values };
  for (const [key, value] of Object.entries(values)) {
    const candidate = key in stored && value !== stored[key] && !containsUnknown(value);
    if (candidate && sameValue(fieldFor(shape, key)[1], value, stored[key])) out[key] = stored[key];
  }
  return out;
}
