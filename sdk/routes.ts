// Where each manageable resource lives in the API, and what messages call it: the part of a ResourceSpec that needs
// no schema. A process that only deletes (a `pulumi destroy`) reaches the API with this, without loading zod and
// the schemas (60 ms of CPU); each spec in schemas/ takes its own from here.

export const routes = {
  credentialConnection: { kind: "credentialConnection", title: "credential connection", path: "/credential_connections" },
  ipConnection: { kind: "ipConnection", title: "IP connection", path: "/ip_connections" },
  fqdnConnection: { kind: "fqdnConnection", title: "FQDN connection", path: "/fqdn_connections" },
  uacConnection: { kind: "uacConnection", title: "UAC connection", path: "/uac_connections" },
  ip: { kind: "ip", title: "IP", path: "/ips" },
  fqdn: { kind: "fqdn", title: "FQDN", path: "/fqdns" },
  outboundVoiceProfile: { kind: "outboundVoiceProfile", title: "outbound voice profile", path: "/outbound_voice_profiles" },
  accessIpRange: { kind: "accessIpRange", title: "access IP range", path: "/access_ip_ranges" },
} satisfies Record<string, { kind: string; title: string; path: string }>;

export type ResourceKind = keyof typeof routes;
