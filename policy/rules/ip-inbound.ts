import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { guardedField, REPORTED } from "../guarded-field";
import { label, telnyxKind } from "../telnyx-resource";

/**
 * An IP connection's SIP subdomain open to anyone takes calls from any address, not just the declared ones. That is
 * Telnyx's default once a subdomain is set, so a subdomain without the setting counts as open.
 */
export const ipInboundSubdomain: ResourceValidationPolicy = {
  name: "telnyx-ip-inbound-declared-only",
  description: "IP connections accept inbound calls only from their declared addresses (no SIP subdomain open to anyone).",
  enforcementLevel: "mandatory",
  validateResource: (args, report) => {
    if (telnyxKind(args) !== "IpConnection") return;
    const at = label(args, "IpConnection");
    const setting = guardedField(args, report, at, "inbound.sipSubdomainReceiveSettings");
    if (setting === REPORTED) return;
    const subdomain = setting === undefined ? guardedField(args, report, at, "inbound.sipSubdomain") : undefined;
    if (setting === "from_anyone" || (subdomain !== undefined && subdomain !== REPORTED)) {
      const is = setting === undefined ? "not set with inbound.sipSubdomain, so Telnyx opens it to anyone" : 'is "from_anyone"';
      report(`${at}: inbound.sipSubdomainReceiveSettings ${is}; set "only_my_connections" so only the declared Ip addresses can send calls.`);
    }
  },
};

/** An IP connection must have its addresses declared next to it, so review sees who may send it traffic. */
export const ipAddressesDeclared: StackValidationPolicy = {
  name: "telnyx-ip-connection-has-addresses",
  description: "Every IP connection in the stack has at least one Ip resource declared for it.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const withIps = new Set<string>();
    for (const r of args.resources) {
      if (telnyxKind(r) !== "Ip") continue;
      for (const dep of r.propertyDependencies.connectionId ?? []) withIps.add(dep.urn);
    }
    for (const r of args.resources) {
      if (telnyxKind(r) === "IpConnection" && !withIps.has(r.urn)) {
        report(`${label(r, "IpConnection")}: no Ip resource in this stack uses it (connectionId: <connection>.id); declare the addresses allowed to send it calls.`, r.urn);
      }
    }
  },
};
