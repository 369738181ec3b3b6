// pulumi-telnyx-sip: Pulumi resources and lookups for SIP trunking on Telnyx.
export * from "./provider";
export * as sdk from "./sdk";
