import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { PARSE } from "../../sdk/schema-meta";
import { camel, isPlainObject, objectShape, toApi } from "./casing";
import { UNKNOWN } from "./compare";
import { isProviderKey } from "./diff";
import { secretKeys } from "./secrets";

export interface CheckFailure {
  property: string;
  reason: string;
}

/** One problem at one snake_case path, before it is worded for the user. */
interface Problem {
  path: PropertyKey[];
  message: string;
  unknownKey?: boolean;
}

/** The API field's schema at a snake_case path. */
function schemaAt(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = schema;
  for (const key of path) {
    if (typeof key !== "string") continue; // array index
    cur = objectShape(cur)?.[key];
    if (!cur) return undefined;
  }
  return cur;
}

function valueAt(body: unknown, path: PropertyKey[]): unknown {
  let cur: unknown = body;
  for (const key of path) cur = cur !== null && typeof cur === "object" ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
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

/** Every API key of the schema, deeply: the names a message may mention. */
function apiNames(schema: z.ZodType | undefined, into = new Set<string>()): Set<string> {
  for (const [key, field] of Object.entries(objectShape(schema) ?? {})) {
    into.add(key);
    apiNames(field, into);
  }
  return into;
}

/** Messages come from the SDK, which speaks snake_case: name other fields as the program writes them. */
const camelNames = (message: string, names: Set<string>): string =>
  message.replace(/[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)+/g, (word) => (names.has(word) ? camel(word) : word));

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
/** What a value is, as a message says it: "null", "an array", "a string". */
const kindOf = (v: unknown) => (v === null ? "null" : withArticle(Array.isArray(v) ? "array" : typeof v));

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** "did you mean ...?" for a misspelt input, when one known input is close enough to be the intent. */
function suggestion(key: string, known: string[]): string {
  const distance = (k: string) =>
    key.length >= 4 && k.toLowerCase().startsWith(key.toLowerCase()) ? 1 : editDistance(key.toLowerCase(), k.toLowerCase());
  const scored = known.map((k) => ({ k, d: distance(k) })).sort((x, y) => x.d - y.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? `; did you mean ${best.k}?` : "";
}

const fieldName = (path: PropertyKey[]) =>
  path.map((p) => (typeof p === "string" ? camel(p) : `[${String(p)}]`)).join(".").replace(/\.\[/g, "[");

/** zod's issues as problems: each unknown key on its own, and zod's generic type messages said plainly. */
function problems(spec: ResourceSpec, body: unknown, issues: z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(objectShape(schemaAt(spec.fields, issue.path)) ?? {}).map(camel);
      const owner = issue.path.length ? `a field of ${fieldName(issue.path)}` : `an input of ${spec.title}`;
      return issue.keys.map((key) => ({
        path: [...issue.path, key],
        message: `is not ${owner}${suggestion(camel(key), known)}`,
        unknownKey: true,
      }));
    }
    const value = valueAt(body, issue.path);
    const generic = issue.code === "invalid_type" && issue.message.startsWith("Invalid input");
    const rule = generic ? `must be ${withArticle(issue.expected)}` : issue.message;
    if (value === undefined && ["invalid_type", "invalid_union", "invalid_value"].includes(issue.code)) {
      return [{ path: issue.path, message: `is required: ${rule}` }];
    }
    return [{ path: issue.path, message: generic ? `${rule}, not ${kindOf(value)}` : rule }];
  });
}

/**
 * Every documented constraint, checked against the program's inputs before any API call. A failure names the field
 * (camelCase, as the user wrote it) and what is allowed. The engine prints the value of a failure's `property`, so a
 * failure inside an input that holds a secret, or on an unknown input (maybe a misspelt secret), names no property.
 */
export function validate(spec: ResourceSpec, resourceName: string, inputs: Record<string, unknown>): CheckFailure[] {
  const declared = Object.fromEntries(Object.entries(inputs).filter(([k]) => !isProviderKey(k)));
  const misspelt = apiSpelledKeys(declared).map((path) => ({
    property: "",
    reason: `${spec.title} "${resourceName}", field ${path.join(".")}: inputs are camelCase; write ${fieldName(path)}`,
  }));
  const body = toApi(spec.fields, declared);
  const result = spec.fields.safeParse(body, PARSE);
  if (result.success) return misspelt;
  const hidden = new Set(secretKeys(spec));
  const names = apiNames(spec.fields);
  return [...misspelt, ...problems(spec, body, result.error.issues)
    .filter((p) => !unknownAt(body, p.path))
    .map((p) => {
      const top = typeof p.path[0] === "string" ? camel(p.path[0]) : "";
      return {
        property: p.unknownKey || hidden.has(top) ? "" : top,
        reason: `${spec.title} "${resourceName}", field ${fieldName(p.path) || "(inputs)"}: ${camelNames(p.message, names)}`,
      };
    })];
}

/** Keys written in the API's snake_case (`user_name`): they would slip through as the real field, so say so. */
function apiSpelledKeys(value: unknown, path: string[] = []): string[][] {
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(camel(key) !== key ? [[...path, key]] : []),
    ...apiSpelledKeys(v, [...path, key]),
  ]);
}
