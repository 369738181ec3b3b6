import { describe } from "../schema-meta";
import { caseInsensitiveEnum } from "./formats";

export const sipTransports = ["UDP", "TCP", "TLS"] as const;

/** transport_protocol of IP and FQDN connections; the API accepts any case. */
export const ipConnectionTransport = describe(
  caseInsensitiveEnum(sipTransports).optional(),
  "SIP transport: UDP, TCP or TLS (default UDP).",
);
