// Telnyx registers to your PBX as one of its extensions (a UAC connection), and every call the PBX sends to that
// extension goes to a Telnyx AI assistant.
import * as pulumi from "@pulumi/pulumi";
import * as telnyx from "pulumi-telnyx-sip";

const config = new pulumi.Config();
/** The assistant's id, from the Telnyx portal (AI, Assistants). */
const assistantId = config.get("assistantId") ?? "7d4c0e5a-3f1b-4c2e-9a8d-1b2c3d4e5f60";

const uac = new telnyx.UacConnection("pbx-ai-extension", {
  externalUacSettings: {
    proxy: "sip:pbx.example.com:5060",
    username: "ext1006",
    password: config.requireSecret("uacPassword"),
    transport: "UDP",
    expirationSec: 3600,
  },
  internalUacSettings: { destinationUri: `1006@assistant-${assistantId}.sip.telnyx.com` },
  inbound: { channelLimit: 2 },
  outbound: { channelLimit: 2 },
});

// Whether Telnyx is registered to the PBX right now (read on every preview and up).
const registration = telnyx.getRegistrationStatusOutput({ uacConnectionId: uac.id });

export const connectionId = uac.id;
export const uacFqdn = uac.fqdn;
export const registered = registration.registered;
export const registrationState = registration.state;
