import { z } from "zod";
import { compareAs, describe, secret } from "../schema-meta";
import { httpUrlOrEmpty, intRange, nonEmpty, oneOf, uuid } from "./formats";
import { documentedCodecs } from "./codecs";

/* §2.1-2.4: fields shared by credential, ip, fqdn and uac connections. */

export const anchorsites = [
  "Latency", "Chicago, IL", "Ashburn, VA", "San Jose, CA", "Sydney, Australia",
  "Amsterdam, Netherlands", "London, UK", "Toronto, Canada", "Vancouver, Canada", "Frankfurt, Germany",
] as const;

export const noiseSuppressionEngines = [
  "denoiser", "deep_filter_net", "deep_filter_net_large", "krisp_viva_tel", "krisp_viva_tel_lite",
  "krisp_viva_promodel", "krisp_viva_ss", "quail_voice_focus",
] as const;

export const rtcpSettings = z.strictObject({
  capture_enabled: describe(z.boolean().optional(), "Capture RTCP for portal QoS reports (beta)."),
  port: describe(oneOf(["rtcp-mux", "rtp+1"]).optional(), "RTCP port: rtcp-mux or rtp+1 (default rtp+1)."),
  report_frequency_secs: describe(intRange(5, 3000).optional(), "RTCP report interval, 5-3000 s (default 5)."),
});

export const jitterBuffer = z
  .strictObject({
    enable_jitter_buffer: describe(z.boolean().optional(), "Enable the jitter buffer (default false)."),
    jitterbuffer_msec_min: describe(intRange(40, 400).optional(), "Minimum jitter buffer, 40-400 ms (default 60)."),
    jitterbuffer_msec_max: describe(intRange(40, 400).optional(), "Maximum jitter buffer, 40-400 ms (default 200)."),
  })
  .superRefine((v, ctx) => {
    if (typeof v.jitterbuffer_msec_min === "number" && typeof v.jitterbuffer_msec_max === "number" && v.jitterbuffer_msec_min > v.jitterbuffer_msec_max) {
      ctx.addIssue({ code: "custom", path: ["jitterbuffer_msec_min"], message: "must not exceed jitterbuffer_msec_max" });
    }
  });

export const noiseSuppressionDetails = z.strictObject({
  engine: describe(oneOf(noiseSuppressionEngines).optional(), "Noise suppression engine (default denoiser)."),
  attenuation_limit: describe(
    z.number().int({ error: "must be a whole number" }).min(0, "must be 0-100 in steps of 10").max(100, "must be 0-100 in steps of 10")
      .multipleOf(10, "must be 0-100 in steps of 10").optional(),
    "Maximum attenuation, 0-100 in steps of 10.",
  ),
});

/** Writable on every connection type; connection_name is optional here and made required per type. */
export const connectionCommonShape = {
  connection_name: describe(nonEmpty().optional(), "Connection name."),
  active: describe(z.boolean().optional(), "Whether the connection is enabled (default true)."),
  anchorsite_override: describe(oneOf(anchorsites).optional(), "Media anchor site (default Latency)."),
  android_push_credential_id: describe(uuid().nullable().optional(), "Android push credential UUID."),
  ios_push_credential_id: describe(uuid().nullable().optional(), "iOS push credential UUID."),
  call_cost_in_webhooks: describe(z.boolean().optional(), "Include call cost in webhooks (default false)."),
  default_on_hold_comfort_noise_enabled: describe(z.boolean().optional(), "Play comfort noise while on hold."),
  dtmf_type: describe(oneOf(["RFC 2833", "Inband", "SIP INFO"]).optional(), "DTMF mode toward the customer (default RFC 2833)."),
  encode_contact_header_enabled: describe(z.boolean().optional(), "Encode the SIP Contact header (NAT helper)."),
  encrypted_media: describe(oneOf(["SRTP"]).nullable().optional(), "SRTP or null; not allowed with TLS transport."),
  onnet_t38_passthrough_enabled: describe(z.boolean().optional(), "Pass T.38 through for on-net calls."),
  noise_suppression: describe(oneOf(["inbound", "outbound", "both", "disabled"]).optional(), "Noise suppression direction."),
  noise_suppression_details: describe(noiseSuppressionDetails.optional(), "Noise suppression engine settings."),
  jitter_buffer: describe(jitterBuffer.optional(), "Jitter buffer settings."),
  rtcp_settings: describe(rtcpSettings.optional(), "RTCP settings."),
  tags: describe(compareAs(z.array(z.string()), "set").optional(), "Tags (unordered)."),
  webhook_event_url: describe(httpUrlOrEmpty().nullable().optional(), 'Webhook URL (http or https); "" or null clears it.'),
  webhook_event_failover_url: describe(httpUrlOrEmpty().nullable().optional(), "Failover webhook URL; \"\" unsets."),
  webhook_api_version: describe(oneOf(["1", "2"]).optional(), "Webhook API version (default 1)."),
  webhook_timeout_secs: describe(intRange(0, 30).nullable().optional(), "Webhook timeout, 0-30 s."),
};

/** Credential, IP and FQDN connections (not UAC): the official SDK's types carry it; newer than the vendored spec. */
export const conversationPersistence = describe(
  z.boolean().optional(),
  "Transcribe, store and index the calls of this connection (default false).",
);

