import type { ResourceValidationPolicy } from "@pulumi/policy";
import { guardedField, REPORTED } from "../guarded-field";
import { CONNECTIONS, label, telnyxKind } from "../telnyx-resource";

export interface EncryptionConfig {
  requireTls: boolean;
  requireSrtp: boolean;
}

/**
 * Signalling over TLS and media over SRTP, each when the configuration requires it (both off by default: many PBXs
 * and carriers speak neither). Telnyx refuses SRTP together with TLS transport on the same connection, so require one.
 */
export const transportEncryption: ResourceValidationPolicy = {
  name: "telnyx-transport-encryption",
  description: "Connections use TLS signalling and/or SRTP media where the policy configuration requires it.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      requireTls: { type: "boolean", default: false },
      requireSrtp: { type: "boolean", default: false },
    },
  },
  validateResource: (args, report) => {
    const kind = telnyxKind(args);
    if (!kind || !CONNECTIONS.includes(kind)) return;
    const { requireTls, requireSrtp } = args.getConfig<EncryptionConfig>();
    const at = label(args, kind);
    /** Reports `field` unless it is `wanted` (in any case); an unknown or adopted-and-left-out one is reported as such. */
    const expect = (field: string, wanted: string, setting: string) => {
      const value = guardedField(args, report, at, field);
      if (value === REPORTED || String(value).toUpperCase() === wanted) return;
      report(`${at}: ${field} must be "${wanted}" (${setting} is on); it is ${value === undefined ? "not set" : JSON.stringify(value)}.`);
    };
    if (requireTls && (kind === "IpConnection" || kind === "FqdnConnection")) expect("transportProtocol", "TLS", "requireTls");
    if (requireTls && kind === "UacConnection") expect("externalUacSettings.transport", "TLS", "requireTls");
    if (requireSrtp) expect("encryptedMedia", "SRTP", "requireSrtp");
  },
};
