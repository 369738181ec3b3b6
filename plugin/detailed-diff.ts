// The engine shows a resource's change field by field (`~ password: [secret] => [secret]`) only from a detailed diff,
// which the dynamic provider host never sends. Each changed path comes from the handlers' own diff rule.
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import type { Props } from "./wire";

const Kind = provproto.PropertyDiff.Kind;

const valueAt = (props: Props, path: string): unknown =>
  path.split(".").reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Props)[key] : undefined), props);

/** One PropertyDiff per changed path: added where the object has no value yet, replacing where `replaces` says so. */
export function detailedDiff(paths: readonly string[], replaces: readonly string[], olds: Props): Map<string, provproto.PropertyDiff> {
  const out = new Map<string, provproto.PropertyDiff>();
  for (const path of paths) {
    const replace = replaces.includes(path.split(".")[0]);
    const added = valueAt(olds, path) === undefined;
    const kind = added ? (replace ? Kind.ADD_REPLACE : Kind.ADD) : replace ? Kind.UPDATE_REPLACE : Kind.UPDATE;
    out.set(path, new provproto.PropertyDiff().setKind(kind).setInputdiff(true));
  }
  return out;
}
