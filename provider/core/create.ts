import type { ResourceSpec } from "../../sdk/resource-spec";
import { withOwnershipTag, withoutOwnershipTag } from "../../sdk/ownership-tag";
import { unwrap } from "../../sdk/schema-meta";
import { camel, fieldFor, isPlainObject, objectShape } from "./casing";
import { isHiddenSecret } from "../../sdk/hidden-secret";
import { changedFields, patchOf } from "./diff";
import { findMadeBy } from "./find-made";
import { outputsOf } from "./outputs";
import { patchBody } from "./request";
import { z } from "zod";
import { isNotFound } from "../../sdk/errors";

type Obj = Record<string, any>;

/** The client's CRUD, seen through the generic spec: objects in, objects out. */
export interface ApiObjects {
  create(body: unknown, opts?: { retryUnsafe?: boolean }): Promise<Obj>;
  get(id: string): Promise<Obj>;
  update(id: string, patch: unknown): Promise<Obj>;
  delete(id: string): Promise<Obj>;
  list(filters?: Record<string, string | number>): Promise<Obj[]>;
}

export interface CreateContext {
  spec: ResourceSpec;
  api: ApiObjects;
  /** The program's declared values, camelCase, without provider keys. */
  declared: Obj;
  /** This create's token (see identity.ts). */
  token: string;
}

const CREATE_ATTEMPTS = 3;

/** A failure after which the object may exist anyway: the request may have been applied. */
const mayHaveBeenApplied = (err: any): boolean => !!err?.mayHaveReachedServer || (err?.status ?? 0) >= 500;

export const hasTags = (spec: ResourceSpec): boolean => "tags" in spec.fields.shape;

/** Declared values minus the secrets `current` does not reveal (redacted, omitted, null or ""): adoption keeps those. */
function withoutHiddenSecrets(schema: z.ZodType, declared: Obj, current: Obj | undefined): Obj {
  const shape = objectShape(schema);
  const out: Obj = {};
  for (const [key, want] of Object.entries(declared)) {
    const field = fieldFor(shape, key)[1];
    const have = current?.[key];
    if (field && unwrap(field).meta.secret) {
      if (isHiddenSecret(have)) continue;
    }
    out[key] = isPlainObject(want) && objectShape(field) ? withoutHiddenSecrets(field!, want, isPlainObject(have) ? have : undefined) : want;
  }
  return out;
}

/** PATCHes an existing object to what `declared` says, changing only the top-level fields that differ. */
async function reconcile(ctx: CreateContext, current: Obj, declared: Obj, token?: string): Promise<Obj> {
  const { spec, api } = ctx;
  const changes = changedFields(spec.fields, declared, outputsOf(spec.response, withoutOwnershipTag(current), undefined));
  if (changes.length === 0) return current;
  const patch = patchOf(declared, changes);
  for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= declared[key];
  const body = patchBody(spec, patch);
  // A PATCH replaces the tag list: an object this create made keeps its ownership tag.
  return api.update(String(current.id), body.tags && token ? withOwnershipTag(body, token) : body);
}

/**
 * Takes over the object the program names with `adoptId`: PATCHes what the program declares differently, except
 * secrets the API will not reveal (taken over as they are) and fields that cannot change in place (check refuses those).
 */
export async function adopt(ctx: CreateContext, id: string): Promise<Obj> {
  const current = await ctx.api.get(id);
  const camelCurrent = outputsOf(ctx.spec.response, current, undefined);
  return reconcile(ctx, current, withoutHiddenSecrets(ctx.spec.fields, ctx.declared, camelCurrent));
}

/**
 * Creates the object with one POST. Only when a POST fails in a way that may still have created it (a lost response,
 * a 5xx) does it look for the object this create made (its token: see find-made.ts) before trying again.
 */
export async function createOnce(ctx: CreateContext, body: Obj): Promise<Obj> {
  const tagged = hasTags(ctx.spec) ? withOwnershipTag(body, ctx.token) : body;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.api.create(tagged);
    } catch (err) {
      if (!mayHaveBeenApplied(err) || attempt === CREATE_ATTEMPTS) throw explainUniqueKeyClash(ctx.spec, err);
      const made = await findMadeBy(ctx.spec, ctx.api, tagged, ctx.token);
      if (made) return reconcile(ctx, made, ctx.declared, ctx.token);
    }
  }
}

/** A unique key already taken: say why that happens on a create-first replacement and what to do. */
function explainUniqueKeyClash(spec: ResourceSpec, err: unknown): unknown {
  const key = spec.uniqueKey;
  if (!key || (err as { field?: string })?.field !== key) return err;
  return new Error(
    `${(err as Error).message} A ${camel(key)} is unique across the account, so a replacement created before its ` +
      `predecessor is deleted cannot reuse it: leave deleteBeforeReplace at its default (true for a ${spec.title}), ` +
      `or give the replacement another ${camel(key)}.`,
  );
}

/**
 * Why `adoptId` cannot be taken over, caught at preview: no such object of this type, or it differs in a field that
 * cannot change in place (adoption never replaces what it takes over).
 */
export async function adoptionConflicts(
  spec: ResourceSpec,
  api: ApiObjects,
  name: string,
  id: string,
  declared: Obj,
): Promise<{ property: string; reason: string }[]> {
  let current: Obj;
  try {
    current = await api.get(id);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    return [{
      property: "adoptId",
      reason:
        `${spec.title} "${name}", field adoptId: there is no ${spec.title} with id ${id} in this account ` +
        `(the id must be of a ${spec.title}). Check the id, or remove adoptId to create a new one.`,
    }];
  }
  const actual = outputsOf(spec.response, withoutOwnershipTag(current), undefined);
  return changedFields(spec.fields, withoutHiddenSecrets(spec.fields, declared, actual), actual)
    .filter((c) => c.createOnly || !spec.updatable)
    .map((c) => ({
      property: "",
      reason:
        `${spec.title} "${name}", field ${c.path.join(".")}: the ${spec.title} ${id} being adopted has ` +
        `${JSON.stringify(c.path.reduce<unknown>((o, k) => (o as Obj | undefined)?.[k], actual) ?? null)}, and it cannot ` +
        "change in place: make the program match it, or remove adoptId to create a new one.",
    }));
}
