// Property values on the wire: the engine marks a secret as {<sig>: <secret sig>, value} at any depth (the plugin
// accepts secrets, so it sees them as such), the handlers take plain values, and every secret must go back marked.
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { isPlainObject } from "../provider/core/casing";

export type Props = Record<string, any>;
/** A path into a value: object keys and array indices. */
export type Path = readonly (string | number)[];

const isSecret = (v: unknown): v is { value: unknown } => isPlainObject(v) && v[specialSigKey] === specialSecretSig;

/** The plain values of a wire struct, and the path of every value that came marked secret. */
export function fromWire(struct: structproto.Struct | undefined): { props: Props; secrets: Path[] } {
  const secrets: Path[] = [];
  const walk = (v: unknown, path: Path): unknown => {
    if (isSecret(v)) {
      secrets.push(path);
      return walk(v.value, path);
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    return v;
  };
  return { props: (walk(struct?.toJavaScript() ?? {}, []) as Props) ?? {}, secrets };
}

/** `props` with the value at each of `paths` (where there is one) marked secret, as a wire struct. */
export function toWire(props: Props, paths: readonly Path[] = []): structproto.Struct {
  // The wire has no `undefined`; a JSON round trip drops such keys, deeply, and copies what the marks change.
  const out: Props = JSON.parse(JSON.stringify(props ?? {}));
  for (const path of paths) {
    let parent: any = out;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    const leaf = path[path.length - 1];
    if (parent === null || typeof parent !== "object" || parent[leaf] === undefined || isSecret(parent[leaf])) continue;
    parent[leaf] = { [specialSigKey]: specialSecretSig, value: parent[leaf] };
  }
  return structproto.Struct.fromJavaScript(out);
}
