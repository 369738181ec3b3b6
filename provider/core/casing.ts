import { z } from "zod";
import { unwrap } from "../../sdk/schema-meta";

// Pulumi users write camelCase; the API speaks snake_case. The schemas are the source of truth for the API's
// spelling, so the camel -> snake direction is looked up in them (keys like `third-party_uac_settings` do not
// survive a naive round trip), while snake -> camel is a plain rule.

const camelCache = new Map<string, string>();
/** Memoized: every diff, read and create converts the same few hundred API keys, over and over. */
export const camel = (key: string): string => {
  let out = camelCache.get(key);
  if (out === undefined) {
    out = key.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
    camelCache.set(key, out);
  }
  return out;
};

export type Camel<S extends string> = S extends `${infer H}_${infer T}`
  ? `${H}${Capitalize<Camel<T>>}`
  : S extends `${infer H}-${infer T}`
    ? `${H}${Capitalize<Camel<T>>}`
    : S;

/** An API shape with every key camelCased, deeply. */
export type Camelize<T> = T extends string
  ? T // a branded string (sdk/schemas/codecs.ts ExtraCodec) is a value, not an object of keys
  : T extends readonly (infer U)[]
    ? Camelize<U>[]
    : T extends object
      ? { [K in keyof T as K extends string ? Camel<K> : K]: Camelize<T[K]> }
      : T;

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The object shape behind a field schema, if it is an object. */
export function objectShape(schema: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (!schema) return undefined;
  const { inner } = unwrap(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

/** The element schema of an array field, if it is an array. */
export function arrayElement(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (!schema) return undefined;
  const { inner } = unwrap(schema);
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

/** Each shape's fields by camelCase key, built on first use: a lookup per key, not a scan of the shape. */
const byCamelKey = new WeakMap<Record<string, z.ZodType>, Map<string, [string, z.ZodType]>>();

/** Finds the schema field for a camelCase key: returns the API key and its schema. */
export function fieldFor(shape: Record<string, z.ZodType> | undefined, camelKey: string): [string, z.ZodType | undefined] {
  if (shape) {
    let fields = byCamelKey.get(shape);
    if (!fields) {
      fields = new Map();
      // The first API key wins when two spell the same camelCase key, as a scan in shape order would find it.
      for (const [apiKey, s] of Object.entries(shape)) if (!fields.has(camel(apiKey))) fields.set(camel(apiKey), [apiKey, s]);
      byCamelKey.set(shape, fields);
    }
    const found = fields.get(camelKey);
    if (found) return found;
  }
  return [camelKey.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), undefined];
}

/** camelCase program values -> the API's snake_case body, guided by the schema. */
export function toApi(schema: z.ZodType | undefined, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => toApi(arrayElement(schema), v));
  if (!isPlainObject(value)) return value;
  const shape = objectShape(schema);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const [apiKey, fieldSchema] = fieldFor(shape, k);
    out[apiKey] = toApi(fieldSchema, v);
  }
  return out;
}

/** The API's snake_case object -> camelCase, deeply (keys only; values are left alone). */
export function fromApi(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromApi);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[camel(k)] = fromApi(v);
  return out;
}
