import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { PARSE } from "../../sdk/schema-meta";
import { isPlainObject, objectShape, toApi } from "./casing";
import { validate } from "./check";

type Obj = Record<string, unknown>;

/**
 * A create body: the inputs in the API's spelling, parsed by the schema so values go out in canonical form. Inputs
 * that check let through but a create cannot send fail worded as check words them, naming resource `name`.
 */
export function createBody(spec: ResourceSpec, name: string, inputs: Obj): Obj {
  const parsed = spec.fields.safeParse(toApi(spec.fields, inputs), PARSE);
  if (parsed.success) return parsed.data as Obj;
  throw new Error(validate(spec, name, inputs).map((f) => f.reason).join("; ") || `${spec.title} "${name}": ${parsed.error.message}`);
}

/** Parses each leaf on its own: a PATCH sends only changed leaves, which a whole-object schema would call incomplete. */
function parseLeaves(schema: z.ZodType, body: Obj): Obj {
  const shape = objectShape(schema) ?? {};
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      const field = shape[key];
      if (!field) return [key, value];
      return [key, isPlainObject(value) && objectShape(field) ? parseLeaves(field, value) : field.parse(value, PARSE)];
    }),
  );
}

/** A PATCH body of only the changed fields, in the API's spelling and canonical form. */
export function patchBody(spec: ResourceSpec, patch: Obj): Obj {
  return parseLeaves(spec.fields, toApi(spec.fields, patch) as Obj);
}
