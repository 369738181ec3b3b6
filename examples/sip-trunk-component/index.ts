// Three trunks declared with the SipTrunk component: an IP trunk to a branch office's SBCs with its own outbound voice
// profile, and two trunks sharing that profile: a credential trunk for the front desk PBX and an FQDN trunk to LiveKit.
import * as pulumi from "@pulumi/pulumi";
import * as telnyx from "pulumi-telnyx-sip";

const config = new pulumi.Config();

const branch = new telnyx.SipTrunk("branch-office", {
  kind: "ip",
  ips: [{ ipAddress: "203.0.113.20" }, { ipAddress: "203.0.113.21" }], // two addresses: round-robin by default
  connection: { transportProtocol: "UDP", inbound: { channelLimit: 20 }, outbound: { localization: "US", channelLimit: 20 } },
  outboundVoiceProfile: {
    whitelistedDestinations: ["US", "CA", "MX"],
    dailySpendLimit: "75.00",
    dailySpendLimitEnabled: true,
    concurrentCallLimit: 30,
  },
});

const frontDesk = new telnyx.SipTrunk("front-desk", {
  kind: "credential",
  userName: "frontdesk01",
  password: config.requireSecret("pbxPassword"),
  connection: { inbound: { channelLimit: 4 }, outbound: { channelLimit: 4 } },
  outboundVoiceProfile: { id: branch.outboundVoiceProfileId },
});

const voiceAgents = new telnyx.SipTrunk("voice-agents", {
  kind: "fqdn",
  fqdns: [{ fqdn: "5t4jkx2m9qa.sip.livekit.cloud", dnsRecordType: "a", port: 5060 }],
  // OPUS needs TCP or TLS
  connection: { transportProtocol: "TCP", inbound: { codecs: ["OPUS", "G722", "G711U"], channelLimit: 10 }, outbound: { channelLimit: 10 } },
  outboundVoiceProfile: { id: branch.outboundVoiceProfileId },
});

export const branchConnectionId = branch.connectionId;
export const branchIpIds = branch.ips.map((ip) => ip.id);
export const outboundVoiceProfileId = branch.outboundVoiceProfileId;
export const frontDeskConnectionId = frontDesk.connectionId;
export const voiceAgentsConnectionId = voiceAgents.connectionId;
