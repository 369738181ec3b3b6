import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { unwrap } from "../../sdk/schema-meta";
import { camel, isPlainObject, objectShape } from "./casing";

// Secrets are marked at the leaf: `outbound.ipAuthenticationToken` is secret, `outbound.channelLimit` beside it is
// not, so previews show ordinary changes in clear. The engine carries an input's secretness to the output of the same
// path (recursing into objects), and `additionalSecretOutputs` covers whatever the program did not declare: a
// password the API generated, a secret inside a response-only object, one the program passed as an unresolved object.

function pathsUnder(schema: z.ZodType, prefix: string[]): string[][] {
  return Object.entries(objectShape(schema) ?? {}).flatMap(([key, field]) => {
    const path = [...prefix, camel(key)];
    return unwrap(field).meta.secret ? [path] : pathsUnder(field, path);
  });
}

// Asked for every resource the program declares and at every check: walked once per schema.
const pathsOf = new WeakMap<z.ZodType, readonly (readonly string[])[]>();

/** camelCase paths to every secret leaf of a schema, e.g. [["outbound", "ipAuthenticationToken"]]. */
export function secretPaths(schema: z.ZodType): readonly (readonly string[])[] {
  let paths = pathsOf.get(schema);
  if (!paths) pathsOf.set(schema, (paths = pathsUnder(schema, [])));
  return paths;
}

/** Top-level camelCase inputs that are, or contain, secrets (a check failure inside one names no property). */
export const secretKeys = (spec: ResourceSpec): string[] => [...new Set(secretPaths(spec.fields).map((p) => p[0]))];

const isPlainValue = (v: unknown): v is Record<string, unknown> =>
  isPlainObject(v) && !pulumi.Output.isInstance(v) && !(v instanceof Promise);

/** The args with every declared secret leaf wrapped in `pulumi.secret`; an object not known yet goes secret whole. */
export function markSecretInputs(spec: ResourceSpec, args: Record<string, unknown>): Record<string, unknown> {
  const out = { ...args };
  const wrap = (target: Record<string, unknown>, path: readonly string[]): void => {
    const [key, ...rest] = path;
    const value = target[key];
    if (value === undefined || value === null) return;
    if (rest.length === 0 || !isPlainValue(value)) target[key] = pulumi.secret(value);
    else wrap((target[key] = { ...value }), rest);
  };
  for (const path of secretPaths(spec.fields)) wrap(out, path);
  return out;
}

/** True when every secret leaf under `path` is declared with a plain value chain: the engine then keeps it secret. */
function declaredDeep(args: Record<string, unknown>, paths: readonly (readonly string[])[]): boolean {
  return paths.every((path) => {
    let cur: unknown = args;
    for (const key of path) {
      if (!isPlainValue(cur)) return false;
      cur = cur[key];
    }
    return cur !== undefined && cur !== null;
  });
}

/**
 * Outputs the engine must encrypt whole: secret outputs (generated ones included) and objects holding a secret the
 * program did not declare leaf by leaf.
 */
export function secretOutputs(spec: ResourceSpec, args: Record<string, unknown>): string[] {
  const byTop = new Map<string, (readonly string[])[]>();
  for (const path of secretPaths(spec.response)) byTop.set(path[0], [...(byTop.get(path[0]) ?? []), path]);
  return [...byTop].filter(([, paths]) => paths.some((p) => p.length === 1) || !declaredDeep(args, paths)).map(([k]) => k);
}
