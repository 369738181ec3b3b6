import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { unwrap } from "../../sdk/schema-meta";
import type { computedShape } from "../../sdk/schemas/connection-common";
import { autonamingFor } from "./autonaming";
import { camel, Camelize, objectShape } from "./casing";
import type { Kind } from "./handlers";
import { guardDebugLog } from "./debug-log-guard";
import { readOutputsBack } from "./read-back";
import { nameSeed } from "../ownership/identity";
import type { Known } from "./known";
import { AUTO_NAME, NAME, naming } from "./internal-keys";
import { typeName, typeToken } from "./type-token";
import { markSecretInputs, secretOutputs } from "./secrets";

type InputValue<V> = V extends string
  ? V // a branded string (ExtraCodec) stays one value
  : V extends readonly (infer U)[]
    ? pulumi.Input<InputValue<U>>[]
    : V extends object
      ? { [K in keyof V]: pulumi.Input<InputValue<V[K]>> }
      : V;

/**
 * A resource's arguments as the schemas type them: the API's writable fields in camelCase, each accepting a Pulumi
 * Input, deeply. The args interfaces (provider/resource-args.ts) name and document these fields, checked against it.
 */
export type ArgsOf<S extends ResourceSpec, NameKey extends string = never> = {
  [K in keyof Camelize<z.input<S["fields"]>> as K extends NameKey ? never : K]: pulumi.Input<
    InputValue<Camelize<z.input<S["fields"]>>[K]>
  >;
} & { [K in NameKey]?: pulumi.Input<string> };

type Fields<S extends ResourceSpec> = Camelize<z.input<S["fields"]>>;
type At<T, P extends readonly string[]> = P extends readonly [infer K extends string, ...infer Rest extends string[]]
  ? Rest extends [] ? NonNullable<T>[K & keyof NonNullable<T>] : At<NonNullable<T>[K & keyof NonNullable<T>], Rest>
  : T;

/** The value of the field at path P of a resource's args, as ArgsOf types it (before pulumi.Input). */
export type FieldArg<S extends ResourceSpec, P extends readonly string[]> = InputValue<At<Fields<S>, P>>;

/**
 * The object field at path P of a resource's args, typed by `Named`, an interface of its fields (each typed by
 * FieldArg), so that each can carry its own doc comment (provider/resource-args.ts); null or undefined as the field allows.
 */
export type ObjectArg<S extends ResourceSpec, P extends readonly string[], Named> = pulumi.Input<Named | Exclude<FieldArg<S, P>, object>>;

/**
 * `true` when A and B have the same keys and are assignable both ways: provider/resource-args.ts checks its interfaces
 * against ArgsOf with it, in an `AllTrue` that fails to compile otherwise.
 */
export type SameType<A, B> = [A, keyof A] extends [B, keyof B] ? ([B, keyof B] extends [A, keyof A] ? true : false) : false;
export type AllTrue<T extends true[]> = T;

/**
 * What every resource takes besides the API's fields. A resource's args interface extends both this and its fields,
 * so TypeScript names that interface in errors rather than spelling out the types behind it.
 */
