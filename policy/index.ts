// The policy pack shipped with pulumi-telnyx-sip: toll-fraud guardrails checked at preview, before anything is applied.
// Run: pulumi preview --policy-pack node_modules/pulumi-telnyx-sip/policy [--policy-pack-config guardrails.json]
import { PolicyPack } from "@pulumi/policy";
import { policies } from "./policies";

new PolicyPack("telnyx-sip-guardrails", { policies });
