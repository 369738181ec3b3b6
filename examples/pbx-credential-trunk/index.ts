// A credential trunk for an office PBX (Asterisk, FreePBX, 3CX...): the PBX registers to sip.telnyx.com with a user
// name and password, and calls out through a profile limited to North America.
import * as pulumi from "@pulumi/pulumi";
import * as telnyx from "pulumi-telnyx-sip";

const config = new pulumi.Config();

const profile = new telnyx.OutboundVoiceProfile("office-outbound", {
  whitelistedDestinations: ["US", "CA"],
  concurrentCallLimit: 10,
  dailySpendLimit: "50.00", // a leaked SIP password costs at most this a day
  dailySpendLimitEnabled: true,
});

const pbx = new telnyx.CredentialConnection("office-pbx", {
  userName: "officepbx01",
  password: config.requireSecret("pbxPassword"),
  sipUriCallingPreference: "internal",
  inbound: { codecs: ["G722", "G711U", "G711A"], channelLimit: 10, dnisNumberFormat: "+e164" },
  outbound: { outboundVoiceProfileId: profile.id, localization: "US", channelLimit: 10 },
});

// What to type into the PBX's trunk settings.
export const sipServer = "sip.telnyx.com";
export const sipUsername = pbx.userName;
export const sipPassword = pbx.password;
export const connectionId = pbx.id;
