// Runs one rule of the pack as the policy framework does, without the engine: the inputs behind the framework's
// unknown-checking proxy, the configuration's defaults from the rule's schema. An unknown value is the framework's
// own sentinel (`unknownArrayValue` ...), as the engine's preview sends it.
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sentinels = require("@pulumi/policy/proxy");

export const unknownString: string = sentinels.unknownStringValue;
export const unknownArray: string = sentinels.unknownArrayValue;

export const TYPE = (cls: string) => `pulumi-nodejs:dynamic/telnyx:${cls}`;

/** The messages `rule` reports on a resource `name` of `type` with inputs `props`. */
export function violations(
  rule: ResourceValidationPolicy,
  type: string,
  props: Record<string, unknown>,
  config: Record<string, unknown> = {},
  name = "r",
): string[] {
  const defaults = Object.fromEntries(
    Object.entries(rule.configSchema?.properties ?? {}).flatMap(([k, s]) => ((s as { default?: unknown }).default === undefined ? [] : [[k, (s as { default?: unknown }).default]])),
  );
  const messages: string[] = [];
  const args = { type, name, urn: `urn:pulumi:s::p::${type}::${name}`, props: unknownCheckingProxy(props), getConfig: () => ({ ...defaults, ...config }) };
  const validate = rule.validateResource as (a: ResourceValidationArgs, report: (m: string) => void) => void;
  validate(args as unknown as ResourceValidationArgs, (m) => messages.push(m));
  return messages;
}
