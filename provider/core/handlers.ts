import type * as pulumi from "@pulumi/pulumi";
import { randomBytes } from "node:crypto";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { camel } from "./casing";
import { validate } from "./check";
import { changedFields, isInternalKey, patchOf } from "./diff";
import { declaredSkeleton, outputsOf, project } from "./outputs";
import { createBody, patchBody } from "./request";
import { telnyx } from "./settings";

export type Kind = keyof typeof resources;
type Obj = Record<string, any>;

/** Inputs that belong to Pulumi, not to the API. */
const NAME = "__resourceName";
const DECLARED = "__declared";
const AUTO_NAMED = "__autoNamed";
const KIND = "__kind";

/** The client's CRUD, seen through the generic spec: objects in, objects out. */
interface ApiObjects {
  create(body: unknown, opts?: { retryUnsafe?: boolean }): Promise<Obj>;
  get(id: string): Promise<Obj>;
  update(id: string, patch: unknown): Promise<Obj>;
  delete(id: string): Promise<Obj>;
  list(filters?: Record<string, string | number>): Promise<Obj[]>;
}

const apiInputs = (inputs: Obj): Obj => Object.fromEntries(Object.entries(inputs).filter(([k]) => !isInternalKey(k)));

/** The engine's wire format has no `undefined`: drop such keys, deeply. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const isNotFound = (err: unknown): boolean => !!(err as { isNotFound?: boolean })?.isNotFound;

/** `<resource name>-<7 hex>`: unique, recognisable, and kept across updates once chosen. */
const autoName = (name: string): string => `${name}-${randomBytes(4).toString("hex").slice(0, 7)}`;

/** The CRUD handlers of one resource kind: what the serialized dynamic provider calls into. */
export function handlers(kind: Kind): pulumi.dynamic.ResourceProvider {
  const spec = resources[kind] as unknown as ResourceSpec;
  const api = () => telnyx().resource(spec) as unknown as ApiObjects;
  const nameKey = spec.nameField ? camel(spec.nameField) : undefined;

  // Outputs carry the Pulumi-side keys too, because refresh (read) only sees the old outputs.
  const outputs = (apiObject: unknown, known: Obj, declared: Obj) =>
    plain({
      ...outputsOf(spec.response, apiObject, known),
      [DECLARED]: declaredSkeleton(declared),
      [NAME]: declared[NAME],
      [AUTO_NAMED]: declared[AUTO_NAMED],
      [KIND]: kind,
    });

  return {
    async check(olds: Obj, news: Obj) {
      const inputs = { ...news };
      if (nameKey && inputs[nameKey] === undefined) {
        inputs[nameKey] = olds?.[nameKey] && olds[AUTO_NAMED] ? olds[nameKey] : autoName(String(news[NAME]));
        inputs[AUTO_NAMED] = true;
      }
      return { inputs, failures: validate(spec, String(news[NAME] ?? kind), inputs) };
    },

    async diff(_id: string, olds: Obj, news: Obj) {
      const changes = changedFields(spec.fields, news, olds);
      const replaces = changes.filter((c) => c.createOnly || !spec.updatable).map((c) => c.path[0]);
      return { changes: changes.length > 0, replaces: [...new Set(replaces)], deleteBeforeReplace: false };
    },

    async create(inputs: Obj) {
      const created = await api().create(createBody(spec, apiInputs(inputs)));
      return { id: String(created.id), outs: outputs(created, inputs, inputs) };
    },

    async read(id: string, props: Obj) {
      let current: unknown;
      try {
        current = await api().get(id);
      } catch (err) {
        if (isNotFound(err)) return {}; // deleted out of band: no id drops it from the state
        throw err;
      }
      const declared = (props?.[DECLARED] ?? {}) as Obj;
      const internal = { [NAME]: props?.[NAME], [AUTO_NAMED]: props?.[AUTO_NAMED], [KIND]: kind };
      const outs = plain({ ...outputsOf(spec.response, current, props), [DECLARED]: declared, ...internal });
      return { id, props: outs, inputs: plain({ ...project(outs, declared), ...internal }) };
    },

    async update(id: string, olds: Obj, news: Obj) {
      const changes = changedFields(spec.fields, news, olds);
      const patch = patchOf(news, changes);
      for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= news[key] ?? olds[key];
      const updated = await api().update(id, patchBody(spec, patch));
      return { outs: outputs(updated, { ...olds, ...apiInputs(news) }, news) };
    },

    async delete(id: string) {
      try {
        await api().delete(id);
      } catch (err) {
        if (!isNotFound(err)) throw err; // already gone is what delete wants
      }
    },
  };
}
