import { DOCUMENTED_CODECS, type ConnectionType } from "../validate/connection";
import type { Rec } from "../store";

export const RECORD_TYPES: Record<ConnectionType, string> = {
  credential: "credential_connection",
  ip: "ip_connection",
  fqdn: "fqdn_connection",
  uac: "uac_connection",
};

/** Attenuation default depends on the noise-suppression engine. */
export function defaultAttenuation(engine: string): number {
  if (engine === "denoiser") return 0;
  if (engine === "quail_voice_focus") return 100;
  return 80;
}

/** Server-side defaults applied on create; several differ by connection type (see the field tables). */
export function connectionDefaults(type: ConnectionType): Rec {
  const ipOrFqdn = type === "ip" || type === "fqdn";
  const inbound: Rec = {
    ani_number_format: "E.164-national",
    dnis_number_format: "e164",
    channel_limit: null,
    // The default list is every documented codec.
    codecs: [...DOCUMENTED_CODECS],
    default_routing_method: type === "fqdn" ? "sequential" : null,
    generate_ringback_tone: false,
    isup_headers_enabled: false,
    prack_enabled: false,
    shaken_stir_enabled: false,
    sip_compact_headers_enabled: true,
    timeout_1xx_secs: 3,
    timeout_2xx_secs: 90,
  };
  if (type === "credential" || type === "uac") inbound.simultaneous_ringing = "disabled";
  if (type !== "credential") inbound.sip_region = "US";
  if (ipOrFqdn) Object.assign(inbound, { sip_subdomain: null, sip_subdomain_receive_settings: "from_anyone" });
  if (type === "ip") Object.assign(inbound, { default_primary_ip_id: null, default_secondary_ip_id: null, default_tertiary_ip_id: null });
  if (type === "fqdn") Object.assign(inbound, { default_primary_fqdn_id: null, default_secondary_fqdn_id: null, default_tertiary_fqdn_id: null });

  const outbound: Rec = {
    outbound_voice_profile_id: null,
    ani_override: type === "fqdn" ? null : "",
    ani_override_type: "always",
    call_parking_enabled: false,
    channel_limit: null,
    generate_ringback_tone: false,
    instant_ringback_enabled: type !== "fqdn",
    localization: type === "ip" ? null : "US",
    t38_reinvite_source: ipOrFqdn ? "customer" : "telnyx",
  };
  if (type === "ip") Object.assign(outbound, { ip_authentication_method: "tech-prefixp-charge-info", ip_authentication_token: null, tech_prefix: "" });
  if (type === "fqdn") {
    Object.assign(outbound, {
      ip_authentication_method: "ip-authentication",
      ip_authentication_token: null,
      tech_prefix: null,
      encrypted_media: null,
      timeout_1xx_secs: 3,
      timeout_2xx_secs: 90,
    });
  }

  const rec: Rec = {
    connection_name: null,
    active: true,
    anchorsite_override: "Latency",
    android_push_credential_id: null,
    ios_push_credential_id: null,
    call_cost_in_webhooks: false,
    default_on_hold_comfort_noise_enabled: ipOrFqdn,
    dtmf_type: "RFC 2833",
    encode_contact_header_enabled: false,
    encrypted_media: null,
    onnet_t38_passthrough_enabled: false,
    noise_suppression: "disabled",
    noise_suppression_details: { engine: "denoiser", attenuation_limit: 0 },
    jitter_buffer: { enable_jitter_buffer: false, jitterbuffer_msec_min: 60, jitterbuffer_msec_max: 200 },
    rtcp_settings: { capture_enabled: false, port: "rtp+1", report_frequency_secs: 5 },
    tags: [],
    webhook_event_url: null,
    webhook_event_failover_url: "",
    webhook_api_version: "1",
    webhook_timeout_secs: null,
  };
  if (ipOrFqdn) rec.transport_protocol = "UDP";
  if (type !== "uac") rec.conversation_persistence = false;
  if (type === "credential" || type === "uac") rec.sip_uri_calling_preference = "disabled";
  rec.inbound = inbound;
  rec.outbound = outbound;
  return rec;
}

const COMMON_UNSET = ["connection_name", "webhook_event_url", "outbound.outbound_voice_profile_id"];

/** Fields the official schema of each type declares non-nullable without a default: omitted while unset in "omit" mode. */
export const UNSET_OMITTED: Record<ConnectionType, readonly string[]> = {
  credential: [...COMMON_UNSET, "inbound.default_routing_method"],
  ip: [
    ...COMMON_UNSET, "inbound.default_routing_method", "inbound.sip_subdomain",
    "inbound.default_primary_ip_id", "inbound.default_secondary_ip_id", "inbound.default_tertiary_ip_id",
  ],
  fqdn: [
    ...COMMON_UNSET, "outbound.ani_override", "outbound.channel_limit", "outbound.ip_authentication_token", "outbound.tech_prefix",
    "txt_name", "txt_value", "txt_ttl",
  ],
  uac: [
    ...COMMON_UNSET, "inbound.default_routing_method", "external_uac_settings.username", "external_uac_settings.password",
    "external_uac_settings.proxy", "internal_uac_settings.destination_uri",
  ],
};
