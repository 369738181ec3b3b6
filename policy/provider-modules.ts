import type { ResourceValidationPolicy } from "@pulumi/policy";
import { decodePrivate, PRIVATE } from "../provider/core/private-state";
import { known } from "./known";

// The engine hands a pack's validations a resource's inputs without its internal keys (those starting with `__`), so
// they cannot see the provider module a dynamic resource carries in `__provider`, nor this package's private state in
// `__private`. Its remediation pass, which runs first on every resource in the same pack process, gets them all: this
// policy reads them there, changes nothing, and keeps what it read by URN for the validations that follow.

const KIND_MODULE = /pulumi-telnyx-sip\/dist\/provider\/kinds\/(\w+)/;
/** Before 0.3.0, every resource stored the one dispatcher, with its kind in `__kind`. */
const DISPATCH_MODULE = /pulumi-telnyx-sip\/dist\/provider\/core\/dispatch\b/;

interface Internals {
  /** The resource's kind ("outboundVoiceProfile"), when its provider module is one of this package's. */
  kind?: string;
  /** Its private state says it took over an existing object (adoptId, even once removed from the program). */
  adopted: boolean;
}

const seen = new Map<string, Internals>();

const text = (read: () => unknown): string | undefined => {
  const value = known(read);
  return typeof value === "string" ? value : undefined;
};

/** What a resource's internal inputs say about it: the kind its provider module runs, and whether it adopted. */
export function internalsOf(props: Record<string, any>): Internals {
  const provider = text(() => props.__provider) ?? "";
  const kind = KIND_MODULE.exec(provider)?.[1] ?? (DISPATCH_MODULE.test(provider) ? text(() => props.__kind) : undefined);
  const own = text(() => props[PRIVATE]);
  return { kind, adopted: own !== undefined && decodePrivate(own).adopted === true };
}

/** What the remediation pass read of the resource `urn`; undefined when it has not run (a pack level of "disabled"). */
export const internalsSeen = (urn: string): Internals | undefined => seen.get(urn);

export const providerModules: ResourceValidationPolicy = {
  name: "telnyx-resource-identity",
  description: "Reads which resources run this package's provider, whatever type they are registered under (reports and changes nothing).",
  enforcementLevel: "remediate",
  remediateResource: (args) => {
    seen.set(args.urn, internalsOf(args.props));
    return undefined;
  },
};
