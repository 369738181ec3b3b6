import { accessIpRange } from "../sdk/schemas/access-ip-range";
import { credentialConnection } from "../sdk/schemas/credential-connection";
import { fqdn } from "../sdk/schemas/fqdn";
import { fqdnConnection } from "../sdk/schemas/fqdn-connection";
import { ip } from "../sdk/schemas/ip";
import { ipConnection } from "../sdk/schemas/ip-connection";
import { outboundVoiceProfile } from "../sdk/schemas/outbound-voice-profile";
import { uacConnection } from "../sdk/schemas/uac-connection";
import { OutputsOf, ResourceArgs, resourceClass } from "./core/resource";
import type {
  AccessIpRangeFields, CredentialConnectionFields, FqdnConnectionFields, FqdnFields, IpConnectionFields, IpFields,
  OutboundVoiceProfileFields, UacConnectionFields,
} from "./resource-args";

// The resources a program declares. `connectionName` / `name` may be left out: it defaults to the resource name plus
// a suffix fixed per stack (or as `pulumi:autonaming` says). Args and outputs are interfaces over the schema-derived
// types so that TypeScript names them (`IpArgs`) in its errors instead of spelling out the schema's types; the args'
// fields come from provider/resource-args.ts, generated from the schemas with each field's description as its TSDoc.

/** A SIP credential connection: your PBX registers to Telnyx with a user name and password. */
export interface CredentialConnectionArgs extends CredentialConnectionFields, ResourceArgs {}
export interface CredentialConnectionOutputs extends OutputsOf<typeof credentialConnection> {}
export const CredentialConnection = resourceClass<CredentialConnectionArgs, CredentialConnectionOutputs>(credentialConnection);
export type CredentialConnection = InstanceType<typeof CredentialConnection>;

/** An IP connection: Telnyx authenticates your PBX by source IP (attach addresses with `Ip`). */
export interface IpConnectionArgs extends IpConnectionFields, ResourceArgs {}
export interface IpConnectionOutputs extends OutputsOf<typeof ipConnection> {}
export const IpConnection = resourceClass<IpConnectionArgs, IpConnectionOutputs>(ipConnection);
export type IpConnection = InstanceType<typeof IpConnection>;

/** An FQDN connection: Telnyx reaches your SIP endpoint by hostname (attach hostnames with `Fqdn`). */
export interface FqdnConnectionArgs extends FqdnConnectionFields, ResourceArgs {}
export interface FqdnConnectionOutputs extends OutputsOf<typeof fqdnConnection> {}
export const FqdnConnection = resourceClass<FqdnConnectionArgs, FqdnConnectionOutputs>(fqdnConnection);
export type FqdnConnection = InstanceType<typeof FqdnConnection>;

/** A UAC connection: Telnyx registers to your PBX (the reverse of a credential connection). */
export interface UacConnectionArgs extends UacConnectionFields, ResourceArgs {}
export interface UacConnectionOutputs extends OutputsOf<typeof uacConnection> {}
export const UacConnection = resourceClass<UacConnectionArgs, UacConnectionOutputs>(uacConnection);
export type UacConnection = InstanceType<typeof UacConnection>;

/** An IP address attached to an IP connection. */
export interface IpArgs extends IpFields, ResourceArgs {}
export interface IpOutputs extends OutputsOf<typeof ip> {}
export const Ip = resourceClass<IpArgs, IpOutputs>(ip);
export type Ip = InstanceType<typeof Ip>;

/** A hostname attached to an FQDN connection. */
export interface FqdnArgs extends FqdnFields, ResourceArgs {}
export interface FqdnOutputs extends OutputsOf<typeof fqdn> {}
export const Fqdn = resourceClass<FqdnArgs, FqdnOutputs>(fqdn);
export type Fqdn = InstanceType<typeof Fqdn>;

/** An outbound voice profile: where, how much and with what recording its connections may call. */
export interface OutboundVoiceProfileArgs extends OutboundVoiceProfileFields, ResourceArgs {}
export interface OutboundVoiceProfileOutputs extends OutputsOf<typeof outboundVoiceProfile> {}
export const OutboundVoiceProfile = resourceClass<OutboundVoiceProfileArgs, OutboundVoiceProfileOutputs>(outboundVoiceProfile);
export type OutboundVoiceProfile = InstanceType<typeof OutboundVoiceProfile>;

/** A CIDR block allowed to use the Telnyx API. Ranges cannot be updated: any change replaces the range. */
export interface AccessIpRangeArgs extends AccessIpRangeFields, ResourceArgs {}
export interface AccessIpRangeOutputs extends OutputsOf<typeof accessIpRange> {}
export const AccessIpRange = resourceClass<AccessIpRangeArgs, AccessIpRangeOutputs>(accessIpRange);
export type AccessIpRange = InstanceType<typeof AccessIpRange>;
