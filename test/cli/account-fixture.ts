// A hand-made account snapshot, shaped like API responses, with every case the generator must handle.
import { emptySnapshot, type AccountSnapshot } from "../../cli/export/snapshot";

export const ids = {
  profile: "1001",
  pbx: "2001",
  pbxTwin: "2002",
  carrier: "3001",
  livekit: "4001",
  uac: "5001",
  carrierIp: "6f1a0c2e-0000-4000-8000-000000000001",
  strayIp: "6f1a0c2e-0000-4000-8000-000000000002",
  livekitFqdn: "7001",
  teamsFqdn: "7002",
  uacFqdn: "7003",
  range: "8f1a0c2e-0000-4000-8000-000000000001",
};

export const clearPassword = "Pbx-password-4242";
export const clearToken = "carrier-token-77aa";

const stamps = { created_at: "2024-01-01T00:00:00.000Z", updated_at: "2024-01-02T00:00:00.000Z" };

export function fixtureAccount(): AccountSnapshot {
  const account = emptySnapshot();
  account.outboundVoiceProfile = [
    { id: ids.profile, record_type: "outbound_voice_profile", name: "Main Profile", whitelisted_destinations: ["US", "CA"],
      concurrent_call_limit: null, daily_spend_limit: "100.00", connections_count: 3, tags: ["prod", "pulumi-telnyx-sip:0123456789abcdef"],
      call_recording: { call_recording_type: "all", call_recording_format: "mp3" }, ...stamps },
  ];
  account.credentialConnection = [
    { id: ids.pbx, record_type: "credential_connection", connection_name: "office-pbx", user_name: "officepbx01",
      password: clearPassword, webhook_event_url: "ftp://legacy.example.com/hook", active: true,
      outbound: { outbound_voice_profile_id: ids.profile, localization: "US", channel_limit: null }, ...stamps },
    // Same name as the first: the generator must still give it distinct names.
    { id: ids.pbxTwin, record_type: "credential_connection", connection_name: "office-pbx", user_name: "officepbx02",
      password: "***", ...stamps },
  ];
  account.ipConnection = [
    { id: ids.carrier, record_type: "ip_connection", connection_name: "1st carrier", transport_protocol: "UDP",
      inbound: { sip_region: "US", default_primary_ip_id: ids.carrierIp },
      outbound: { outbound_voice_profile_id: ids.profile, ip_authentication_method: "token", ip_authentication_token: clearToken },
      ...stamps },
  ];
  account.fqdnConnection = [
    { id: ids.livekit, record_type: "fqdn_connection", connection_name: "default", microsoft_teams_sbc: true,
      user_name: "fqdnabcdefghij", password: "***", txt_name: "x",
      inbound: { default_primary_fqdn_id: ids.livekitFqdn }, outbound: { outbound_voice_profile_id: ids.profile }, ...stamps },
  ];
  account.uacConnection = [
    { id: ids.uac, record_type: "uac_connection", connection_name: "customer-pbx", user_name: "uacabc123def456",
      password: "***", fqdn: "0123456789ab.uac.telnyx.com",
      external_uac_settings: { proxy: "sip:pbx.example.com", username: "telnyxreg", password: "***", transport: "TCP" },
      inbound: { sip_subdomain: "uac-0123456789ab", sip_region: "US" }, ...stamps },
  ];
  account.ip = [
    { id: ids.strayIp, record_type: "ip", ip_address: "198.51.100.7", connection_id: null, port: 5060, ...stamps },
    { id: ids.carrierIp, record_type: "ip", ip_address: "192.0.2.10", connection_id: ids.carrier, port: 5060, ...stamps },
  ];
  account.fqdn = [
    { id: ids.livekitFqdn, record_type: "fqdn", connection_id: ids.livekit, fqdn: "sip.livekit.example.com", dns_record_type: "srv", port: null, ...stamps },
    { id: ids.teamsFqdn, record_type: "fqdn", connection_id: ids.livekit, fqdn: "abcdef012345.mstsbc.telnyx.tech", dns_record_type: "a", port: 5061, ...stamps },
    { id: ids.uacFqdn, record_type: "fqdn", connection_id: ids.uac, fqdn: "0123456789ab.uac.telnyx.com", dns_record_type: "srv", port: 5060, ...stamps },
  ];
  account.accessIpRange = [
    { id: ids.range, cidr_block: "203.0.113.0/24", description: "office network", status: "added", user_id: "323", ...stamps },
  ];
  return account;
}
