import type * as pulumi from "@pulumi/pulumi";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { withOwnershipTag, withoutOwnershipTag } from "../../sdk/ownership-tag";
import { camel, isPlainObject, toApi } from "./casing";
import { validate } from "./check";
import { adopt, adoptionCheck, ApiObjects, createOnce } from "./create";
import { ADOPT_ID, changedFields, isProviderKey, patchOf } from "./diff";
import { UNKNOWN, withStoredSpelling } from "./compare";
import { autonamingDisabled } from "./autonaming-check";
import { existingIdsListed, hasTags, listsBeforeCreate, newCreateToken, noteMade } from "../ownership";
import { adoptIdChanged, adoptionNote, replacementNeeds } from "./ownership-messages";
import { inform } from "../ownership/engine-warning";
import { reservedTagFailures } from "./reserved-tags";
import { resetRemovedFields } from "./removed";
import { secretPaths } from "./secrets";
import { declaredPaths, declaredSkeleton, outputsOf, project, skeletonOf } from "./outputs";
import { defaultsOf } from "./defaults";
import { storedAsApi } from "./read-back";
import { createBody, patchBody } from "./request";
import { telnyx } from "./clients";
import { deleteObject, gone } from "./delete";
import { AUTO_NAME, DECLARED, nameSeedOf, privateOf, resourceNameOf, withPrivate } from "./internal-keys";

export type Kind = keyof typeof resources;
type Obj = Record<string, any>;

/** Stands in, for validation only, for a secret an adopted object already has and the program does not repeat. */
const ADOPTED_SECRET = "adopted-secret-kept-as-is";

const apiInputs = (inputs: Obj): Obj => Object.fromEntries(Object.entries(inputs).filter(([k]) => !isProviderKey(k)));

/** The engine's wire format has no `undefined`: drop such keys, deeply. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/**
 * Old inputs, when the engine checks a resource that is in the state. A new resource, a replacement and a
 * `--replace` are checked with none: `{}`.
 */
const stateInputs = (olds: Obj | undefined): Obj | undefined => (olds && Object.keys(olds).length > 0 ? olds : undefined);

/** `<resource name>-<7 hex>`: unique per stack and URN, stable across updates. */
const autoName = (inputs: Obj): string => `${resourceNameOf(inputs)}-${nameSeedOf(inputs).slice(0, 7)}`;

/** What the program declares that the object's stored state does not match, as `diff` reports it. */
const fieldChanges = (spec: ResourceSpec, stored: Obj, news: Obj) => changedFields(spec.fields, news, storedAsApi(spec, stored));

/**
 * The camelCase path of each field whose change `diff` reports ("outbound.channelLimit"): the detailed diff the
 * provider plugin (plugin/) sends, which the dynamic provider host has no way to forward.
 */
export const changedPaths = (kind: Kind, stored: Obj, news: Obj): string[] =>
  fieldChanges(resources[kind] as unknown as ResourceSpec, stored, news).map((c) => c.path.join("."));

