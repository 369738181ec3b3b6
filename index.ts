// pulumi-telnyx-sip: Pulumi resources and lookups for SIP trunking on Telnyx.
import "./provider/core/compile-cache";
export * from "./provider";
export * as sdk from "./sdk";
