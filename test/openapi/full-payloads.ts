/** Official fields newer than the vendored spec: in the official Node SDK's types (telnyx 7.24). */
export const NEWER_THAN_SPEC = ["conversation_persistence", "external_uac_settings.user_agent"];

/*
 * Request bodies that set every field of the official request schemas (test/fixtures/openapi), with valid values.
 * openapi-conformance.test.ts checks they are complete and valid against the spec before using them.
 */

const common = (name: string) => ({
  connection_name: name,
  active: true,
  anchorsite_override: "Amsterdam, Netherlands",
  android_push_credential_id: null,
  ios_push_credential_id: null,
  call_cost_in_webhooks: true,
  default_on_hold_comfort_noise_enabled: true,
  dtmf_type: "Inband",
  encode_contact_header_enabled: true,
  encrypted_media: "SRTP",
  onnet_t38_passthrough_enabled: true,
  noise_suppression: "both",
  noise_suppression_details: { engine: "krisp_viva_tel", attenuation_limit: 70 },
  jitter_buffer: { enable_jitter_buffer: true, jitterbuffer_msec_min: 80, jitterbuffer_msec_max: 300 },
  rtcp_settings: { capture_enabled: true, port: "rtcp-mux", report_frequency_secs: 10 },
  tags: ["fidelity", "full"],
  webhook_event_url: "https://hooks.example.com/telnyx",
  webhook_event_failover_url: "https://backup.example.com/telnyx",
  webhook_api_version: "2",
  webhook_timeout_secs: 25,
});

const inboundCommon = {
  ani_number_format: "+E.164",
  dnis_number_format: "+e164",
  channel_limit: 10,
  codecs: ["G722", "G711U"],
  default_routing_method: "round-robin",
  generate_ringback_tone: true,
  isup_headers_enabled: true,
  prack_enabled: true,
  shaken_stir_enabled: true,
  sip_compact_headers_enabled: false,
  timeout_1xx_secs: 5,
  timeout_2xx_secs: 60,
};

const outboundCommon = (profileId: string) => ({
  outbound_voice_profile_id: profileId,
  ani_override: "+13125550100",
  ani_override_type: "normal",
  call_parking_enabled: true,
  channel_limit: 20,
  generate_ringback_tone: true,
  instant_ringback_enabled: false,
  localization: "GB",
  t38_reinvite_source: "disabled",
});

export const fullCredentialConnection = (profileId: string) => ({
  ...common("full-credential"),
  conversation_persistence: true,
  user_name: "fullcred01",
  password: "full-password-123",
  sip_uri_calling_preference: "internal",
  inbound: { ...inboundCommon, simultaneous_ringing: "enabled" },
  outbound: outboundCommon(profileId),
});

export const fullIpConnection = (profileId: string) => ({
  ...common("full-ip"),
  encrypted_media: null,
  conversation_persistence: true,
  transport_protocol: "TCP",
  inbound: { ...inboundCommon, sip_region: "Europe", sip_subdomain: "fullip", sip_subdomain_receive_settings: "only_my_connections" },
  outbound: { ...outboundCommon(profileId), ip_authentication_method: "token", ip_authentication_token: "token-1234567890", tech_prefix: "0123" },
});

export const fullFqdnConnection = (profileId: string) => ({
  ...common("full-fqdn"),
  conversation_persistence: true,
  transport_protocol: "UDP",
  microsoft_teams_sbc: false,
  inbound: {
    ...inboundCommon,
    sip_region: "Australia",
    sip_subdomain: "fullfqdn",
    sip_subdomain_receive_settings: "from_anyone",
    default_primary_fqdn_id: null,
    default_secondary_fqdn_id: null,
    default_tertiary_fqdn_id: null,
  },
  outbound: {
    ...outboundCommon(profileId),
    ip_authentication_method: "credential-authentication",
    ip_authentication_token: "token-abcdefghijkl",
    tech_prefix: "4567",
    encrypted_media: "SRTP",
    timeout_1xx_secs: 4,
    timeout_2xx_secs: 80,
  },
});

/** microsoft_teams_sbc is create-only: the update schema lacks it. */
export const fullFqdnConnectionUpdate = (profileId: string) => {
  const { microsoft_teams_sbc: _createOnly, ...rest } = fullFqdnConnection(profileId);
  return rest;
};

export const fullUacConnection = (profileId: string) => ({
  ...common("full-uac"),
  user_name: "fulluac01",
  password: "full-uac-password",
  sip_uri_calling_preference: "unrestricted",
  external_uac_settings: {
    username: "pbx-user",
    password: "pbx-password-1",
    auth_username: "pbx-auth",
    proxy: "sip:pbx.example.com:5060",
    outbound_proxy: "edge.example.com:5061",
    transport: "TCP",
    expiration_sec: 600,
    from_user: "pbx-from",
    user_agent: "Acme-PBX-Trunk/1.0",
  },
  internal_uac_settings: { destination_uri: "1006@assistant-abc123.sip.telnyx.com" },
  inbound: { ...inboundCommon, simultaneous_ringing: "enabled", sip_region: "Europe" },
  outbound: outboundCommon(profileId),
});

export const fullOutboundVoiceProfile = {
  name: "full-profile",
  enabled: true,
  traffic_type: "conversational",
  service_plan: "global",
  usage_payment_method: "rate-deck",
  whitelisted_destinations: ["US", "CA", "GB"],
  concurrent_call_limit: 30,
  daily_spend_limit: "150.00",
  daily_spend_limit_enabled: true,
  max_destination_rate: 0.25,
  billing_group_id: null,
  tags: ["fidelity"],
  call_recording: {
    call_recording_type: "by_caller_phone_number",
    call_recording_caller_phone_numbers: ["+13125550100"],
    call_recording_channels: "dual",
    call_recording_format: "mp3",
  },
  calling_window: { start_time: "08:00:00Z", end_time: "20:00:00Z", calls_per_cld: 5 },
};

export const fullIp = (connectionId: string) => ({ ip_address: "203.0.113.10", connection_id: connectionId, port: 5080 });
export const fullFqdn = (connectionId: string) => ({ fqdn: "pbx.example.com", connection_id: connectionId, dns_record_type: "a", port: 5070 });
export const fullAccessIpRange = { cidr_block: "198.51.100.0/24", description: "office" };
