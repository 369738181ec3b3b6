import { z } from "zod";
import { fieldFor, fromApi, isPlainObject, objectShape } from "./casing";
import { isHiddenSecret } from "../../sdk/hidden-secret";
import { unwrap } from "../../sdk/schema-meta";
import { isProviderKey } from "./diff";
import { withoutDefaults } from "./defaults";
import { withoutUnchangedTimestamp } from "./timestamps";

type Obj = Record<string, unknown>;

const secretFields = new WeakMap<z.ZodType, boolean>();
/** Memoized: fillGaps asks it for every key of every object the API returns. */
function isSecretField(field: z.ZodType | undefined): boolean {
  if (!field) return false;
  let secret = secretFields.get(field);
  if (secret === undefined) secretFields.set(field, (secret = !!unwrap(field).meta.secret));
  return secret;
}

/**
 * The API's object in camelCase, with the gaps it leaves filled from what we know: a secret it hides (masked, null,
 * "" or omitted) keeps the value we last sent, and a declared field it does not return keeps the declared value.
 * A value the API does return wins, so a secret echoed back after an out-of-band change is seen by refresh.
 */
export function fillGaps(schema: z.ZodType, api: unknown, known: Obj | undefined): Obj {
  const shape = objectShape(schema);
  const isSecret = (key: string) => isSecretField(fieldFor(shape, key)[1]);
  const out: Obj = isPlainObject(api) ? { ...api } : {};
  for (const [key, value] of Object.entries(out)) if (isSecret(key) && isHiddenSecret(value)) delete out[key];
  for (const [key, knownValue] of Object.entries(known ?? {})) {
    if (isProviderKey(key) || knownValue === undefined || (isSecret(key) && isHiddenSecret(knownValue))) continue;
    const fieldSchema = fieldFor(shape, key)[1];
    if (out[key] === undefined) out[key] = knownValue;
    else if (isPlainObject(out[key]) && isPlainObject(knownValue) && objectShape(fieldSchema)) {
      out[key] = fillGaps(fieldSchema!, out[key], knownValue);
    }
  }
  return out;
}

/**
 * Without what the state need not carry: `id`, which Pulumi keeps as the resource's id; null fields, deeply (the API's
 * "not set", which diffs treat as absent); `updatedAt` while it equals `createdAt` (timestamps.ts); and, given the
 * program's `declared` skeleton and the documented `defaults`, the undeclared fields that hold their default
 * (defaults.ts). What is left out here, read-back.ts puts back. Pulumi rewrites the whole state after every step, so
 * every byte per resource is paid again at each step.
 */
export function withoutDerivable(outputs: Obj, declared: Obj = {}, defaults: Obj = {}): Obj {
  const { id: _id, ...rest } = outputs;
  return withoutUnchangedTimestamp(withoutDefaults(rest, declared, defaults));
}

/**
 * `outputs` with null for each field that has a documented default but that the API's answer left out (and no gap
 * filling restored): an API that leaves unset fields out (e.g. an srv FQDN's `port`) means the null a whole answer
 * gives, not the default, which is what a field missing from the outputs reads back as (read-back.ts). Deeply, within
 * the objects the answer has.
 */
export function unsetWhereLeftOut(outputs: Obj, defaults: Obj = {}): Obj {
  const out: Obj = { ...outputs };
  for (const [key, fallback] of Object.entries(defaults)) {
    if (isPlainObject(fallback)) {
      if (isPlainObject(out[key])) out[key] = unsetWhereLeftOut(out[key] as Obj, fallback);
    } else if (out[key] === undefined && fallback !== null) {
      out[key] = null;
    }
  }
  return out;
}

/** The resource's outputs after a create, update or read: the API object, gaps filled from `known`, compacted. */
export function outputsOf(schema: z.ZodType, apiObject: unknown, known: Obj | undefined, declared?: Obj, defaults?: Obj): Obj {
  return withoutDerivable(unsetWhereLeftOut(fillGaps(schema, fromApi(apiObject), known), defaults), declared, defaults);
}

/**
 * Which fields the program declared, as a skeleton ({inbound: {codecs: 1}}): kept in state for refresh. A leaf is 1,
 * three bytes less than the `true` of earlier versions, which read the same: only objects count as inner nodes.
 */
export function declaredSkeleton(inputs: Obj): Obj {
  const out: Obj = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (isProviderKey(key) || value === undefined) continue;
    out[key] = isPlainObject(value) ? declaredSkeleton(value) : 1;
  }
  return out;
}

const PATH_SAFE = /^[^ .,]+$/;

/**
 * The skeleton as the state stores it: the paths of the declared leaves, `["connectionName",
 * "outbound.outboundVoiceProfileId"]`, an object declared with no fields ending in ".". The engine's work on every
 * checkpoint grows with the number of values in the state, and the skeleton as an object held one value per declared
 * field. Field names are identifiers; when one is not (which validation refuses anyway), undefined: the state keeps
 * the object.
 */
export function declaredPaths(skeleton: Obj): string[] | undefined {
  const paths: string[] = [];
  const walk = (node: Obj, prefix: string): boolean =>
    Object.entries(node).every(([key, shape]) => {
      if (!PATH_SAFE.test(key)) return false;
      if (!isPlainObject(shape)) return paths.push(prefix + key) > 0;
      return Object.keys(shape).length === 0 ? paths.push(`${prefix}${key}.`) > 0 : walk(shape, `${prefix}${key}.`);
    });
  return walk(skeleton, "") ? paths : undefined;
}

/** The skeleton from its paths (declaredPaths). */
export function skeletonOf(paths: readonly string[]): Obj {
  const skeleton: Obj = {};
  for (const path of paths) {
    const keys = path.split(".");
    const leaf = keys.pop()!;
    let node = skeleton;
    for (const key of keys) node = (isPlainObject(node[key]) ? node[key] : (node[key] = {})) as Obj;
    if (leaf !== "") node[leaf] = 1;
  }
  return skeleton;
}

/** The current values of the declared fields: the inputs refresh hands back, so previews compare against reality. */
export function project(outputs: Obj, skeleton: Obj): Obj {
  const out: Obj = {};
  for (const [key, shape] of Object.entries(skeleton)) {
    const value = outputs[key];
    if (value === undefined) continue;
    out[key] = isPlainObject(shape) && isPlainObject(value) ? project(value, shape) : value;
  }
  return out;
}
