import type * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { camel } from "./casing";
import { validate } from "./check";
import { adopt, ApiObjects, createOnce, hasTags } from "./create";
import { ADOPT_ID, changedFields, isProviderKey, patchOf } from "./diff";
import { UNKNOWN } from "./compare";
import { autonamingDisabled } from "./autonaming-check";
import { withMarker, withoutMarker } from "./marker";
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
const MARKER = "__marker";
/** What `pulumi:autonaming` says the name is when the program gives none (see autonaming.ts). */
const AUTO_NAME = "__autoName";

const apiInputs = (inputs: Obj): Obj => Object.fromEntries(Object.entries(inputs).filter(([k]) => !isProviderKey(k)));

/** The engine's wire format has no `undefined`: drop such keys, deeply. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const isNotFound = (err: unknown): boolean => !!(err as { isNotFound?: boolean })?.isNotFound;

/**
 * `<resource name>-<7 hex>`, the hex from the stack's marker: unique per stack, stable across updates, and the same
 * when a create is retried after a crash, so the earlier attempt is recognised (see marker.ts).
 */
const autoName = (name: string, marker: string): string => `${name}-${marker.slice(0, 7)}`;

/** The CRUD handlers of one resource kind: what the serialized dynamic provider calls into. */
export function handlers(kind: Kind): pulumi.dynamic.ResourceProvider {
  const spec = resources[kind] as unknown as ResourceSpec;
  const api = () => telnyx().resource(spec) as unknown as ApiObjects;
  const nameKey = spec.nameField ? camel(spec.nameField) : undefined;

  // Outputs carry the Pulumi-side keys too, because refresh (read) only sees the old outputs.
  const internal = (from: Obj | undefined) => ({
    [NAME]: from?.[NAME],
    [AUTO_NAMED]: from?.[AUTO_NAMED],
    [KIND]: kind,
    [MARKER]: from?.[MARKER],
    [ADOPT_ID]: from?.[ADOPT_ID],
  });
  const outputs = (apiObject: unknown, known: Obj | undefined, from: Obj, declared: Obj) =>
    plain({
      ...outputsOf(spec.response, withoutMarker(apiObject as Obj), known),
      [DECLARED]: declared,
      ...internal(from),
    });

  /** Failures if `adoptId` names nothing this resource type can take over: caught at preview. */
  const adoptable = async (id: string, name: string) => {
    try {
      await api().get(id);
      return [];
    } catch (err) {
      if (!isNotFound(err)) throw err;
      return [{
        property: ADOPT_ID,
        reason:
          `${spec.title} "${name}", field adoptId: there is no ${spec.title} with id ${id} in this account ` +
          `(the id must be of a ${spec.title}). Check the id, or remove adoptId to create a new one.`,
      }];
    }
  };

  return {
    async check(olds: Obj, news: Obj) {
      const inputs = { ...news };
      const name = String(news[NAME] ?? kind);
      // A name given automatically before is kept, whatever pulumi:autonaming says now.
      const kept = nameKey && olds?.[nameKey] && olds[AUTO_NAMED] ? olds[nameKey] : undefined;
      const required = nameKey && inputs[nameKey] === undefined && kept === undefined && news[AUTO_NAME] === false;
      if (nameKey && inputs[nameKey] === undefined && !required) {
        inputs[nameKey] = kept ?? news[AUTO_NAME] ?? autoName(name, String(news[MARKER]));
        inputs[AUTO_NAMED] = true;
      }
      const failures = required ? [autonamingDisabled(spec, name, nameKey)] : validate(spec, name, inputs);
      const adoptId = inputs[ADOPT_ID];
      if (failures.length === 0 && typeof adoptId === "string" && adoptId !== UNKNOWN && adoptId !== olds?.[ADOPT_ID]) {
        failures.push(...(await adoptable(adoptId, name)));
      }
      return { inputs, failures };
    },

    async diff(_id: string, olds: Obj, news: Obj) {
      const changes = changedFields(spec.fields, news, olds);
      const replaces = changes.filter((c) => c.createOnly || !spec.updatable).map((c) => c.path[0]);
      // Delete first: the replacement must not find the old object (same name and marker) and take it over.
      return { changes: changes.length > 0, replaces: [...new Set(replaces)], deleteBeforeReplace: replaces.length > 0 };
    },

    async create(inputs: Obj) {
      const ctx = { spec, api: api(), declared: apiInputs(inputs), marker: inputs[MARKER] };
      const object = inputs[ADOPT_ID]
        ? await adopt(ctx, String(inputs[ADOPT_ID]))
        : await createOnce(ctx, withMarker(createBody(spec, ctx.declared), ctx.marker, hasTags(spec)));
      return { id: String(object.id), outs: outputs(object, inputs, inputs, declaredSkeleton(inputs)) };
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
      const outs = outputs(current, props, props, declared);
      return { id, props: outs, inputs: plain({ ...project(outs, declared), ...internal(props) }) };
    },

    async update(id: string, olds: Obj, news: Obj) {
      const changes = changedFields(spec.fields, news, olds);
      const patch = patchOf(news, changes);
      for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= news[key] ?? olds[key];
      const body = patchBody(spec, patch);
      // A PATCH replaces the tag list: keep the marker in it.
      const updated = await api().update(id, body.tags ? withMarker(body, news[MARKER] ?? olds[MARKER], true) : body);
      return { outs: outputs(updated, { ...olds, ...apiInputs(news) }, news, declaredSkeleton(news)) };
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
