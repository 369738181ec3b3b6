import type { ResourceKind } from "../../sdk/resources";

/** One object as the API returned it (snake_case keys). */
export type ApiObject = Record<string, unknown> & { id?: unknown };

/** Every SIP object of an account, per resource kind: what the program generator works from. */
export type AccountSnapshot = Record<ResourceKind, ApiObject[]>;

/** Connection kinds first, in the order the generated program declares them. */
export const connectionKinds = ["credentialConnection", "ipConnection", "fqdnConnection", "uacConnection"] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

export const emptySnapshot = (): AccountSnapshot => ({
  credentialConnection: [],
  ipConnection: [],
  fqdnConnection: [],
  uacConnection: [],
  ip: [],
  fqdn: [],
  outboundVoiceProfile: [],
  accessIpRange: [],
});
