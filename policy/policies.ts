import type { Policies } from "@pulumi/policy";
import { channelLimits } from "./rules/channel-limits";
import { destinations } from "./rules/destinations";
import { ipAddressesDeclared, ipInboundSubdomain } from "./rules/ip-inbound";
import { providerModules } from "./provider-modules";
import { passwordStrength } from "./rules/password-strength";
import { spendLimit } from "./rules/spend-limit";
import { transportEncryption } from "./rules/transport-encryption";

/** Every rule of the pack, in the order they are reported; first what tells the rules which resources are ours. */
export const policies: Policies = [
  providerModules, spendLimit, destinations, passwordStrength, transportEncryption, ipInboundSubdomain, ipAddressesDeclared, channelLimits,
];