/** Credential and UAC connections also accept "texml", only with outbound.call_parking_enabled. */
export const webhookApiVersionWithTexml = describe(
  oneOf(["1", "2", "texml"]).optional(),
  "Webhook API version: 1, 2 or texml (texml needs outbound.call_parking_enabled).",
);

export const connectionUserName = describe(
  z.string().regex(/^(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{4,32}$/, "must be 4-32 letters or digits, with a letter among the first 5"),
  "SIP user name: 4-32 alphanumerics, a letter in the first 5.",
);

export const connectionPassword = describe(
  secret(z.string().min(8, "must be 8-128 characters").max(128, "must be 8-128 characters")),
  "SIP password, 8-128 characters.",
);

export const sipUriCallingPreference = describe(
  oneOf(["disabled", "unrestricted", "internal"]).optional(),
  "Who may call this connection by SIP URI.",
);

/** Read-only fields every API object in this family carries. */
export const computedShape = {
  id: describe(z.string(), "Telnyx id (numeric string)."),
  record_type: describe(z.string(), "Object type."),
  created_at: describe(z.string(), "Creation time (ISO-8601)."),
  updated_at: describe(z.string(), "Last update time (ISO-8601)."),
};

type RuleCtx = z.core.$RefinementCtx;

/** webhook_api_version "texml" is accepted only together with outbound.call_parking_enabled = true. */
export function texmlNeedsCallParking(v: { webhook_api_version?: string; outbound?: { call_parking_enabled?: boolean | null } }, ctx: RuleCtx) {
  if (v.webhook_api_version === "texml" && v.outbound?.call_parking_enabled !== true) {
    ctx.addIssue({ code: "custom", path: ["webhook_api_version"], message: '"texml" requires outbound.call_parking_enabled = true' });
  }
}

const transportBoundCodecs = ["OPUS", "H.264"];

/** The codec list Telnyx gives a connection that sets none: the documented list, in its documented order. */
const isTheDefaultList = (codecs: unknown[]): boolean =>
  codecs.length === documentedCodecs.length && codecs.every((c, i) => typeof c === "string" && c.toUpperCase() === documentedCodecs[i]);

/**
 * The spec: "OPUS and H.264 codecs are available only when using TCP or TLS transport for SIP". A codec list the program
 * declares may name them only where the connection's transport is TCP or TLS: `transport_protocol` of IP and FQDN
 * connections (UDP when left out, the API's default), `external_uac_settings.transport` of UAC connections (checked
 * when declared: the spec gives it no default). A credential connection has no transport of its own (the registering
 * device picks it), so there is nothing to check at preview. The API's own default list names them too, and Telnyx gives
 * it to every UDP connection: written out whole (as an export of an untouched connection writes it), it asks for nothing
 * Telnyx does not already do, and is accepted.
 */
export function codecsNeedTransport(where: "transport_protocol" | "external_uac_settings.transport") {
  return (v: { transport_protocol?: unknown; external_uac_settings?: { transport?: unknown } | null; inbound?: { codecs?: unknown } }, ctx: RuleCtx) => {
    const codecs = v.inbound?.codecs;
    if (!Array.isArray(codecs)) return;
    const declared = where === "transport_protocol" ? v.transport_protocol : v.external_uac_settings?.transport;
    const transport = declared ?? (where === "transport_protocol" ? "UDP" : undefined);
    if (typeof transport !== "string" || transport.toUpperCase() !== "UDP") return;
    const bound = codecs.filter((c) => typeof c === "string" && transportBoundCodecs.includes(c.toUpperCase()));
    if (bound.length === 0 || isTheDefaultList(codecs)) return;
    const named = bound.join(" and ");
    ctx.addIssue({
      code: "custom",
      path: ["inbound", "codecs"],
      message: `${named} work only over TCP or TLS, and ${where} is UDP${declared === undefined ? " (the default)" : ""}: ` +
        `remove ${named} from the list, or set ${where} to TCP or TLS`,
    });
  };
}

/** The API refuses SRTP together with TLS transport. */
export function noSrtpWithTls(
  v: { transport_protocol?: string; encrypted_media?: string | null; outbound?: object },
  ctx: RuleCtx,
) {
  // Object checks also run when a field failed, so the value may not be a string.
  if (String(v.transport_protocol).toUpperCase() !== "TLS") return;
  if (v.encrypted_media === "SRTP") {
    ctx.addIssue({ code: "custom", path: ["encrypted_media"], message: "SRTP cannot be combined with TLS transport_protocol" });
  }
  // Only FQDN connections have outbound.encrypted_media.
  if ((v.outbound as { encrypted_media?: string | null } | undefined)?.encrypted_media === "SRTP") {
    ctx.addIssue({ code: "custom", path: ["outbound", "encrypted_media"], message: "SRTP cannot be combined with TLS transport_protocol" });
  }
}

/** What every connection type shares as a REST resource: {data} envelopes, 201 on create, pages of up to 250. */
export const connectionResource = {
  envelope: "data",
  createStatus: 201,
  updatable: true,
  gettable: true,
  defaultPageSize: 250,
  maxPageSize: 250,
  nameField: "connection_name",
} as const;
