import type { ResourceValidationArgs } from "@pulumi/policy";
import { internalsSeen } from "./provider-modules";

/** The types this package registers: its dynamic resources, and the resources of its provider plugin `telnyx-sip`. */
const TYPE = /^(?:pulumi-nodejs:dynamic\/telnyx|telnyx-sip:[\w/]*):(\w+)$/;

const className = (kind: string) => kind[0].toUpperCase() + kind.slice(1);

/**
 * Which Telnyx resource a resource is, or undefined for anything else. The resource classes register each as a
 * dynamic resource typed `pulumi-nodejs:dynamic/telnyx:<Class>` (a provider plugin's as `telnyx-sip:<module>:<Class>`), but a program can register the same provider under
 * any type (`new pulumi.dynamic.Resource(require(".../kinds/outboundVoiceProfile"), name, props, opts, "other",
 * "Thing")`), so the provider module the resource carries decides first (provider-modules.ts): that is what runs
 * against Telnyx, whatever the type says.
 */
export function telnyxKind(args: Pick<ResourceValidationArgs, "type" | "urn">): string | undefined {
  const kind = internalsSeen(args.urn)?.kind;
  return kind ? className(kind) : TYPE.exec(args.type)?.[1];
}

/** The connection resources: they carry SIP traffic and have inbound/outbound settings. */
export const CONNECTIONS = ["CredentialConnection", "IpConnection", "FqdnConnection", "UacConnection"];

/** "<name> (<Class>)": how every message names the resource. */
export const label = (args: Pick<ResourceValidationArgs, "name">, kind: string) => `${args.name} (${kind})`;
