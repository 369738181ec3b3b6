import type { ResourceSpec } from "../../sdk/resource-spec";
import { withOwnershipTag, withoutOwnershipTag } from "../../sdk/ownership-tag";
import { unwrap } from "../../sdk/schema-meta";
import { camel, fieldFor, isPlainObject, objectShape } from "./casing";
import { isHiddenSecret } from "../../sdk/hidden-secret";
import { changedFields, patchOf } from "./diff";
import { adoptionOf, findMadeBy, hasTags, type Adoption } from "../ownership";
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
  /** This create's token (see ownership/identity.ts). */
  token: string;
  /** Untagged kinds: the ids that had this create's key when check listed it (ownership/find-made.ts). */
  before?: readonly string[];
}

const CREATE_ATTEMPTS = 3;

/** "a" or "an" before a resource title, as it is read aloud: "an IP", "an FQDN", "an access IP range", "a UAC connection". */
const aOr = (title: string): string => `${/^(?:[aeiou]|IP|FQDN)/.test(title) ? "an" : "a"} ${title}`;

/** A failure after which the object may exist anyway: the request may have been applied. */
// Stryker disable next-line OptionalChaining: the client rejects with an Error, never null or undefined.
const mayHaveBeenApplied = (err: any): boolean => !!err?.mayHaveReachedServer || (err?.status ?? 0) >= 500;

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

/**
 * PATCHes an existing object to what `declared` says, changing only the top-level fields that differ. `tag` puts
 * `token`'s ownership tag on it even when nothing else differs (an adoption); otherwise a PATCH of the tags keeps it.
 */
async function reconcile(ctx: CreateContext, current: Obj, declared: Obj, token: string, tag = false): Promise<Obj> {
  const { spec, api } = ctx;
  const visible = withoutOwnershipTag(current);
  const changes = changedFields(spec.fields, declared, outputsOf(spec.response, visible, undefined));
  if (changes.length === 0 && !tag) return current;
  const patch = patchOf(declared, changes);
  // Stryker disable next-line ArrayDeclaration,AssignmentOperator: a key no spec has stays undefined, and JSON drops it;
  // a required field left out is copied from the object by the SDK's update (resource-client.ts), one GET later.
  for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= declared[key];
  const body = patchBody(spec, patch);
  // A PATCH replaces the tag list: the object keeps (or, adopted, gets) the ownership tag, and the user's tags.
  if (tag) body.tags ??= Array.isArray(visible.tags) ? visible.tags : [];
  return api.update(String(current.id), body.tags ? withOwnershipTag(body, token) : body);
}

/**
 * Takes over the object the program names with `adoptId`: PATCHes what the program declares differently, except
 * secrets the API will not reveal (taken over as they are) and fields that cannot change in place (check refuses
 * those), and tags it as this resource's (ownership/index.ts). Undefined when the object is gone: an untagged kind's
 * delete-first replacement deleted it, and the replacement is a new object.
 */
export async function adopt(ctx: CreateContext, id: string): Promise<Obj | undefined> {
  let current: Obj;
  try {
    current = await ctx.api.get(id);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
  const camelCurrent = outputsOf(ctx.spec.response, current, undefined);
  return reconcile(ctx, current, withoutHiddenSecrets(ctx.spec.fields, ctx.declared, camelCurrent), ctx.token, hasTags(ctx.spec));
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
      const made = await findMadeBy(ctx.spec, ctx.api, tagged, ctx.token, ctx.before);
      if (made) return reconcile(ctx, made, ctx.declared, ctx.token);
    }
  }
}

/** A unique key already taken: say what it means and what to do, for a create and a replacement alike. */
function explainUniqueKeyClash(spec: ResourceSpec, err: unknown): unknown {
  const key = spec.uniqueKey;
  // Stryker disable next-line OptionalChaining: the client rejects with an Error, never null or undefined.
  if (!key || (err as { field?: string })?.field !== key) return err;
  return new Error(
    `${(err as Error).message} A ${camel(key)} is unique across the account and another ${spec.title} has this one: ` +
      `choose another ${camel(key)}, or delete or rename the one that has it. (If this create replaces a ` +
      `${spec.title} with deleteBeforeReplace: false, that one still holds it: leave deleteBeforeReplace at its default.)`,
  );
}

/**
 * What a resource about to be created does with the object its `adoptId` names (ownership/index.ts), and why it
 * cannot, caught at preview: no such object of this type, another resource owns it, or it differs in a field that
 * cannot change in place (adoption never replaces what it takes over).
 */
export async function adoptionCheck(
  spec: ResourceSpec,
  api: ApiObjects,
  name: string,
  id: string,
  declared: Obj,
  seed: string | undefined,
): Promise<{ adoption: Adoption; failures: { property: string; reason: string }[] }> {
  let current: Obj;
  const where = `${spec.title} "${name}"`;
  try {
    current = await api.get(id);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const reason =
      `${where}, field adoptId: there is no ${spec.title} with id ${id} in this account ` +
      `(the id must be of ${aOr(spec.title)}). Check the id, or remove adoptId to create a new one; if this resource ` +
      "adopted it and has replaced it since, remove adoptId: that changes nothing.";
    // Stryker disable next-line ObjectLiteral,StringLiteral: check reads only act "replace"; the failure refuses.
    return { adoption: { act: "refuse", reason }, failures: [{ property: "adoptId", reason }] };
  }
  const adoption = adoptionOf(spec, current, seed, where);
  if (adoption.act === "refuse") return { adoption, failures: [{ property: "", reason: adoption.reason }] };
  if (adoption.act === "replace") return { adoption, failures: [] };
  const actual = outputsOf(spec.response, withoutOwnershipTag(current), undefined);
  const failures = changedFields(spec.fields, withoutHiddenSecrets(spec.fields, declared, actual), actual)
    .filter((c) => c.createOnly || !spec.updatable)
    .map((c) => ({
      property: "",
      reason:
        // Stryker disable next-line StringLiteral: every field that cannot change in place is top-level: no "." shows.
        `${where}, field ${c.path.join(".")}: the ${spec.title} ${id} being adopted has ` +
        // Stryker disable next-line OptionalChaining: a top-level field's parent is the object itself, never undefined.
        `${JSON.stringify(c.path.reduce<unknown>((o, k) => (o as Obj | undefined)?.[k], actual) ?? null)}, and it cannot ` +
        "change in place: make the program match it, or remove adoptId to create a new one." +
        (hasTags(spec)
          ? ""
          : ` If this resource adopted it earlier, remove adoptId first (that changes nothing): ${aOr(spec.title)} carries ` +
            "no tag that tells its adopter apart, so only then can this change replace it."),
    }));
  return { adoption, failures };
}
