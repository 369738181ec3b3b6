import type * as pulumi from "@pulumi/pulumi";

/** A lookup's arguments with every field, nested ones included, accepting a Pulumi Input (e.g. a resource's `id`). */
export type InputArgs<T> = { [K in keyof T]: pulumi.Input<InputValue<T[K]>> };
// Distributes over `X | undefined`, so an optional nested object takes Inputs too.
type InputValue<V> = V extends readonly unknown[] ? V : V extends object ? InputArgs<V> : V;
