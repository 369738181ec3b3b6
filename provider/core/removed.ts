import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { PARSE } from "../../sdk/schema-meta";
import { camel, fieldFor, isPlainObject, objectShape } from "./casing";
import type { CheckFailure } from "./check";
import { isProviderKey, REMOVED_FIELDS } from "./diff";
import { secretKeys } from "./secrets";

type Obj = Record<string, unknown>;

/** A field with no documented default and no way to clear it. */
export const NONE = Symbol("no reset value");

const accepts = (schema: z.ZodType | undefined, value: unknown) => !!schema && schema.safeParse(value, PARSE).success;

/**
 * What the API has for a field it was never given: its documented default (`defaults` is its parent object's, API
 * spelling), else what clears it (null, then ""), else NONE.
 */
export function resetValue(schema: z.ZodType | undefined, defaults: Obj | undefined, apiKey: string): unknown {
  if (defaults && apiKey in defaults) return defaults[apiKey];
  for (const cleared of [null, ""]) if (accepts(schema, cleared)) return cleared;
  return NONE;
}

interface Reset {
  /** The reset values of the removed fields under this object, in the program's spelling. */
  values: Obj;
  /** camelCase paths of removed optional fields with nothing to reset them to. */
  stuck: string[][];
}

/**
 * Every field that `olds` declares and `news` leaves out, deeply, with the value it goes back to. A removed object
 * resets only the fields that were declared inside it, so nothing the program never managed starts being managed.
 */
function removedUnder(shape: Record<string, z.ZodType> | undefined, defaults: Obj | undefined, olds: Obj, news: Obj, path: string[]): Reset {
  const out: Reset = { values: {}, stuck: [] };
  for (const [key, old] of Object.entries(olds)) {
    if (old === undefined || (path.length === 0 && isProviderKey(key))) continue;
    const [apiKey, schema] = fieldFor(shape, key);
    const now = news[key];
    const nested = objectShape(schema);
    const nestedDefaults = isPlainObject(defaults?.[apiKey]) ? (defaults![apiKey] as Obj) : undefined;
    if (now === undefined && isPlainObject(old) && nested) {
      const inner = removedUnder(nested, nestedDefaults, old, {}, [...path, key]);
      // An object whose default is "unset" (null) goes back to null as a whole when its fields cannot one by one.
      if (inner.stuck.length > 0 && defaults?.[apiKey] === null && accepts(schema, null)) out.values[key] = null;
      else {
        if (Object.keys(inner.values).length > 0) out.values[key] = inner.values;
        out.stuck.push(...inner.stuck);
      }
    } else if (now === undefined) {
      const value = resetValue(schema, defaults, apiKey);
      if (value !== NONE) out.values[key] = value;
      else if (accepts(schema, undefined)) out.stuck.push([...path, key]); // a required field is the check's to report
    } else if (isPlainObject(old) && isPlainObject(now) && nested) {
      const inner = removedUnder(nested, nestedDefaults, old, now, [...path, key]);
      if (Object.keys(inner.values).length > 0) out.values[key] = { ...now, ...inner.values };
      out.stuck.push(...inner.stuck);
    }
  }
  return out;
}

/**
 * `removedFields: "reset"` (the default): a field the program declared before and leaves out now goes back to what
 * Telnyx has for a field never set (sdk/schemas: the documented default, or unset), so the program stays the whole
 * truth of what it declared and the preview shows the reset (`5 => null`). `"keep"` leaves the value as it is.
 * Returns the inputs with the resets written in, and a failure for each removed field with no value to go back to.
 */
export function resetRemovedFields(
  spec: ResourceSpec,
  resourceName: string,
  olds: Obj,
  news: Obj,
  skip: string | undefined,
): { inputs: Obj; failures: CheckFailure[] } {
  const mode = news[REMOVED_FIELDS];
  if (mode !== undefined && mode !== "reset" && mode !== "keep") {
    return {
      inputs: news,
      failures: [{ property: REMOVED_FIELDS, reason: `${spec.title} "${resourceName}", field ${REMOVED_FIELDS}: must be "reset" or "keep"` }],
    };
  }
  if (mode === "keep") return { inputs: news, failures: [] };
  const olderFields = Object.fromEntries(Object.entries(olds).filter(([k]) => k !== skip));
  const { values, stuck } = removedUnder(objectShape(spec.fields), spec.defaults, olderFields, news, []);
  const hidden = new Set(secretKeys(spec));
  return {
    inputs: { ...news, ...values },
    failures: stuck.map((path) => ({
      property: hidden.has(path[0]) ? "" : path[0],
      reason:
        `${spec.title} "${resourceName}", field ${path.map(camel).join(".")}: removed from the program, and Telnyx documents ` +
        `no value to reset it to; declare the value it should have, or set ${REMOVED_FIELDS}: "keep" on this resource ` +
        "to leave it as it is",
    })),
  };
}
