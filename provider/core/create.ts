import type { ResourceSpec } from "../../sdk/resource-spec";
import { camel } from "./casing";
import { changedFields, patchOf } from "./diff";
import { withMarker, withoutMarker } from "./marker";
import { outputsOf } from "./outputs";
import { findPrevious } from "./previous";
import { patchBody } from "./request";

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
  marker?: string;
}

const CREATE_ATTEMPTS = 3;

/** A failure after which the object may exist anyway: the request may have been applied. */
const mayHaveBeenApplied = (err: any): boolean => !!err?.mayHaveReachedServer || (err?.status ?? 0) >= 500;

export const hasTags = (spec: ResourceSpec): boolean => "tags" in spec.fields.shape;

/** PATCHes an existing object to what the program declares, changing only what differs. */
export async function reconcile(ctx: CreateContext, current: Obj): Promise<Obj> {
  const { spec, api, declared } = ctx;
  const changes = changedFields(spec.fields, declared, outputsOf(spec.response, withoutMarker(current), undefined));
  if (changes.length === 0) return current;
  if (!spec.updatable) {
    const fields = changes.map((c) => c.path.join(".")).join(", ");
    throw new Error(
      `${spec.title} ${current.id} differs from the program in ${fields} and a ${spec.title} cannot be updated: ` +
        "make the program match it, or remove adoptId to create a new one",
    );
  }
  const patch = patchOf(declared, changes);
  for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= declared[key];
  const body = patchBody(spec, patch);
  return api.update(String(current.id), body.tags ? withMarker(body, ctx.marker, true) : body);
}

/** Takes over the object the program names with `adoptId`. */
export async function adopt(ctx: CreateContext, id: string): Promise<Obj> {
  return reconcile(ctx, await ctx.api.get(id));
}

/**
 * Creates the object, never twice: an object left by an earlier attempt whose result was lost (a dropped response,
 * a killed `pulumi up`) is found by its keys and marker and taken over, before the POST and after a failed one.
 */
export async function createOnce(ctx: CreateContext, body: Obj): Promise<Obj> {
  const previous = () => findPrevious(ctx.spec, ctx.api, body, ctx.marker);
  const earlier = await previous();
  if (earlier) return reconcile(ctx, earlier);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.api.create(body);
    } catch (err) {
      if (!mayHaveBeenApplied(err) || attempt === CREATE_ATTEMPTS) throw err;
      const applied = await previous();
      if (applied) return reconcile(ctx, applied);
    }
  }
}
