import { accessIpRange } from "./schemas/access-ip-range";
import { credentialConnection } from "./schemas/credential-connection";
import { fqdn } from "./schemas/fqdn";
import { fqdnConnection } from "./schemas/fqdn-connection";
import { ip } from "./schemas/ip";
import { ipConnection } from "./schemas/ip-connection";
import { outboundVoiceProfile } from "./schemas/outbound-voice-profile";
import { uacConnection } from "./schemas/uac-connection";

/** Every manageable resource, keyed by ResourceSpec.kind. */
export const resources = {
  credentialConnection,
  ipConnection,
  fqdnConnection,
  uacConnection,
  ip,
  fqdn,
  outboundVoiceProfile,
  accessIpRange,
} as const;

export type { ResourceKind } from "./routes";
