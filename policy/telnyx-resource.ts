import type { ResourceValidationArgs } from "@pulumi/policy";

/**
 * Which Telnyx resource a resource is, or undefined for anything else. Every resource of this package is a Pulumi
 * dynamic resource, typed `pulumi-nodejs:dynamic/telnyx:<Class>` (e.g. `...:CredentialConnection`); the provider also
 * keeps its kind in the `__kind` input. Both must agree, so no other dynamic resource is mistaken for one of ours.
 */
export function telnyxKind(args: Pick<ResourceValidationArgs, "type" | "props">): string | undefined {
  const m = /^pulumi-nodejs:dynamic\/telnyx:(\w+)$/.exec(args.type);
  if (!m) return undefined;
  const kind = args.props.__kind;
  return typeof kind === "string" && kind.toLowerCase() === m[1].toLowerCase() ? m[1] : undefined;
}

/** The connection resources: they carry SIP traffic and have inbound/outbound settings. */
export const CONNECTIONS = ["CredentialConnection", "IpConnection", "FqdnConnection", "UacConnection"];

/** "<name> (<Class>)": how every message names the resource. */
export const label = (args: Pick<ResourceValidationArgs, "name">, kind: string) => `${args.name} (${kind})`;
