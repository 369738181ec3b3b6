import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { unwrap } from "../../sdk/schema-meta";
import { camel, Camelize, objectShape } from "./casing";
import type { Kind } from "./handlers";
import { markerFor } from "./marker";

type InputValue<V> = V extends readonly (infer U)[]
  ? pulumi.Input<InputValue<U>>[]
  : V extends object
    ? { [K in keyof V]: pulumi.Input<InputValue<V[K]>> }
    : V;

/** A resource's arguments: the API's writable fields in camelCase, each accepting a Pulumi Input, deeply. */
export type ArgsOf<S extends ResourceSpec, NameKey extends string = never> = {
  [K in keyof Camelize<z.input<S["fields"]>> as K extends NameKey ? never : K]: pulumi.Input<
    InputValue<Camelize<z.input<S["fields"]>>[K]>
  >;
} & { [K in NameKey]?: pulumi.Input<string> } & {
  /** The id of an existing Telnyx object to take over (updated to match) instead of creating a new one. */
  adoptId?: pulumi.Input<string>;
};

/** A resource's outputs: everything the API returns, camelCased. */
export type OutputsOf<S extends ResourceSpec> = {
  readonly [K in keyof Camelize<z.output<S["response"]>> as K extends "id" ? never : K]-?: pulumi.Output<
    Camelize<z.output<S["response"]>>[K]
  >;
};

/** Does this field hold a secret anywhere inside it? */
function holdsSecret(schema: z.ZodType): boolean {
  const { inner, meta } = unwrap(schema);
  if (meta.secret) return true;
  const shape = objectShape(inner);
  return !!shape && Object.values(shape).some(holdsSecret);
}

/** Top-level camelCase keys that are, or contain, secrets: encrypted in inputs and outputs alike. */
export const secretKeys = (spec: ResourceSpec): string[] =>
  Object.entries(spec.fields.shape as Record<string, z.ZodType>)
    .filter(([, s]) => holdsSecret(s))
    .map(([k]) => camel(k));

const typeName = (kind: string) => kind[0].toUpperCase() + kind.slice(1);

/** Secret inputs and output names of a kind, read from its schema once per program rather than once per resource. */
const shapes = new Map<Kind, { secrets: string[]; outputs: string[] }>();
function shapeOf(kind: Kind): { secrets: string[]; outputs: string[] } {
  let shape = shapes.get(kind);
  if (!shape) {
    const spec = resources[kind] as unknown as ResourceSpec;
    shape = { secrets: secretKeys(spec), outputs: Object.keys(objectShape(spec.response) ?? {}).map(camel) };
    shapes.set(kind, shape);
  }
  return shape;
}

/** What Pulumi needs to register one Telnyx resource: the provider, the properties and the options. */
function registration(kind: Kind, name: string, args: object, opts?: pulumi.CustomResourceOptions) {
  const { secrets, outputs } = shapeOf(kind);
  const props: Record<string, unknown> = {};
  // Every output the API has must be named here (as undefined) for Pulumi to expose it on the resource.
  for (const key of outputs) props[key] = undefined;
  for (const [key, value] of Object.entries(args)) {
    props[key] = secrets.includes(key) && value !== undefined ? pulumi.secret(value) : value;
  }
  props.__resourceName = name;
  props.__kind = kind;
  props.__marker = markerFor(pulumi.getProject(), pulumi.getStack(), kind, name);
  // The module's exports object itself, so Pulumi serializes it as a require() of this package (see dispatch.ts).
  const provider: pulumi.dynamic.ResourceProvider = require("./dispatch");
  const options = { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...secrets] };
  return { provider, props, options };
}

/**
 * A typed resource class for one API resource: args and outputs both derived from its schema. It extends Pulumi's
 * class directly: Pulumi stores every frame of the constructor's call stack with each resource in the state, and a
 * base class of ours would add one more (about 90 bytes per resource).
 */
export function resourceClass<S extends ResourceSpec, N extends string = never>(spec: S, _nameKey?: N) {
  const kind = spec.kind as Kind;
  return class extends pulumi.dynamic.Resource {
    constructor(name: string, args: ArgsOf<S, N>, opts?: pulumi.CustomResourceOptions) {
      const { provider, props, options } = registration(kind, name, args, opts);
      // Pulumi captures a source-mapped stack for each output promise, used only by its promise-leak report: about a
      // third of the program's CPU time. The resource's own source position is taken separately and is unaffected.
      const stackTraceLimit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        super(provider, name, props, options, "telnyx", typeName(kind));
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    }
  } as unknown as new (name: string, args: ArgsOf<S, N>, opts?: pulumi.CustomResourceOptions) => pulumi.dynamic.Resource &
    OutputsOf<S>;
}
