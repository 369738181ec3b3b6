import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { compareAs, describe } from "../schema-meta";
import { computedShape } from "./connection-common";
import { countryCode, e164, oneOf, usdAmount, uuid } from "./formats";
import { lenient } from "./lenient";

/* §10: outbound routing, destinations and spend limits shared by connections. */

const time = () =>
  z.string().regex(
    /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?Z?$/,
    "must be a UTC time HH:MM or HH:MM:SS(.ss)Z, e.g. 08:00 or 08:00:00.00Z",
  );

export const callRecording = z.strictObject({
  call_recording_type: describe(oneOf(["all", "none", "by_caller_phone_number"]).optional(), "Which calls are recorded."),
  call_recording_caller_phone_numbers: describe(
    compareAs(z.array(e164()), "set").optional(),
    "E.164 caller numbers to record (with by_caller_phone_number).",
  ),
  call_recording_channels: describe(oneOf(["single", "dual"]).optional(), "single or dual channel (default single)."),
  call_recording_format: describe(oneOf(["wav", "mp3"]).optional(), "wav or mp3 (default wav)."),
});

export const callingWindow = z.strictObject({
  start_time: describe(time().optional(), "Start of the calling window (UTC)."),
  end_time: describe(time().optional(), "End of the calling window (UTC)."),
  calls_per_cld: describe(
    z.number().int({ error: "must be a whole number" }).min(0, "must be 0 or more").nullable().optional(),
    "Calls per called number in the window; null for no limit.",
  ),
});

/** Recording "by caller phone number" with no number would record nothing: the spec's rule for the list, made explicit. */
function recordingNeedsNumbers(v: { call_recording?: { call_recording_type?: unknown; call_recording_caller_phone_numbers?: unknown } | null }, ctx: z.core.$RefinementCtx) {
  const recording = v.call_recording;
  const numbers = recording?.call_recording_caller_phone_numbers;
  if (recording?.call_recording_type === "by_caller_phone_number" && !(Array.isArray(numbers) && numbers.length > 0)) {
    ctx.addIssue({
      code: "custom",
      path: ["call_recording", "call_recording_caller_phone_numbers"],
      message: "must list at least one E.164 number when call_recording_type is by_caller_phone_number: only calls from these numbers are recorded",
    });
  }
}

/** Optional fields also take null, as the Terraform provider sends to clear one (the API restores the default or unsets it). */
const fieldsShape = {
  name: describe(z.string().min(3, "must be at least 3 characters"), "Profile name (at least 3 characters)."),
  enabled: describe(z.boolean().nullable().optional(), "Allow outbound calls (default true)."),
  traffic_type: describe(oneOf(["conversational"]).nullable().optional(), "Traffic type: conversational."),
  service_plan: describe(oneOf(["global"]).nullable().optional(), "Service plan: global."),
  usage_payment_method: describe(oneOf(["rate-deck"]).nullable().optional(), "Payment method: rate-deck."),
  whitelisted_destinations: describe(
    compareAs(z.array(countryCode()), "set").nullable().optional(),
    "Allowed destination countries, ISO alpha-2 (default US, CA).",
  ),
  concurrent_call_limit: describe(
    z.number().int({ error: "must be a whole number" }).min(1, "must be 1 or more").nullable().optional(),
    "Concurrent call limit; null for unlimited.",
  ),
  daily_spend_limit: describe(
    usdAmount().nullable().optional(),
    "Daily spend limit in USD, as a string.",
  ),
  daily_spend_limit_enabled: describe(z.boolean().nullable().optional(), "Enforce the daily spend limit."),
  max_destination_rate: describe(z.number().min(0, "must be 0 or more").nullable().optional(), "Maximum per-minute rate (USD)."),
  billing_group_id: describe(uuid().nullable().optional(), "Billing group UUID."),
  tags: describe(compareAs(z.array(z.string()), "set").nullable().optional(), "Tags (unordered)."),
  call_recording: describe(callRecording.nullable().optional(), "Call recording settings."),
  calling_window: describe(callingWindow.nullable().optional(), "Calling window (beta)."),
};

export const outboundVoiceProfile = {
  ...routes.outboundVoiceProfile,
  recordType: "outbound_voice_profile",
  fields: z.strictObject(fieldsShape).superRefine(recordingNeedsNumbers),
  response: lenient(
    z.object({ ...fieldsShape, ...computedShape, connections_count: describe(z.number(), "Number of linked connections.") }),
  ),
  envelope: "data",
  createStatus: 200,
  updatable: true,
  gettable: true,
  requiredOnUpdate: ["name"],
  defaults: {
    enabled: true,
    traffic_type: "conversational",
    service_plan: "global",
    usage_payment_method: "rate-deck",
    whitelisted_destinations: ["US", "CA"],
    concurrent_call_limit: null,
    daily_spend_limit: null,
    daily_spend_limit_enabled: false,
    max_destination_rate: null,
    billing_group_id: null,
    tags: [],
    call_recording: {
      call_recording_type: "none",
      call_recording_caller_phone_numbers: [],
      call_recording_channels: "single",
      call_recording_format: "wav",
    },
    calling_window: null,
  },
  defaultPageSize: 20,
  maxPageSize: 250,
  nameField: "name",
} satisfies ResourceSpec;

export type OutboundVoiceProfile = z.infer<typeof outboundVoiceProfile.response>;
export type OutboundVoiceProfileCreate = z.input<typeof outboundVoiceProfile.fields>;
