import type { ResourceValidationPolicy } from "@pulumi/policy";
import { guardedField } from "../guarded-field";
import { CONNECTIONS, label, telnyxKind } from "../telnyx-resource";

/** A channel limit caps how many calls a compromised endpoint can run at once, in each direction. */
export const channelLimits: ResourceValidationPolicy = {
  name: "telnyx-channel-limits",
  description: "Every connection sets inbound.channelLimit and outbound.channelLimit.",
  enforcementLevel: "advisory",
  validateResource: (args, report) => {
    const kind = telnyxKind(args);
    if (!kind || !CONNECTIONS.includes(kind)) return;
    for (const side of ["inbound", "outbound"] as const) {
      const limit = guardedField(args, report, label(args, kind), `${side}.channelLimit`);
      if (limit === undefined) report(`${label(args, kind)}: ${side}.channelLimit is not set (no limit); set the most concurrent ${side} calls you expect.`);
    }
  },
};
