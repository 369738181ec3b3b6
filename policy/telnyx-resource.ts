import type { ResourceValidationArgs } from "@pulumi/policy";

/**
 * Which Telnyx resource a resource is, or undefined for anything else. Every resource of this package is a Pulumi
 * dynamic resource typed `pulumi-nodejs:dynamic/telnyx:<Class>` (e.g. `...:CredentialConnection`). A policy sees the
 * provider's checked inputs, without the provider's own `__provider`, so the type is what tells them apart.
 */
export function telnyxKind(args: Pick<ResourceValidationArgs, "type">): string | undefined {
  return /^pulumi-nodejs:dynamic\/telnyx:(\w+)$/.exec(args.type)?.[1];
}

/** The connection resources: they carry SIP traffic and have inbound/outbound settings. */
export const CONNECTIONS = ["CredentialConnection", "IpConnection", "FqdnConnection", "UacConnection"];

/** "<name> (<Class>)": how every message names the resource. */
export const label = (args: Pick<ResourceValidationArgs, "name">, kind: string) => `${args.name} (${kind})`;
