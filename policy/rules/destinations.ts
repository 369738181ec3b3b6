import type { ResourceValidationPolicy } from "@pulumi/policy";
import { HIGH_RISK_DESTINATIONS } from "../high-risk-destinations";
import { guardedField, REPORTED } from "../guarded-field";
import { label, telnyxKind } from "../telnyx-resource";

export interface DestinationsConfig {
  allowedDestinations?: string[];
  allowedHighRiskDestinations: string[];
}

/** Telnyx's default when a profile names none. */
const API_DEFAULT = ["US", "CA"];

/** Whitelisted destinations stay within the allow-list, and never include a high-risk premium-rate region unasked. */
export const destinations: ResourceValidationPolicy = {
  name: "telnyx-outbound-destinations",
  description: "Outbound voice profiles whitelist only allowed destinations, and no high-risk premium-rate region unless allowed.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      allowedDestinations: { type: "array", items: { type: "string", pattern: "^[A-Z]{2}$" } },
      allowedHighRiskDestinations: { type: "array", items: { type: "string", pattern: "^[A-Z]{2}$" }, default: [] },
    },
  },
  validateResource: (args, report) => {
    if (telnyxKind(args) !== "OutboundVoiceProfile") return;
    const { allowedDestinations, allowedHighRiskDestinations } = args.getConfig<DestinationsConfig>();
    const at = label(args, "OutboundVoiceProfile");
    const listed = guardedField(args, report, at, "whitelistedDestinations");
    if (listed === REPORTED) return;
    const wanted = (listed === undefined ? API_DEFAULT : [listed].flat()).map((c) => String(c).trim().toUpperCase());
    const highRisk = wanted.filter(
      (c) => (HIGH_RISK_DESTINATIONS as readonly string[]).includes(c) && !allowedHighRiskDestinations.includes(c),
    );
    if (highRisk.length > 0) {
      report(`${at}: whitelistedDestinations includes high-risk premium-rate destinations ${highRisk.join(", ")}; remove them, or list them in allowedHighRiskDestinations in the policy configuration if you really call them.`);
    }
    const outside = allowedDestinations ? wanted.filter((c) => !allowedDestinations.includes(c) && !highRisk.includes(c)) : [];
    if (outside.length > 0) {
      report(`${at}: whitelistedDestinations includes ${outside.join(", ")}, outside the allowed destinations (${allowedDestinations!.join(", ")}); remove them or add them to allowedDestinations in the policy configuration.`);
    }
  },
};
