// pulumi-telnyx-sip: Pulumi resources and lookups for SIP trunking on Telnyx.
import "./provider/core/compile-cache";
import "./provider/core/quiet-ffi";
export * from "./provider";
export * as sdk from "./sdk";