export interface ResourceArgs {
  /** The id of an existing Telnyx object to take over (updated to match) instead of creating a new one. */
  adoptId?: pulumi.Input<string>;
  /**
   * What a field the program declared before and leaves out now becomes: `"reset"` (the default) sets it back to what
   * Telnyx documents for a field never set, shown in the preview; `"keep"` leaves the object's value as it is.
   */
  removedFields?: pulumi.Input<"reset" | "keep">;
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Response<S extends ResourceSpec> = Known<Camelize<z.output<S["response"]>>>;
/** Always in the outputs: the fields a create requires (sent, and echoed) and the ones every object has. */
type AlwaysPresent<S extends ResourceSpec> =
  | RequiredKeys<Camelize<z.output<S["fields"]>>>
  | keyof Camelize<z.output<z.ZodObject<typeof computedShape>>>;

/** A resource's outputs: everything the API returns, camelCased; always-present ones never null. */
export type OutputsOf<S extends ResourceSpec> = {
  readonly [K in keyof Response<S> as K extends "id" ? never : K]-?: pulumi.Output<
    K extends AlwaysPresent<S> ? NonNullable<Response<S>[K]> : Response<S>[K]
  >;
};

/** `type::name` of each ancestor, outermost first: part of the resource's identity (its URN) besides its own name. */
function parentPath(parent: pulumi.Resource | undefined): string[] {
  const path: string[] = [];
  for (let r: any = parent; r && r.__pulumiType !== "pulumi:pulumi:Stack"; r = r.__parentResource) {
    path.unshift(`${r.__pulumiType}::${r.__name}`);
  }
  return path;
}

guardDebugLog();

type DynamicArgs = [pulumi.dynamic.ResourceProvider, string, Record<string, unknown>, pulumi.CustomResourceOptions, string, string];

/** What a Telnyx resource hands `pulumi.dynamic.Resource`: one dynamic resource, typed by the resource's schema. */
function dynamicArgs(kind: Kind, name: string, args: object, opts?: pulumi.CustomResourceOptions): DynamicArgs {
  const spec = resources[kind] as unknown as ResourceSpec;
  const props: Record<string, unknown> = {};
  // Every output the API has must be named here (as undefined) for Pulumi to expose it on the resource.
  for (const key of Object.keys(objectShape(spec.response) ?? {})) props[camel(key)] = undefined;
  Object.assign(props, markSecretInputs(spec, args as Record<string, unknown>));
  const seed = nameSeed(pulumi.getProject(), pulumi.getStack(), parentPath(opts?.parent), kind, name);
  props[NAME] = naming(seed, name);
  const autoName = spec.nameField && !opts?.id ? autonamingFor(typeToken(kind), name, seed) : undefined;
  if (autoName !== undefined) props[AUTO_NAME] = autoName;
  // The kind's own provider module (provider/kinds/): Pulumi serializes a module's exports object from under
  // node_modules as just a require() of it, so the state carries a few hundred bytes, no credentials, no kind (the
  // module is the kind's), and every fix here reaches resources created by older versions, delete and refresh included.
  const provider: pulumi.dynamic.ResourceProvider = require(`../kinds/${kind}`);
  const adopting = (args as { adoptId?: unknown }).adoptId !== undefined;
  if (adopting && opts?.deleteBeforeReplace === false) {
    throw new Error(
      `${spec.title} "${name}": adoptId and deleteBeforeReplace: false cannot go together, because a replacement ` +
        "created first would take the adopted object over again and then delete it. Once the object is adopted, " +
        "remove adoptId (that changes nothing) and replacements can create first.",
    );
  }
  const options: pulumi.CustomResourceOptions = {
    ...opts,
    // Delete first where two objects cannot coexist (an account-wide unique SIP user name), and for an adopted
    // object, whose replacement must be a new object, not the adopted one taken over again (see handlers.ts).
    deleteBeforeReplace: opts?.deleteBeforeReplace ?? (spec.uniqueKey !== undefined || adopting),
    additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...secretOutputs(spec, args as Record<string, unknown>)],
  };
  return [provider, name, props, options, "telnyx", typeName(kind)];
}

/** The class of one API resource, with the args and outputs its schema gives. */
export interface ResourceClass<A, O> {
  new (name: string, args: A, opts?: pulumi.CustomResourceOptions): pulumi.dynamic.Resource & O;
  /** The existing object with this id, read into the program without managing it (Pulumi's `get`). */
  get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions): pulumi.dynamic.Resource & O;
}

/**
 * A typed resource class for one API resource: args and outputs both derived from its schema. It extends
 * `pulumi.dynamic.Resource` directly: Pulumi stores every frame of the constructor's call stack with each resource,
 * and a base class of ours would add one (about 100 bytes of state per resource).
 */
export function resourceClass<A extends object, O>(spec: ResourceSpec): ResourceClass<A, O> {
  const kind = spec.kind as Kind;
  return class extends pulumi.dynamic.Resource {
    constructor(name: string, args: A, opts?: pulumi.CustomResourceOptions) {
      const dynamic = dynamicArgs(kind, name, args, opts);
      // Pulumi captures a source-mapped stack for each output promise, used only by its promise-leak report: about a
      // third of the program's CPU time. The resource's own source position is taken separately and is unaffected.
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        super(...dynamic);
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
      readOutputsBack(this, spec);
    }
    static get(name: string, id: pulumi.Input<pulumi.ID>, opts?: pulumi.CustomResourceOptions) {
      return new this(name, {} as A, { ...opts, id });
    }
  } as unknown as ResourceClass<A, O>;
}
