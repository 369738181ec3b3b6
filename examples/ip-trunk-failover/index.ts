// An IP trunk to a pair of SBCs plus a standby in another site: Telnyx authenticates calls by source address and
// spreads inbound calls round-robin over the addresses, skipping one that does not answer.
import * as telnyx from "pulumi-telnyx-sip";

const profile = new telnyx.OutboundVoiceProfile("sbc-outbound", {
  whitelistedDestinations: ["US", "CA"],
  // A cap on what a compromised SBC could spend or run at once (the repo's policy pack requires both).
  concurrentCallLimit: 60,
  dailySpendLimit: "300.00",
  dailySpendLimitEnabled: true,
});

const trunk = new telnyx.IpConnection("sbc-trunk", {
  transportProtocol: "UDP",
  inbound: {
    defaultRoutingMethod: "round-robin",
    codecs: ["G711U", "G711A", "G729"],
    sipRegion: "US",
    channelLimit: 60,
  },
  outbound: { outboundVoiceProfileId: profile.id, localization: "US", channelLimit: 60 },
});

const sbcs = [
  { ipAddress: "192.0.2.10", port: 5060 }, // SBC A, primary site
  { ipAddress: "192.0.2.11", port: 5060 }, // SBC B, primary site
  { ipAddress: "198.51.100.20", port: 5080 }, // standby, second site
];
const ips = sbcs.map((sbc, i) => new telnyx.Ip(`sbc-${i + 1}`, { connectionId: trunk.id, ...sbc }));

export const connectionId = trunk.id;
export const ipIds = ips.map((ip) => ip.id);
