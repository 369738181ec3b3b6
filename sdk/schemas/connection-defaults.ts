/**
 * What the API sets a connection's writable fields to when a create leaves them out: the official OpenAPI document's
 * `default`s, and the field tables' per-type defaults where the spec has none. `null` means "unset". Several differ by
 * connection type. The provider resets a field the program stops declaring to this value (provider/core/removed.ts);
 * test/provider/removed-defaults.test.ts holds it against the official spec and what the emulator creates.
 */
export type ConnectionType = "credential" | "ip" | "fqdn" | "uac";

const DEFAULT_CODECS = ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"];

export function connectionDefaults(type: ConnectionType): Record<string, unknown> {
  const ipOrFqdn = type === "ip" || type === "fqdn";
  const inbound: Record<string, unknown> = {
    ani_number_format: "E.164-national",
    dnis_number_format: "e164",
    channel_limit: null,
    codecs: DEFAULT_CODECS,
    default_routing_method: type === "fqdn" ? "sequential" : null,
    generate_ringback_tone: false,
    isup_headers_enabled: false,
    prack_enabled: false,
    shaken_stir_enabled: false,
    sip_compact_headers_enabled: true,
    timeout_1xx_secs: 3,
    timeout_2xx_secs: 90,
    ...(type === "credential" || type === "uac" ? { simultaneous_ringing: "disabled" } : {}),
    ...(type !== "credential" ? { sip_region: "US" } : {}),
    ...(ipOrFqdn ? { sip_subdomain: null, sip_subdomain_receive_settings: "from_anyone" } : {}),
    ...(type === "fqdn" ? { default_primary_fqdn_id: null, default_secondary_fqdn_id: null, default_tertiary_fqdn_id: null } : {}),
  };
  const outbound: Record<string, unknown> = {
    outbound_voice_profile_id: null,
    // FQDN connections leave ani_override and tech_prefix out while unset, and "" clears them (removed.ts falls back to it).
    ...(type !== "fqdn" ? { ani_override: "" } : {}),
    ani_override_type: "always",
    call_parking_enabled: false,
    channel_limit: null,
    generate_ringback_tone: false,
    instant_ringback_enabled: type !== "fqdn",
    localization: type === "ip" ? null : "US",
    t38_reinvite_source: ipOrFqdn ? "customer" : "telnyx",
    ...(type === "ip" ? { ip_authentication_method: "tech-prefixp-charge-info", ip_authentication_token: null, tech_prefix: "" } : {}),
    ...(type === "fqdn"
      ? { ip_authentication_method: "ip-authentication", ip_authentication_token: null, encrypted_media: null, timeout_1xx_secs: 3, timeout_2xx_secs: 90 }
      : {}),
  };
  return {
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
    ...(ipOrFqdn ? { transport_protocol: "UDP" } : {}),
    ...(type !== "uac" ? { conversation_persistence: false } : {}),
    ...(type === "fqdn" ? { microsoft_teams_sbc: false } : {}),
    ...(type === "credential" || type === "uac" ? { sip_uri_calling_preference: "disabled" } : {}),
    ...(type === "uac"
      ? {
          external_uac_settings: {
            auth_username: null, outbound_proxy: null, transport: null, expiration_sec: null, from_user: null, user_agent: null,
          },
        }
      : {}),
    inbound,
    outbound,
  };
}
