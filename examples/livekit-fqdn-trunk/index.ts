// An FQDN trunk to a LiveKit SIP endpoint: Telnyx delivers calls to your LiveKit project over TCP, offering OPUS first
// (OPUS needs TCP or TLS), and LiveKit agents call out through the profile.
import * as pulumi from "@pulumi/pulumi";
import * as telnyx from "pulumi-telnyx-sip";

const config = new pulumi.Config();
/** Your project's SIP URI host, from the LiveKit console (Settings, SIP URI). */
const livekitSipHost = config.get("livekitSipHost") ?? "5t4jkx2m9qa.sip.livekit.cloud";

const profile = new telnyx.OutboundVoiceProfile("livekit-outbound", {
  whitelistedDestinations: ["US", "CA"],
  concurrentCallLimit: 20,
  dailySpendLimit: "100.00",
  dailySpendLimitEnabled: true,
});

const trunk = new telnyx.FqdnConnection("livekit", {
  transportProtocol: "TCP",
  inbound: { codecs: ["OPUS", "G722", "G711U"], dnisNumberFormat: "+e164", channelLimit: 20 },
  outbound: { outboundVoiceProfileId: profile.id, channelLimit: 20 },
});

const host = new telnyx.Fqdn("livekit-sip", {
  connectionId: trunk.id,
  fqdn: livekitSipHost,
  dnsRecordType: "a",
  port: 5060,
});

export const connectionId = trunk.id;
export const fqdnId = host.id;