/** The CRUD handlers of one resource kind: what the serialized dynamic provider calls into. */
export function handlers(kind: Kind): pulumi.dynamic.ResourceProvider {
  const spec = resources[kind] as unknown as ResourceSpec;
  const api = () => telnyx().resource(spec) as unknown as ApiObjects;
  const nameKey = spec.nameField ? camel(spec.nameField) : undefined;
  const defaults = defaultsOf(spec);
  const asApi = (outs: Obj): Obj => storedAsApi(spec, outs);

  // Outputs carry the provider's own facts too, because refresh (read) only sees the old outputs; not the resource's
  // name, which only check and create use, from the program's inputs, nor its kind, which its provider module carries.
  const outputs = (apiObject: unknown, known: Obj | undefined, from: Obj, declared: Obj, ownedBy?: string) => {
    const own = privateOf(from);
    const paths = declaredPaths(declared);
    const outs = plain({
      ...outputsOf(spec.response, withoutOwnershipTag(apiObject as Obj), known, declared, defaults),
      [ADOPT_ID]: from[ADOPT_ID],
      [DECLARED]: paths ? undefined : declared,
    });
    return withPrivate(outs, { ownedBy: ownedBy ?? own.ownedBy, autoNamed: own.autoNamed, adopted: own.adopted, declared: paths });
  };

  return {
    async check(olds: Obj, news: Obj) {
      const inputs = { ...news };
      const own = stateInputs(olds);
      const was = privateOf(own);
      const program = privateOf(news);
      const name = program.name ?? kind;
      const adoptId = inputs[ADOPT_ID];
      // What `adoptId` means is read from the object it names (ownership/index.ts), only when the engine is about to
      // create this resource: a first adoption, this resource's own object being replaced, or another's (refused).
      const adoptCheck =
        !own && typeof adoptId === "string" && adoptId !== "" && adoptId !== UNKNOWN
          ? await adoptionCheck(spec, api(), name, adoptId, apiInputs(inputs), program.seed)
          : undefined;
      const replacingAdopted = adoptCheck?.adoption.act === "replace";
      const adoptNow = !own && adoptId !== undefined && adoptId !== "" && !replacingAdopted;
      const adopted = adoptNow || (own !== undefined && (was.adopted || own[ADOPT_ID] !== undefined));
      // An adopted object keeps its own name unless the program sets one; a name given automatically before is kept,
      // whatever pulumi:autonaming says now.
      const kept = nameKey && own?.[nameKey] && was.autoNamed ? own[nameKey] : undefined;
      const required = nameKey && !adopted && inputs[nameKey] === undefined && kept === undefined && news[AUTO_NAME] === false;
      const autoNamed = !!nameKey && inputs[nameKey] === undefined && !adopted && !required;
      if (autoNamed) inputs[nameKey] = kept ?? news[AUTO_NAME] ?? autoName(news);
      // A resource in the state keeps the identity its stored inputs hold (name seed, name and create token), so that
      // its inputs do not change when the program does not (a new token at every check doubled the engine's CPU on a
      // no-change preview). The engine checks every resource it is about to create without old inputs (a new one, a
      // replacement, a `--replace`), so every create tags its object with a token of its own.
      const identity = own
        ? { seed: was.seed, name: was.name, token: was.token }
        : { seed: program.seed, name: program.name, token: newCreateToken(program.seed) };
      // A field the program stopped declaring goes back to its default (removed.ts); only against this object's own
      // old inputs, never a replacement's (that is a new object, with every default already).
      const removal = own ? resetRemovedFields(spec, name, own, inputs, nameKey) : { inputs, failures: [] };
      Object.assign(inputs, removal.inputs);
      // An adopted object has its own name and secrets: what the program leaves out of them is not missing. The
      // replacement of an adopted object is a new one, which needs every secret the API will not reveal.
      const checked = { ...inputs };
      if (nameKey && checked[nameKey] === undefined) checked[nameKey] = autoName(news);
      const missingSecrets = secretPaths(spec.fields).filter((p) => p.length === 1 && checked[p[0]] === undefined).map(([key]) => key);
      if (adopted || replacingAdopted) for (const key of missingSecrets) checked[key] = ADOPTED_SECRET;
      const requiredNow = (key: string) => validate(spec, name, { ...checked, [key]: undefined }).some((f) => f.reason.includes(`field ${key}:`));
      const secretFailures = replacingAdopted
        ? missingSecrets.filter(requiredNow).map((key) => replacementNeeds(spec, name, key, String(adoptId)))
        : [];
      const failures = required
        ? [autonamingDisabled(spec, name, nameKey)]
        : [
            ...removal.failures, ...validate(spec, name, checked), ...secretFailures,
            ...reservedTagFailures(spec, name, inputs.tags), ...(adoptCheck?.failures ?? []),
          ];
      // An untagged kind's create notes the objects that already have its key: none of them can be its own
      // (ownership/find-made.ts), whatever happens to the create's answer.
      const body = !own && !adoptNow && failures.length === 0 && listsBeforeCreate(spec) ? toApi(spec.fields, apiInputs(inputs)) : undefined;
      const before = body && !JSON.stringify(body).includes(UNKNOWN) ? await existingIdsListed(telnyx(), spec, api(), body) : undefined;
      // The engine counts and shows an adoption as a create, which the dynamic protocol cannot change: say what it is.
      if (adoptCheck?.adoption.act === "adopt" && failures.length === 0) await inform(adoptionNote(spec, name, String(adoptId)));
      const spelled = own ? { ...inputs, ...withStoredSpelling(spec.fields, apiInputs(inputs), own) } : inputs;
      return { inputs: withPrivate(spelled, { ...identity, autoNamed, adopted, adoptNow, before }), failures };
    },

    async diff(id: string, olds: Obj, news: Obj) {
      // Adoption happens when a resource is created: a new adoptId on a resource that has its object is refused.
      const wanted = news[ADOPT_ID];
      if (typeof wanted === "string" && wanted !== "" && wanted !== UNKNOWN && wanted !== id && wanted !== olds[ADOPT_ID]) {
        throw new Error(adoptIdChanged(spec, privateOf(news).name ?? kind, id, wanted));
      }
      const changes = fieldChanges(spec, olds, news);
      const replaces = changes.filter((c) => c.createOnly || !spec.updatable).map((c) => c.path[0]);
      return { changes: changes.length > 0, replaces: [...new Set(replaces)] };
    },

    async create(inputs: Obj) {
      const own = privateOf(inputs);
      const token = own.token ?? newCreateToken(own.seed);
      const declared = apiInputs(inputs);
      const ctx = { spec, api: api(), declared, token, before: own.before };
      const ownedBy = hasTags(spec) ? token : undefined;
      const adoptedObject = own.adoptNow ? await adopt(ctx, String(inputs[ADOPT_ID])) : undefined;
      if (adoptedObject) return { id: String(adoptedObject.id), outs: outputs(adoptedObject, inputs, inputs, declaredSkeleton(inputs), ownedBy) };
      // The replacement of an adopted object is a new object: it needs a name of its own.
      if (nameKey && declared[nameKey] === undefined) declared[nameKey] = inputs[AUTO_NAME] || autoName(inputs);
      const object = await createOnce(ctx, createBody(spec, own.name ?? kind, declared));
      if (listsBeforeCreate(spec)) noteMade(telnyx(), spec, object);
      return { id: String(object.id), outs: outputs(object, { ...inputs, ...declared }, inputs, declaredSkeleton(inputs), ownedBy) };
    },

    async read(id: string, props: Obj) {
      let current: unknown;
      try {
        current = await api().get(id);
      } catch (err) {
        if (await gone(kind, id, err, props, "refresh")) return {}; // deleted out of band: no id drops it from the state
        throw err;
      }
      // A create recovered from a killed run (cli/recover) has its inputs as outputs, and so no skeleton yet.
      const own = privateOf(props);
      const stored = props?.[DECLARED];
      const declared = own.declared ? skeletonOf(own.declared) : isPlainObject(stored) ? stored : declaredSkeleton(props ?? {});
      const outs = outputs(current, props, props ?? {}, declared);
      const inputs = { ...project(outs, declared), [ADOPT_ID]: props?.[ADOPT_ID] };
      return { id, props: outs, inputs: plain(withPrivate(inputs, { autoNamed: own.autoNamed, adopted: own.adopted })) };
    },

    async update(id: string, stored: Obj, news: Obj) {
      const olds = asApi(stored);
      const changes = changedFields(spec.fields, news, olds);
      const patch = patchOf(news, changes);
      for (const key of (spec.requiredOnUpdate ?? []).map(camel)) patch[key] ??= news[key] ?? olds[key];
      const body = patchBody(spec, patch);
      // A PATCH replaces the tag list: keep the object's ownership tag in it. An object adopted by 0.4 or earlier,
      // which did not tag, gets its tag now.
      const was = privateOf(olds);
      const ownedBy = was.ownedBy ?? (was.adopted && hasTags(spec) ? newCreateToken(privateOf(news).seed) : undefined);
      if (ownedBy !== was.ownedBy) body.tags ??= Array.isArray(olds.tags) ? olds.tags : [];
      const updated = await api().update(id, body.tags ? withOwnershipTag(body, ownedBy) : body);
      return { outs: outputs(updated, { ...olds, ...apiInputs(news) }, news, declaredSkeleton(news), ownedBy) };
    },

    delete: (id: string, props: Obj) => deleteObject(kind, id, props),
  };
}
