import { z } from "zod";
import { describe, secret } from "../schema-meta";
import { countryCode, e164OrEmpty, intRange, nonEmpty, oneOf } from "./formats";

/* §2.7: the `outbound` object, per connection type. */

const outboundCommonShape = {
  outbound_voice_profile_id: describe(nonEmpty().nullable().optional(), "Outbound voice profile that routes outbound calls."),
  ani_override: describe(e164OrEmpty().optional(), "Caller-ID number override, E.164; \"\" for none."),
  ani_override_type: describe(oneOf(["always", "normal", "emergency"]).optional(), "When the ANI override applies (default always)."),
  call_parking_enabled: describe(z.boolean().nullable().optional(), "Park SIP-originated calls for Call Control."),
  channel_limit: describe(
    z.number().int({ error: "must be a whole number" }).min(0, "must be 0 or more").nullable().optional(),
    "Maximum concurrent outbound calls; null for no limit.",
  ),
  generate_ringback_tone: describe(z.boolean().optional(), "Generate ringback for outbound calls."),
  instant_ringback_enabled: describe(z.boolean().optional(), "Send ringback immediately."),
  localization: describe(countryCode().nullable().optional(), "Dialing-rules country, ISO alpha-2 (e.g. US)."),
  t38_reinvite_source: describe(
    oneOf(["telnyx", "customer", "disabled", "passthru", "caller-passthru", "callee-passthru"]).optional(),
    "Who sends the T.38 re-INVITE.",
  ),
};

const ipAuthenticationToken = describe(
  secret(z.string().regex(/^[A-Za-z0-9-]{12,48}$/, "must be 12-48 letters, digits or hyphens").nullable().optional()),
  "Token the PBX sends in X-Telnyx-Token.",
);
const techPrefix = describe(
  z.string().regex(/^(\d{4})?$/, 'must be exactly 4 digits, or "" for none').optional(),
  "4-digit prefix your PBX prepends to dialed numbers.",
);

export const credentialOutbound = z.strictObject(outboundCommonShape);

export const uacOutbound = z.strictObject(outboundCommonShape);

export const ipOutbound = z.strictObject({
  ...outboundCommonShape,
  ip_authentication_method: describe(oneOf(["tech-prefixp-charge-info", "token"]).optional(), "How outbound calls are authenticated."),
  ip_authentication_token: ipAuthenticationToken,
  tech_prefix: techPrefix,
});

export const fqdnOutbound = z.strictObject({
  ...outboundCommonShape,
  ip_authentication_method: describe(
    oneOf(["credential-authentication", "ip-authentication"]).optional(),
    "How outbound calls are authenticated (default ip-authentication).",
  ),
  ip_authentication_token: ipAuthenticationToken,
  tech_prefix: techPrefix,
  encrypted_media: describe(oneOf(["SRTP"]).nullable().optional(), "SRTP or null for outbound media."),
  timeout_1xx_secs: describe(intRange(1, 120).optional(), "Seconds to wait for a 1xx, 1-120 (default 3)."),
  timeout_2xx_secs: describe(intRange(1, 600).optional(), "Seconds to wait for a 2xx, 1-600 (default 90)."),
});
