// pulumi-telnyx-sip: Pulumi resources and lookups for SIP trunking on Telnyx.
import "./provider/core/compile-cache";
import "./provider/core/quiet-ffi";
import "./provider/core/quiet-shutdown";
export * from "./provider";
export * as sdk from "./sdk";
