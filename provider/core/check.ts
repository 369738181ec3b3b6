import { z } from "zod";
import { unwrap } from "../../sdk/schema-meta";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { camel, objectShape, toApi } from "./casing";
import { UNKNOWN } from "./compare";
import { isInternalKey } from "./diff";

export interface CheckFailure {
  property: string;
  reason: string;
}

/** The API field's schema at a snake_case path, to learn whether it is secret. */
function schemaAt(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = schema;
  for (const key of path) {
    if (typeof key !== "string") continue; // array index
    cur = objectShape(cur)?.[key];
    if (!cur) return undefined;
  }
  return cur;
}

/** True when the value at `path` is not known yet (an output of a resource being created): checked at `up`. */
function unknownAt(body: unknown, path: PropertyKey[]): boolean {
  let cur: unknown = body;
  for (const key of path) {
    if (cur === UNKNOWN) return true;
    if (cur === null || typeof cur !== "object") return false;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur === UNKNOWN || JSON.stringify(cur ?? null).includes(UNKNOWN);
}

/**
 * Every documented constraint, checked against the program's inputs before any API call. A failure names the field
 * (camelCase, as the user wrote it) and what is allowed; a secret field's value is never shown, so its failure
 * carries no `property` (the engine prints a property's value) and names the field in the reason instead.
 */
export function validate(spec: ResourceSpec, resourceName: string, inputs: Record<string, unknown>): CheckFailure[] {
  const body = toApi(spec.fields, Object.fromEntries(Object.entries(inputs).filter(([k]) => !isInternalKey(k))));
  const result = spec.fields.safeParse(body);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => !unknownAt(body, issue.path))
    .map((issue) => {
      const field = issue.path.map((p) => (typeof p === "string" ? camel(p) : `[${String(p)}]`)).join(".").replace(/\.\[/g, "[");
      const fieldSchema = schemaAt(spec.fields, issue.path);
      const isSecret = fieldSchema ? unwrap(fieldSchema).meta.secret : false;
      const where = `${spec.title} "${resourceName}", field ${field || "(inputs)"}`;
      return {
        property: isSecret ? "" : String(issue.path.length ? camel(String(issue.path[0])) : ""),
        reason: `${where}: ${issue.message}`,
      };
    });
}
