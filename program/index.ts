// The root program that `npm start` deploys: a complete SIP trunking setup on Telnyx, every resource type in use.
import * as pulumi from "@pulumi/pulumi";
import * as sip from "pulumi-telnyx-sip";

const config = new pulumi.Config();
/** Set `namePrefix` to clone this whole setup into the same account next to the original. */
const prefix = config.get("namePrefix") ?? "";
const named = (name: string) => `${prefix}${name}`;
const userName = (name: string) => `${prefix.replace(/[^A-Za-z0-9]/g, "")}${name}`.slice(0, 32);

// Where outbound calls may go and what they may cost.
const profile = new sip.OutboundVoiceProfile("main-profile", {
  name: named("main-profile"),
  whitelistedDestinations: ["US", "CA", "GB"],
  concurrentCallLimit: 20,
  dailySpendLimit: "150.00",
  dailySpendLimitEnabled: true,
  callRecording: { callRecordingType: "all", callRecordingChannels: "dual", callRecordingFormat: "mp3" },
  tags: ["quickstart"],
});

// An office PBX that registers to Telnyx with a user name and password.
const pbx = new sip.CredentialConnection("office-pbx", {
  connectionName: named("office-pbx"),
  userName: userName("officepbx01"),
  password: config.requireSecret("pbxPassword"),
  sipUriCallingPreference: "internal",
  inbound: { codecs: ["G722", "G711U", "G711A"], channelLimit: 10 },
  outbound: { outboundVoiceProfileId: profile.id, localization: "US" },
  tags: ["quickstart"],
});

// A carrier trunk authenticated by source IP, with a primary and a backup address.
const carrier = new sip.IpConnection("carrier-trunk", {
  connectionName: named("carrier-trunk"),
  transportProtocol: "UDP",
  inbound: { defaultRoutingMethod: "round-robin", sipRegion: "US" },
  outbound: { outboundVoiceProfileId: profile.id, ipAuthenticationMethod: "token", ipAuthenticationToken: config.requireSecret("carrierToken") },
});
const carrierIps = ["192.0.2.10", "192.0.2.11"].map(
  (ipAddress, i) => new sip.Ip(`carrier-ip-${i + 1}`, { connectionId: carrier.id, ipAddress, port: 5060 }),
);

// An FQDN trunk to a LiveKit SIP endpoint (A record with a port, and an SRV record without one).
const livekit = new sip.FqdnConnection("livekit", {
  connectionName: named("livekit"),
  transportProtocol: "TCP",
  inbound: { codecs: ["OPUS", "G722", "G711U"] },
  outbound: { outboundVoiceProfileId: profile.id },
});
const livekitHosts = [
  new sip.Fqdn("livekit-a", { connectionId: livekit.id, fqdn: "abcd1234.sip.livekit.cloud", dnsRecordType: "a", port: 5060 }),
  new sip.Fqdn("livekit-srv", { connectionId: livekit.id, fqdn: "sip.livekit.example.com", dnsRecordType: "srv" }),
];

// Telnyx registers to a customer's PBX and routes its calls to an AI assistant.
const customerPbx = new sip.UacConnection("customer-pbx", {
  connectionName: named("customer-pbx"),
  externalUacSettings: {
    proxy: "sip:pbx.customer.example.com:5060",
    username: "telnyxreg",
    password: config.requireSecret("uacPassword"),
    transport: "TCP",
    expirationSec: 600,
  },
  internalUacSettings: { destinationUri: "1006@assistant-abc123.sip.telnyx.com" },
  outbound: { outboundVoiceProfileId: profile.id },
});

// The office network may use the Telnyx API.
const office = new sip.AccessIpRange("office-network", { cidrBlock: "203.0.113.0/24", description: named("office network") });

const registration = sip.getRegistrationStatusOutput({ uacConnectionId: customerPbx.id });

export const outboundVoiceProfileId = profile.id;
export const credentialConnectionId = pbx.id;
export const sipUsername = pbx.userName;
export const sipPassword = pbx.password;
export const ipConnectionId = carrier.id;
export const carrierIpIds = carrierIps.map((ip) => ip.id);
export const fqdnConnectionId = livekit.id;
export const livekitFqdnIds = livekitHosts.map((f) => f.id);
export const uacConnectionId = customerPbx.id;
export const uacFqdn = customerPbx.fqdn;
export const uacPassword = customerPbx.externalUacSettings.apply((s) => s?.password);
export const uacRegistered = registration.registered;
export const accessIpRangeId = office.id;
