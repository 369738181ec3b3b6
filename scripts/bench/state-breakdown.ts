// Where a resource's bytes in the state go: Pulumi's own fields, the serialized provider (stored twice), the keys
// our provider keeps for itself (`__private`; up to 0.3 also `__declared` and others), the inputs, and the outputs
// beyond them. And how many values a resource holds: the engine's work on every checkpoint follows that count as much
// as the bytes (docs/benchmarks.md).

export type StatePart = "pulumi" | "__provider" | "internal keys" | "inputs" | "outputs";
export const STATE_PARTS: readonly StatePart[] = ["pulumi", "__provider", "internal keys", "inputs", "outputs"];

/** Keys the provider stores for itself beside the API's fields (the floor has none): `__*`, `adoptId`, `removedFields`. */
const isInternal = (key: string): boolean => key.startsWith("__") || key === "adoptId" || key === "removedFields";

type Props = Record<string, unknown>;
export interface StateResource {
  type: string;
  inputs?: Props;
  outputs?: Props;
  [key: string]: unknown;
}

/** Bytes of `"key":value,` for each key of `props` that `part` claims, as compact JSON. */
function bytes(props: Props | undefined, claims: (key: string) => boolean): number {
  let n = 0;
  for (const [key, value] of Object.entries(props ?? {})) {
    if (claims(key)) n += Buffer.byteLength(`${JSON.stringify(key)}:${JSON.stringify(value)},`);
  }
  return n;
}

const partOf = (key: string): StatePart => (key === "__provider" ? "__provider" : isInternal(key) ? "internal keys" : "inputs");

/** Average bytes per resource of each part, over `resources`. */
export function stateBreakdown(resources: StateResource[]): Record<StatePart, number> {
  const total = Object.fromEntries(STATE_PARTS.map((p) => [p, 0])) as Record<StatePart, number>;
  for (const r of resources) {
    const { inputs, outputs, ...rest } = r;
    total.pulumi += Buffer.byteLength(JSON.stringify(rest));
    for (const part of ["__provider", "internal keys"] as const) {
      total[part] += bytes(inputs, (k) => partOf(k) === part) + bytes(outputs, (k) => partOf(k) === part);
    }
    total.inputs += bytes(inputs, (k) => partOf(k) === "inputs");
    total.outputs += bytes(outputs, (k) => partOf(k) === "inputs");
  }
  const n = Math.max(resources.length, 1);
  return Object.fromEntries(STATE_PARTS.map((p) => [p, total[p] / n])) as Record<StatePart, number>;
}

/** Property values the engine holds for one value: itself, and each element or field inside it. */
const valuesIn = (value: unknown): number =>
  value !== null && typeof value === "object" ? 1 + Object.values(value).reduce<number>((n, v) => n + valuesIn(v), 0) : 1;

/** Average property values per resource in its inputs and outputs, `__provider` included. */
export function valuesPerResource(resources: StateResource[]): number {
  const total = resources.reduce((n, r) => n + valuesIn(r.inputs ?? {}) - 1 + valuesIn(r.outputs ?? {}) - 1, 0);
  return total / Math.max(resources.length, 1);
}
