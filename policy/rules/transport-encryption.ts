import type { ResourceValidationPolicy } from "@pulumi/policy";
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
    if (requireTls) {
      if ((kind === "IpConnection" || kind === "FqdnConnection") && String(args.props.transportProtocol).toUpperCase() !== "TLS") {
        report(`${at}: transportProtocol must be "TLS" (requireTls is on), not ${JSON.stringify(args.props.transportProtocol ?? "UDP (the default)")}.`);
      }
      const uacTransport = args.props.externalUacSettings?.transport;
      if (kind === "UacConnection" && String(uacTransport).toUpperCase() !== "TLS") {
        report(`${at}: externalUacSettings.transport must be "TLS" (requireTls is on), not ${JSON.stringify(uacTransport ?? "unset")}.`);
      }
    }
    if (requireSrtp && args.props.encryptedMedia !== "SRTP") {
      report(`${at}: encryptedMedia must be "SRTP" (requireSrtp is on), not ${JSON.stringify(args.props.encryptedMedia ?? "unset")}.`);
    }
  },
};
