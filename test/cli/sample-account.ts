// A realistic account built through the SDK only (as a user's existing setup would be): 30 objects of every type,
// connections referencing profiles, addresses and hostnames on their connections, and varied, non-default settings.
import {
  TelnyxClient, accessIpRange, credentialConnection, fqdn, fqdnConnection, ip, ipConnection, outboundVoiceProfile,
  uacConnection,
} from "../../sdk";

export const sampleSecrets = {
  pbxPassword: (i: number) => `Pbx-password-${i}${i}${i}1`,
  carrierToken: "carrier-token-5f3a9c",
  uacPassword: "Uac-register-9931",
};

export async function buildSampleAccount(client: TelnyxClient): Promise<number> {
  let count = 0;
  const created = <T>(obj: T) => (count++, obj);

  const profiles: string[] = [];
  for (const [i, name] of ["main-profile", "intl-profile", "budget-profile", "recording-profile"].entries()) {
    const profile = await client.resource(outboundVoiceProfile).create({
      name,
      whitelisted_destinations: i === 1 ? ["US", "CA", "GB", "FR"] : ["US", "CA"],
      concurrent_call_limit: 10 * (i + 1),
      daily_spend_limit: `${50 * (i + 1)}.00`,
      daily_spend_limit_enabled: i !== 2,
      tags: ["sample", name],
      call_recording: i === 3 ? { call_recording_type: "all", call_recording_channels: "dual", call_recording_format: "mp3" } : undefined,
    });
    profiles.push(String(created(profile).id));
  }

  for (let i = 1; i <= 3; i++) {
    created(await client.resource(credentialConnection).create({
      connection_name: `office-pbx-${i}`,
      user_name: `officepbx0${i}`,
      password: sampleSecrets.pbxPassword(i),
      sip_uri_calling_preference: i === 1 ? "internal" : "disabled",
      inbound: { codecs: i === 2 ? ["G711U", "G722"] : ["G722", "G711U", "G711A"], channel_limit: 5 * i },
      outbound: { outbound_voice_profile_id: profiles[i % 2], localization: "US" },
      tags: ["office"],
    }));
  }

  for (let i = 1; i <= 3; i++) {
    const trunk = created(await client.resource(ipConnection).create({
      connection_name: `carrier-${i}`,
      transport_protocol: i === 2 ? "TCP" : "UDP",
      inbound: { default_routing_method: "round-robin", sip_region: i === 3 ? "Europe" : "US" },
      outbound: i === 1
        ? { outbound_voice_profile_id: profiles[0], ip_authentication_method: "token", ip_authentication_token: sampleSecrets.carrierToken }
        : { outbound_voice_profile_id: profiles[2], tech_prefix: "1234" },
    }));
    for (let n = 1; n <= (i === 1 ? 3 : 2); n++) {
      created(await client.resource(ip).create({ ip_address: `192.0.2.${10 * i + n}`, connection_id: String(trunk.id), port: 5060 + n - 1 }));
    }
  }

  const hostnames = [["sip.livekit.example.com", "a"], ["sip2.livekit.example.com", "srv"]] as const;
  for (let i = 1; i <= 3; i++) {
    const trunk = created(await client.resource(fqdnConnection).create({
      connection_name: i === 3 ? "teams-sbc" : `livekit-${i}`,
      transport_protocol: "TCP",
      microsoft_teams_sbc: i === 3,
      inbound: { codecs: ["OPUS", "G722"] },
      outbound: { outbound_voice_profile_id: profiles[3], timeout_1xx_secs: 5 },
    }));
    for (const [host, type] of i === 3 ? hostnames.slice(0, 1) : hostnames) {
      const body = { connection_id: String(trunk.id), fqdn: `${i}.${host}`, dns_record_type: type };
      created(await client.resource(fqdn).create(type === "a" ? { ...body, port: 5070 } : body));
    }
  }

  for (let i = 1; i <= 2; i++) {
    created(await client.resource(uacConnection).create({
      connection_name: `customer-pbx-${i}`,
      external_uac_settings: { proxy: `sip:pbx${i}.customer.example.com:5060`, username: `telnyxreg${i}`, password: sampleSecrets.uacPassword, transport: "TCP" },
      internal_uac_settings: { destination_uri: `100${i}@assistant-abc123.sip.telnyx.com` },
      outbound: { outbound_voice_profile_id: profiles[1] },
    }));
  }

  for (const [i, cidr] of ["203.0.113.0/24", "198.51.100.0/25", "2001:db8::/48"].entries()) {
    created(await client.resource(accessIpRange).create({ cidr_block: cidr, description: `site ${i + 1}` }));
  }
  return count;
}
