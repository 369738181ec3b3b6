import { accessIpRange } from "../sdk/schemas/access-ip-range";
import { credentialConnection } from "../sdk/schemas/credential-connection";
import { fqdn } from "../sdk/schemas/fqdn";
import { fqdnConnection } from "../sdk/schemas/fqdn-connection";
import { ip } from "../sdk/schemas/ip";
import { ipConnection } from "../sdk/schemas/ip-connection";
import { outboundVoiceProfile } from "../sdk/schemas/outbound-voice-profile";
import { uacConnection } from "../sdk/schemas/uac-connection";
import { ArgsOf, resourceClass } from "./core/resource";

// The resources a program declares. `connectionName` / `name` may be left out: it defaults to the resource name plus
// a random suffix, kept across updates.

/** A SIP credential connection: your PBX registers to Telnyx with a user name and password. */
export const CredentialConnection = resourceClass(credentialConnection, "connectionName");
export type CredentialConnection = InstanceType<typeof CredentialConnection>;
export type CredentialConnectionArgs = ArgsOf<typeof credentialConnection, "connectionName">;

/** An IP connection: Telnyx authenticates your PBX by source IP (attach addresses with `Ip`). */
export const IpConnection = resourceClass(ipConnection, "connectionName");
export type IpConnection = InstanceType<typeof IpConnection>;
export type IpConnectionArgs = ArgsOf<typeof ipConnection, "connectionName">;

/** An FQDN connection: Telnyx reaches your SIP endpoint by hostname (attach hostnames with `Fqdn`). */
export const FqdnConnection = resourceClass(fqdnConnection, "connectionName");
export type FqdnConnection = InstanceType<typeof FqdnConnection>;
export type FqdnConnectionArgs = ArgsOf<typeof fqdnConnection, "connectionName">;

/** A UAC connection: Telnyx registers to your PBX (the reverse of a credential connection). */
export const UacConnection = resourceClass(uacConnection, "connectionName");
export type UacConnection = InstanceType<typeof UacConnection>;
export type UacConnectionArgs = ArgsOf<typeof uacConnection, "connectionName">;

/** An IP address attached to an IP connection. */
export const Ip = resourceClass(ip);
export type Ip = InstanceType<typeof Ip>;
export type IpArgs = ArgsOf<typeof ip>;

/** A hostname attached to an FQDN connection. */
export const Fqdn = resourceClass(fqdn);
export type Fqdn = InstanceType<typeof Fqdn>;
export type FqdnArgs = ArgsOf<typeof fqdn>;

/** An outbound voice profile: where, how much and with what recording its connections may call. */
export const OutboundVoiceProfile = resourceClass(outboundVoiceProfile, "name");
export type OutboundVoiceProfile = InstanceType<typeof OutboundVoiceProfile>;
export type OutboundVoiceProfileArgs = ArgsOf<typeof outboundVoiceProfile, "name">;

/** A CIDR block allowed to use the Telnyx API. Ranges cannot be updated: any change replaces the range. */
export const AccessIpRange = resourceClass(accessIpRange);
export type AccessIpRange = InstanceType<typeof AccessIpRange>;
export type AccessIpRangeArgs = ArgsOf<typeof accessIpRange>;
