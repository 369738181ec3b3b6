// Runs one rule of the pack as the engine and the policy framework do, without the engine: first the remediation pass
// (provider-modules.ts) with every input, then the rule with the inputs but the internal ones (`__...`, which the
// engine leaves out of validations), each behind the framework's unknown-checking proxy, the configuration's defaults
// from the rule's schema. An unknown value is the framework's own sentinel (`unknownArrayValue` ...), as a preview sends it.
import type { ResourceRemediationArgs, ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { unknownCheckingProxy } from "@pulumi/policy";
import { providerModules } from "../../policy/provider-modules";
import { telnyxKind } from "../../policy/telnyx-resource";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sentinels = require("@pulumi/policy/proxy");

export const unknownString: string = sentinels.unknownStringValue;
export const unknownArray: string = sentinels.unknownArrayValue;

export const TYPE = (cls: string) => `pulumi-nodejs:dynamic/telnyx:${cls}`;

let resources = 0;

/** The remediation pass on a new resource of `type` with inputs `props`: its URN, for the validations. */
function remediated(type: string, name: string, props: Record<string, unknown>): string {
  const urn = `urn:pulumi:s::p::${type}::${name}-${++resources}`;
  providerModules.remediateResource!({ urn, type, name, props: unknownCheckingProxy(props) } as unknown as ResourceRemediationArgs);
  return urn;
}

/** The kind the pack sees in a resource of `type` with inputs `props`, internal ones included. */
export const kindSeen = (type: string, props: Record<string, unknown>) => telnyxKind({ type, urn: remediated(type, "r", props) });

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
  const urn = remediated(type, name, props);
  const visible = Object.fromEntries(Object.entries(props).filter(([key]) => !key.startsWith("__")));
  const args = { type, name, urn, props: unknownCheckingProxy(visible), getConfig: () => ({ ...defaults, ...config }) };
  const validate = rule.validateResource as (a: ResourceValidationArgs, report: (m: string) => void) => void;
  validate(args as unknown as ResourceValidationArgs, (m) => messages.push(m));
  return messages;
}
