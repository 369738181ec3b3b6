import { z } from "zod";
import { unwrap } from "../../sdk/schema-meta";
import { fieldFor, isPlainObject, objectShape } from "./casing";
import { containsUnknown, sameValue } from "./compare";

export interface FieldChange {
  /** camelCase path, e.g. ["inbound", "codecs"]. */
  path: string[];
  /** The API cannot change it in place. */
  createOnly: boolean;
}

/** Inputs for the provider itself (`__provider`, `__resourceName`, ..., `adoptId`, `removedFields`): never API fields. */
export const isProviderKey = (k: string): boolean => k.startsWith("__") || k === ADOPT_ID || k === REMOVED_FIELDS;

/** The input naming an existing object to take over instead of creating one. */
export const ADOPT_ID = "adoptId";

/** The input saying what a field the program stops declaring becomes: "reset" (the default) or "keep" (removed.ts). */
export const REMOVED_FIELDS = "removedFields";

/**
 * The heart of the provider: what the program declares that the API's current state does not match.
 * Only declared fields are compared, so server defaults and computed fields never show as changes. `actual` is the
 * stored outputs: the API's state, with secrets the API will not tell filled in from what we last sent.
 */
export function changedFields(
  schema: z.ZodType,
  declared: Record<string, unknown>,
  actual: Record<string, unknown> | undefined,
  skip: (key: string) => boolean = isProviderKey,
  path: string[] = [],
): FieldChange[] {
  const shape = objectShape(schema);
  const changes: FieldChange[] = [];
  for (const [key, want] of Object.entries(declared)) {
    if (want === undefined || skip(key)) continue;
    const fieldSchema = fieldFor(shape, key)[1];
    const meta = fieldSchema ? unwrap(fieldSchema).meta : {};
    const have = actual?.[key];
    const here = [...path, key];
    if (isPlainObject(want) && objectShape(fieldSchema) && !containsUnknown(want) && !meta.secret) {
      const nested = changedFields(fieldSchema!, want, isPlainObject(have) ? have : undefined, () => false, here);
      changes.push(...nested.map((c) => ({ ...c, createOnly: c.createOnly || !!meta.createOnly })));
    } else if (containsUnknown(want) || (meta.secret ? want !== have : !sameValue(fieldSchema, want, have))) {
      changes.push({ path: here, createOnly: !!meta.createOnly });
    }
  }
  return changes;
}

/**
 * The PATCH for these changes: each changed top-level field with its whole declared value. A nested object goes whole
 * (never only its changed leaves), which is right whether the API merges a sub-object or replaces it.
 */
export function patchOf(declared: Record<string, unknown>, changes: FieldChange[]): Record<string, unknown> {
  return Object.fromEntries([...new Set(changes.map((c) => c.path[0]))].map((key) => [key, declared[key]]));
}
