// Type-checked by test/types.test.ts against the installed package, never run. Every @ts-expect-error is a claim that
// the line below it does NOT type-check: tsc fails if the line compiles.
import * as pulumi from "@pulumi/pulumi";
import * as sip from "pulumi-telnyx-sip";

const staging = new sip.Account("staging", { apiKey: pulumi.secret("key"), baseUrl: "https://api.telnyx.com/v2" });
const conn = new sip.CredentialConnection("pbx", { userName: "pbxuser01", password: "secret-pass-1" }, { provider: staging });
const profile = new sip.OutboundVoiceProfile("out", { whitelistedDestinations: ["US"] });

// Lookups take Inputs, nested ones included, and an account.
const status = sip.getRegistrationStatusOutput({ sipRegistration: { credentialType: "sip_credential_connection", connectionId: conn.id } });
const one = sip.getConnectionOutput({ id: conn.id }, { account: staging });
const many = sip.getConnectionsOutput({ outboundVoiceProfileId: profile.id });
const named = sip.getOutboundVoiceProfileOutput({ name: profile.name });

// Outputs are exact: always-present fields are never null or undefined.
const userName: pulumi.Output<string> = conn.userName;
const recordType: pulumi.Output<string> = conn.recordType;
const profileName: pulumi.Output<string> = profile.name;
// A field the API may leave out stays optional.
// @ts-expect-error: connectionId of an address is not always present
const connectionOfIp: pulumi.Output<string> = new sip.Ip("ip", { ipAddress: "192.0.2.10" }).connectionId;
// @ts-expect-error: a misspelt output name does not type-check
conn.usrName;
// @ts-expect-error: nor does a misspelt lookup field
status.registerd;
// @ts-expect-error: nor does a misspelt field of a looked-up connection
one.connectionNam;
// @ts-expect-error: or of a looked-up profile
named.nam;
// @ts-expect-error: a misspelt argument does not type-check
new sip.IpConnection("trunk", { conectionName: "x" });

// Fixed-choice fields are string-literal unions: the documented values (any case where the API takes any case).
new sip.IpConnection("udp", { transportProtocol: "udp", dtmfType: "RFC 2833", inbound: { codecs: ["G722", "OPUS"] } });
// @ts-expect-error: a misspelt transport does not type-check
new sip.IpConnection("udpx", { transportProtocol: "UDPX" });
// @ts-expect-error: nor does a misspelt transport of a UAC connection's registration
new sip.UacConnection("uac", { externalUacSettings: { proxy: "sip:pbx.example.com", transport: "SCTP" } });
// @ts-expect-error: nor a codec outside the documented list
new sip.CredentialConnection("codec", { userName: "pbxuser02", password: "secret-pass-1", inbound: { codecs: ["G7299"] } });
// @ts-expect-error: nor a DNS record type outside a and srv
new sip.Fqdn("fqdn", { connectionId: "1", fqdn: "sip.example.com", dnsRecordType: "cname" });
// A codec Telnyx adds later is written on purpose (and listed in TELNYX_SIP_EXTRA_CODECS for validation).
new sip.FqdnConnection("new-codec", { connectionName: "n", transportProtocol: "TLS", inbound: { codecs: [sip.extraCodec("AMR-WB"), "G711U"] } });
// The component takes the same types.
// @ts-expect-error: a misspelt transport in a SipTrunk's connection does not type-check
new sip.SipTrunk("trunk", { kind: "ip", ips: [], connection: { transportProtocol: "UDPX" } });

// Every resource class has `get`, typed like the class.
const existing = sip.IpConnection.get("existing", "1234567890", { provider: staging });
const existingName: pulumi.Output<string | null | undefined> = existing.connectionName;
const existingProfile = sip.OutboundVoiceProfile.get("existing-profile", profile.id);
const existingProfileName: pulumi.Output<string> = existingProfile.name;

export const outputs = [status.state, one.connectionName, many, named.id, userName, recordType, profileName, connectionOfIp, existingName, existingProfileName];
