import type { CollectionName } from "../store";
import { accessIpRanges } from "./access-ip-ranges";
import { credentialConnections } from "./credential-connections";
import { fqdnConnections } from "./fqdn-connections";
import { fqdns } from "./fqdns";
import { ipConnections } from "./ip-connections";
import { ips } from "./ips";
import { outboundVoiceProfiles } from "./outbound-voice-profiles";
import type { ResourceDef } from "./types";
import { uacConnections } from "./uac-connections";

/** Every stored collection's definition, by its URL segment. */
export const RESOURCES: Record<CollectionName, ResourceDef> = {
  credential_connections: credentialConnections,
  ip_connections: ipConnections,
  fqdn_connections: fqdnConnections,
  uac_connections: uacConnections,
  ips,
  fqdns,
  outbound_voice_profiles: outboundVoiceProfiles,
  access_ip_ranges: accessIpRanges,
};
