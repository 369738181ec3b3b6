import type { ErrorItem } from "../errors";
import { invalid } from "../errors";
import { clone, deepMerge } from "../merge";
import { applySecrets } from "../secrets";
import type { CollectionName, Rec } from "../store";
import { connectionSchema, type ConnectionType, type Mode } from "../validate/connection";
import { parseBody } from "../validate/parse";
import { jitterBounds, profileExists, texmlNeedsParking } from "../validate/semantic";
import { omitUnset } from "../unset";
import { connectionDefaults, defaultAttenuation, RECORD_TYPES, UNSET_OMITTED } from "./connection-defaults";
import { connectionFilter } from "./connection-filter";
import type { Ctx, ResourceDef } from "./types";

/** What distinguishes one connection type from another, beyond its schema and defaults. */
export interface ConnectionSpec {
  type: ConnectionType;
  collection: CollectionName;
  secretPaths: readonly (readonly string[])[];
  /** Server-generated fields, applied before the request body (so a sent user_name wins). */
  generated?(ctx: Ctx): Rec;
  checks?(merged: Rec, body: Rec, ctx: Ctx, mode: Mode): ErrorItem[];
  renderExtra?(out: Rec, rec: Rec, ctx: Ctx): void;
  afterCreate?(rec: Rec, ctx: Ctx): void;
  afterDelete?(rec: Rec, ctx: Ctx): void;
}

export const CONNECTION_SORT = { fields: ["created_at", "connection_name", "active"], default: "created_at" } as const;

/** Picking an engine without an attenuation limit gets that engine's default limit. */
function engineAttenuation(rec: Rec, body: Rec): void {
  const details = body.noise_suppression_details;
  if (details?.engine && details.attenuation_limit === undefined) {
    rec.noise_suppression_details.attenuation_limit = defaultAttenuation(details.engine);
  }
}

export function connectionResource(spec: ConnectionSpec): ResourceDef {
  const check = (merged: Rec, body: Rec, ctx: Ctx, mode: Mode): void => {
    const errors = [
      ...jitterBounds(merged),
      ...profileExists(body, ctx.store),
      ...(mode === "create" ? texmlNeedsParking(merged) : []),
      ...(spec.checks?.(merged, body, ctx, mode) ?? []),
    ];
    if (errors.length) throw invalid(errors);
  };

  const build = (body: Rec, ctx: Ctx, id: string): Rec => {
    const now = ctx.now();
    const base = deepMerge({ id, record_type: RECORD_TYPES[spec.type], ...connectionDefaults(spec.type) }, spec.generated?.(ctx) ?? {});
    const rec = deepMerge(base, body);
    engineAttenuation(rec, body);
    return { ...rec, id, record_type: RECORD_TYPES[spec.type], created_at: now, updated_at: now };
  };

  return {
    collection: spec.collection,
    createStatus: 201,
    defaultPageSize: 250,
    sort: CONNECTION_SORT,
    filter: connectionFilter,
    build,
    create(body, ctx) {
      const parsed = parseBody(connectionSchema(spec.type, "create"), body);
      const rec = build(parsed, ctx, ctx.store.newNumericId());
      check(rec, parsed, ctx, "create");
      return rec;
    },
    update(existing, body, ctx) {
      const parsed = parseBody(connectionSchema(spec.type, "update"), body);
      const merged = deepMerge(existing, parsed);
      engineAttenuation(merged, parsed);
      check(merged, parsed, ctx, "update");
      return { ...merged, updated_at: ctx.now() };
    },
    render(rec, ctx) {
      const out = clone(rec);
      spec.renderExtra?.(out, rec, ctx);
      return omitUnset(applySecrets(out, spec.secretPaths, ctx.secrets), UNSET_OMITTED[spec.type], ctx.unset);
    },
    afterCreate: spec.afterCreate,
    afterDelete: spec.afterDelete,
  };
}
