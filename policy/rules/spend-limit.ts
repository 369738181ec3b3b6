import type { ResourceValidationPolicy } from "@pulumi/policy";
import { guardedField, REPORTED } from "../guarded-field";
import { label, telnyxKind } from "../telnyx-resource";

export interface SpendLimitConfig {
  maxDailySpendUsd: number;
  maxConcurrentCalls: number;
}

/** An amount as the API takes it ("500.00" or 500); NaN for anything else, which then fails the ceiling check. */
const amount = (value: unknown): number =>
  typeof value === "number" ? value : typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;

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
    const field = (path: string) => guardedField(args, report, at, path);
    const [enabled, limit, calls] = [field("dailySpendLimitEnabled"), field("dailySpendLimit"), field("concurrentCallLimit")];
    if (enabled !== REPORTED && enabled !== true) {
      report(`${at}: dailySpendLimitEnabled must be true (with dailySpendLimit at most "${maxDailySpendUsd}"), so a leaked credential costs at most a day's limit.`);
    }
    if (limit === undefined) {
      report(`${at}: dailySpendLimit is not set; set it to at most "${maxDailySpendUsd}" (USD a day).`);
    } else if (limit !== REPORTED && !(amount(limit) <= maxDailySpendUsd)) {
      report(`${at}: dailySpendLimit ${JSON.stringify(limit)} is over the ceiling of ${maxDailySpendUsd} USD or not an amount; set it to at most "${maxDailySpendUsd}", or raise maxDailySpendUsd in the policy configuration.`);
    }
    if (calls === undefined) {
      report(`${at}: concurrentCallLimit is not set (unlimited); set it to at most ${maxConcurrentCalls}.`);
    } else if (calls !== REPORTED && !(amount(calls) <= maxConcurrentCalls)) {
      report(`${at}: concurrentCallLimit ${JSON.stringify(calls)} is over the ceiling of ${maxConcurrentCalls} or not a number; lower it or raise maxConcurrentCalls in the policy configuration.`);
    }
  },
};
