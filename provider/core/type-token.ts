import { resources, type ResourceKind } from "../../sdk/resources";

// A resource's kind is in its Pulumi type token, which the engine keeps in every URN and state entry: readers of the
// state and recovery of a killed create tell kinds apart by it, so the state need not store the kind again.

const MODULE = "pulumi-nodejs:dynamic/telnyx:";

export const typeName = (kind: string): string => kind[0].toUpperCase() + kind.slice(1);

/** The type token Pulumi gives a dynamic resource of this package's kind, e.g. `pulumi-nodejs:dynamic/telnyx:Ip`. */
export const typeToken = (kind: string): string => `${MODULE}${typeName(kind)}`;

/**
 * The kind of a resource of this package, from its type token or its URN (`urn:pulumi:<stack>::<project>::<type>::
 * <name>`, where a child's type is `<parent type>$<type>`); undefined for anything else.
 */
export function kindOf(typeOrUrn: string): ResourceKind | undefined {
  const type = typeOrUrn.startsWith("urn:pulumi:") ? (typeOrUrn.split("::")[2] ?? "") : typeOrUrn;
  const own = type.slice(type.lastIndexOf("$") + 1);
  if (!own.startsWith(MODULE)) return undefined;
  const name = own.slice(MODULE.length);
  const kind = name[0]?.toLowerCase() + name.slice(1);
  return Object.hasOwn(resources, kind) ? (kind as ResourceKind) : undefined;
}
