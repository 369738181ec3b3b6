import type { ResourceValidationPolicy } from "@pulumi/policy";
import { known, UNKNOWN } from "../known";
import { label, telnyxKind } from "../telnyx-resource";

export interface SpendLimitConfig {
  maxDailySpendUsd: number;
  maxConcurrentCalls: number;
}

/** A leaked SIP password costs at most one day's limit: every profile must cap spend and concurrent calls. */
export const spendLimit: ResourceValidationPolicy = {
  name: "telnyx-outbound-spend-limit",
  description: "Every outbound voice profile enables a daily spend limit at or under the ceiling, and limits concurrent calls.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      maxDailySpendUsd: { type: "number", minimum: 0, default: 500 },
      maxConcurrentCalls: { type: "integer", minimum: 1, default: 100 },
    },
  },
  validateResource: (args, report) => {
    if (telnyxKind(args) !== "OutboundVoiceProfile") return;
    const { maxDailySpendUsd, maxConcurrentCalls } = args.getConfig<SpendLimitConfig>();
    const at = label(args, "OutboundVoiceProfile");
    const [enabled, limit, calls] = [
      known(() => args.props.dailySpendLimitEnabled), known(() => args.props.dailySpendLimit), known(() => args.props.concurrentCallLimit),
    ];
    if (enabled !== UNKNOWN && enabled !== true) {
      report(`${at}: dailySpendLimitEnabled must be true (with dailySpendLimit at most "${maxDailySpendUsd}"), so a leaked credential costs at most a day's limit.`);
    }
    if (limit === undefined) {
      report(`${at}: dailySpendLimit is not set; set it to at most "${maxDailySpendUsd}" (USD a day).`);
    } else if (limit !== UNKNOWN && Number(limit) > maxDailySpendUsd) {
      report(`${at}: dailySpendLimit "${limit}" is over the ceiling of ${maxDailySpendUsd} USD; lower it or raise maxDailySpendUsd in the policy configuration.`);
    }
    if (calls === undefined || calls === null) {
      report(`${at}: concurrentCallLimit is not set (unlimited); set it to at most ${maxConcurrentCalls}.`);
    } else if (calls !== UNKNOWN && Number(calls) > maxConcurrentCalls) {
      report(`${at}: concurrentCallLimit ${calls} is over the ceiling of ${maxConcurrentCalls}; lower it or raise maxConcurrentCalls in the policy configuration.`);
    }
  },
};
