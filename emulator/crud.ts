import { list, single, type Reply } from "./envelope";
import { notFound } from "./errors";
import { paginate, sortItems } from "./query";
import type { Ctx, ResourceDef } from "./resources/types";
import type { ApiRequest, Router } from "./router";
import type { Rec } from "./store";

/** The generic list/create/get/patch/delete behaviour shared by every `{data}`-enveloped collection. */

export function listRecords(def: ResourceDef, ctx: Ctx, query: URLSearchParams): { data: Rec[]; meta: ReturnType<typeof paginate>["meta"] } {
  let items = ctx.store.all(def.collection);
  if (def.filter) items = def.filter(items, query, ctx);
  if (def.sort) items = sortItems(items, query, def.sort.fields, def.sort.default);
  const page = paginate(items, query, def.defaultPageSize);
  return { data: page.data.map((r) => def.render(r, ctx)), meta: page.meta };
}

export function findOr404(def: ResourceDef, ctx: Ctx, id: string): Rec {
  const rec = ctx.store.get(def.collection, id);
  if (!rec) throw notFound(`${def.collection} ${id} not found.`);
  return rec;
}

export function createRecord(def: ResourceDef, ctx: Ctx, body: unknown): Rec {
  const rec = ctx.store.put(def.collection, def.create(body ?? {}, ctx));
  def.afterCreate?.(rec, ctx);
  return rec;
}

/** Renders before clean-up so the response shows the object as it was (DELETE returns it). */
export function deleteRecord(def: ResourceDef, ctx: Ctx, id: string): Rec {
  const rec = findOr404(def, ctx, id);
  const shown = def.render(rec, ctx);
  ctx.store.remove(def.collection, id);
  def.afterDelete?.(rec, ctx);
  return shown;
}

export function mountCrud(router: Router, def: ResourceDef, ctx: Ctx): void {
  const base = `/v2/${def.collection}`;
  const update = def.update;
  router
    .add("GET", base, (req): Reply => {
      const page = listRecords(def, ctx, req.query);
      return list(page.data, page.meta);
    })
    .add("POST", base, (req) => single(def.render(createRecord(def, ctx, req.body), ctx), def.createStatus))
    .add("GET", `${base}/:id`, (req) => single(def.render(findOr404(def, ctx, req.params.id), ctx)))
    .add("DELETE", `${base}/:id`, (req) => single(deleteRecord(def, ctx, req.params.id)));
  if (update) {
    router.add("PATCH", `${base}/:id`, (req: ApiRequest) => {
      const rec = ctx.store.put(def.collection, update(findOr404(def, ctx, req.params.id), req.body ?? {}, ctx));
      return single(def.render(rec, ctx));
    });
  }
}
