import type { ResourceValidationArgs } from "@pulumi/policy";
import { known } from "./known";

const TYPE = /^pulumi-nodejs:dynamic\/telnyx:(\w+)$/;
/** The provider module a resource's `__provider` input requires: its kind's own, or (before 0.3.0) the dispatcher. */
const KIND_MODULE = /pulumi-telnyx-sip\/dist\/provider\/kinds\/(\w+)/;
const DISPATCH_MODULE = /pulumi-telnyx-sip\/dist\/provider\/core\/dispatch\b/;

const className = (kind: string) => kind[0].toUpperCase() + kind.slice(1);
const text = (read: () => unknown): string | undefined => {
  const value = known(read);
  return typeof value === "string" ? value : undefined;
};

/**
 * Which Telnyx resource a resource is, or undefined for anything else. The resource classes register each as a
 * dynamic resource typed `pulumi-nodejs:dynamic/telnyx:<Class>`, but a program can register the same provider under
 * any type (`new pulumi.dynamic.Resource(require(".../kinds/outboundVoiceProfile"), name, props, opts, "other",
 * "Thing")`), so the provider module its checked inputs carry in `__provider` (the dynamic provider host adds it back
 * after check) decides first: that is what runs against Telnyx, whatever the type says.
 */
export function telnyxKind(args: Pick<ResourceValidationArgs, "type" | "props">): string | undefined {
  const provider = text(() => args.props?.__provider) ?? "";
  const module = KIND_MODULE.exec(provider)?.[1] ?? (DISPATCH_MODULE.test(provider) ? text(() => args.props.__kind) : undefined);
  return module ? className(module) : TYPE.exec(args.type)?.[1];
}

/** The connection resources: they carry SIP traffic and have inbound/outbound settings. */
export const CONNECTIONS = ["CredentialConnection", "IpConnection", "FqdnConnection", "UacConnection"];

/** "<name> (<Class>)": how every message names the resource. */
export const label = (args: Pick<ResourceValidationArgs, "name">, kind: string) => `${args.name} (${kind})`;
