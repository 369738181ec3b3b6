import type { ResourceSpec } from "../../sdk/resource-spec";
import { fromApi, isPlainObject } from "./casing";

// Pulumi rewrites the whole state after every step, so each byte a resource stores is paid again at every step. A
// field the program does not declare and that holds its documented default (sdk/schemas `defaults`) is left out of
// the outputs, and put back wherever outputs are read as the API's object: by the provider (diff, update) and by the
// program (the resource class's getters). A declared field always stays, whatever its value.

type Obj = Record<string, unknown>;

const camelDefaults = new WeakMap<ResourceSpec, Obj>();

/** The spec's documented defaults in the program's spelling (camelCase, deeply), and its kind's one record type. */
export function defaultsOf(spec: ResourceSpec): Obj {
  let out = camelDefaults.get(spec);
  if (!out) {
    out = fromApi({ ...(spec.recordType ? { record_type: spec.recordType } : {}), ...spec.defaults }) as Obj;
    camelDefaults.set(spec, out);
  }
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `outputs` without the fields `declared` (a skeleton, see outputs.ts) does not name whose value is their default,
 * deeply: an object keeps only its fields that differ, and goes when none does. Null is "unset": it goes where the
 * default is null or unknown, and stays where the default is a value, so that reading it back gives null, not that value.
 */
export function withoutDefaults(outputs: Obj, declared: Obj, defaults: Obj): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(outputs)) {
    const isDeclared = declared[key] !== undefined;
    const fallback = defaults[key];
    if (value === null) {
      if (fallback !== undefined && fallback !== null) out[key] = null;
    } else if (isPlainObject(value)) {
      const inner = isPlainObject(declared[key]) ? (declared[key] as Obj) : {};
      // An object declared as a whole (not field by field) loses only its nulls.
      const wholeDeclared = isDeclared && !isPlainObject(declared[key]);
      const kept = withoutDefaults(value, inner, isPlainObject(fallback) && !wholeDeclared ? fallback : {});
      if (isDeclared || Object.keys(kept).length > 0 || !isPlainObject(fallback)) out[key] = kept;
    } else if (isDeclared || fallback === undefined || !same(value, fallback)) {
      out[key] = value;
    }
  }
  return out;
}

/** `value` as the API has it: what `withoutDefaults` left out put back from `fallback`, deeply. */
export function withDefaults(value: unknown, fallback: unknown): unknown {
  if (value === undefined) return fallback;
  if (!isPlainObject(value) || !isPlainObject(fallback)) return value;
  const out: Obj = { ...fallback, ...value };
  for (const key of Object.keys(fallback)) out[key] = withDefaults(value[key], fallback[key]);
  return out;
}
