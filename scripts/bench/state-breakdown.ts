// Where a resource's bytes in the state go: Pulumi's own fields, the serialized provider (stored twice), the keys
// our provider keeps for itself, the declared-fields skeleton, the inputs, and the outputs beyond them.

export type StatePart = "pulumi" | "__provider" | "internal keys" | "__declared" | "inputs" | "outputs";
export const STATE_PARTS: readonly StatePart[] = ["pulumi", "__provider", "internal keys", "__declared", "inputs", "outputs"];

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

const partOf = (key: string): StatePart =>
  key === "__provider" ? "__provider" : key === "__declared" ? "__declared" : isInternal(key) ? "internal keys" : "inputs";

/** Average bytes per resource of each part, over `resources`. */
export function stateBreakdown(resources: StateResource[]): Record<StatePart, number> {
  const total = Object.fromEntries(STATE_PARTS.map((p) => [p, 0])) as Record<StatePart, number>;
  for (const r of resources) {
    const { inputs, outputs, ...rest } = r;
    total.pulumi += Buffer.byteLength(JSON.stringify(rest));
    for (const part of ["__provider", "internal keys", "__declared"] as const) {
      total[part] += bytes(inputs, (k) => partOf(k) === part) + bytes(outputs, (k) => partOf(k) === part);
    }
    total.inputs += bytes(inputs, (k) => partOf(k) === "inputs");
    total.outputs += bytes(outputs, (k) => partOf(k) === "inputs");
  }
  const n = Math.max(resources.length, 1);
  return Object.fromEntries(STATE_PARTS.map((p) => [p, total[p] / n])) as Record<StatePart, number>;
}
