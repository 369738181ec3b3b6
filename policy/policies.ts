import type { Policies } from "@pulumi/policy";
import { channelLimits } from "./rules/channel-limits";
import { destinations } from "./rules/destinations";
import { ipAddressesDeclared, ipInboundSubdomain } from "./rules/ip-inbound";
import { passwordStrength } from "./rules/password-strength";
import { spendLimit } from "./rules/spend-limit";
import { transportEncryption } from "./rules/transport-encryption";

/** Every rule of the pack, in the order they are reported. */
export const policies: Policies = [
  spendLimit, destinations, passwordStrength, transportEncryption, ipInboundSubdomain, ipAddressesDeclared, channelLimits,
];
