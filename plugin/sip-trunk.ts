// `SipTrunk` for the plugin's Construct: the TypeScript component itself (provider/components/sip-trunk.ts), loaded
// with plugin resources in place of the dynamic ones, so its children are `telnyx-sip:index:IpConnection` etc., served
// by this same plugin (import, detailed diffs), while the trunk's defaults and child names stay in one place.
import * as pulumi from "@pulumi/pulumi";
import type * as component from "../provider/components/sip-trunk";
import { camel, objectShape } from "../provider/core/casing";
import { typeName } from "../provider/core/type-token";
import { resourceToken } from "./schema";
import { allKinds, specOf, type Kind } from "./kinds";

/** A resource of this plugin, registered by a component running in the plugin: the engine sends it back here. */
function pluginResourceClass(kind: Kind) {
  return class extends pulumi.CustomResource {
    constructor(name: string, args: Record<string, unknown>, opts?: pulumi.CustomResourceOptions) {
      const outputs: Record<string, unknown> = {};
      // Every output the API has must be named (as undefined) for Pulumi to expose it on the resource.
      for (const key of Object.keys(objectShape(specOf(kind).response) ?? {})) if (key !== "id") outputs[camel(key)] = undefined;
      super(resourceToken(kind), name, { ...outputs, ...args }, opts);
    }
  };
}

let loaded: typeof component | undefined;

/**
 * provider/components/sip-trunk.ts with `../resources` resolved to plugin resource classes. The component module is
 * used as it is (no second copy of its defaults and naming); Node's module cache is the one seam it offers, and the
 * real `provider/resources` is put back at once, so nothing else in the process sees the substitute.
 */
function sipTrunkModule(): typeof component {
  if (loaded) return loaded;
  const resourcesPath = require.resolve("../provider/resources");
  const componentPath = require.resolve("../provider/components/sip-trunk");
  const previous = require.cache[resourcesPath];
  const exports = Object.fromEntries(allKinds().map((kind) => [typeName(kind), pluginResourceClass(kind)]));
  require.cache[resourcesPath] = { id: resourcesPath, filename: resourcesPath, loaded: true, exports } as NodeJS.Module;
  try {
    delete require.cache[componentPath];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(componentPath) as typeof component;
  } finally {
    if (previous) require.cache[resourcesPath] = previous;
    else delete require.cache[resourcesPath];
    // The substitute lives on in `loaded` only; a later require of the component gets the TypeScript one.
    delete require.cache[componentPath];
  }
  return loaded;
}

/**
 * A value the engine sent as one output (the stock server wraps a whole input that depends on a resource, e.g.
 * `outboundVoiceProfile: { id: ${office.outboundVoiceProfileId} }`) as plain objects and lists of per-leaf outputs,
 * which the component takes apart. Each leaf keeps the value's dependencies and secretness; while a preview does not
 * know the value yet, every leaf is unknown, as the value is.
 */
async function shaped(value: unknown): Promise<unknown> {
  if (!pulumi.Output.isInstance(value)) return value;
  const whole = value as pulumi.Output<unknown>;
  // The value with its unknown leaves in place (`Output.promise(true)`, which the runtime does not declare).
  const raw = await (whole as unknown as { promise(withUnknowns: boolean): Promise<unknown> }).promise(true);
  const split = (v: unknown, at: (root: any) => unknown): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => split(x, (root) => (at(root) as unknown[])[i]));
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, split(x, (root) => (at(root) as Record<string, unknown>)[k])]));
    }
    return whole.apply(at);
  };
  return split(raw, (root) => root);
}

/** A SipTrunk in the engine's current deployment; what the component exposes becomes the Construct's state. */
export async function constructSipTrunk(name: string, given: Record<string, unknown>, opts: pulumi.ComponentResourceOptions) {
  const inputs = { ...given };
  // The component takes its arguments apart when it is built, choosing its children from `kind` and the lists.
  for (const key of ["kind", "ips", "fqdns", "connection", "outboundVoiceProfile"]) inputs[key] = await shaped(inputs[key]);
  if (pulumi.Output.isInstance(inputs.kind) || !["credential", "ip", "fqdn"].includes(inputs.kind as string)) {
    throw new Error(`SipTrunk ${name}: kind must be "credential", "ip" or "fqdn", known when the program runs`);
  }
  const trunk = new (sipTrunkModule().SipTrunk)(name, inputs as unknown as component.SipTrunkArgs, opts);
  return { urn: trunk.urn, state: { connectionId: trunk.connectionId, outboundVoiceProfileId: trunk.outboundVoiceProfileId } };
}
