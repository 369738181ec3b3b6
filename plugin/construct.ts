// Construct: a component built in this process, registering with the engine's resource monitor for the program that
// asked. It follows `construct` of the stock Node provider server (@pulumi/pulumi/provider/server.js), whose class is
// not exported, and calls the same runtime functions it does, so the component runs as in any Node provider.
import * as pulumi from "@pulumi/pulumi";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import { constructSipTrunk } from "./sip-trunk";
import { resourceToken } from "./schema";

// The runtime's setup functions are exported by its modules but left out of their type declarations (`@internal`).
/* eslint-disable @typescript-eslint/no-require-imports */
const settings = require("@pulumi/pulumi/runtime/settings") as {
  resetOptions(project: string, stack: string, parallel: number, engine: string, monitor: string, preview: boolean, org: string): void;
  awaitFeatureSupport(): Promise<void>;
  waitForRPCs(): Promise<void>;
};
const config = require("@pulumi/pulumi/runtime/config") as { setAllConfig(c: Record<string, string>, secretKeys?: string[]): void };
const state = require("@pulumi/pulumi/runtime/state") as { withLocalStorage<T>(fn: () => Promise<T>): Promise<T> };
const server = require("@pulumi/pulumi/provider/server") as {
  deserializeInputs(inputs: structproto.Struct | undefined, deps: unknown): Promise<Record<string, unknown>>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

export const SIP_TRUNK = resourceToken("sipTrunk");

/** The component's options, as the engine sent them. */
function optionsOf(req: provproto.ConstructRequest): pulumi.ComponentResourceOptions {
  const providers: Record<string, pulumi.ProviderResource> = {};
  for (const [pkg, ref] of req.getProvidersMap().entries()) providers[pkg] = new pulumi.DependencyProviderResource(ref);
  return {
    parent: req.getParent() ? new pulumi.DependencyResource(req.getParent()) : undefined,
    dependsOn: req.getDependenciesList().map((urn) => new pulumi.DependencyResource(urn)),
    aliases: req.getAliasesList().flatMap((a): (string | pulumi.Alias)[] => (a.hasUrn() ? [a.getUrn()] : a.hasSpec() && a.getSpec()!.getName() ? [{ name: a.getSpec()!.getName() }] : [])),
    protect: req.getProtect(),
    retainOnDelete: req.getRetainondelete(),
    providers,
  };
}

/** Builds the component `req` names against the engine at `engineAddr`; its URN and state for the engine. */
export function construct(req: provproto.ConstructRequest, engineAddr: string | undefined): Promise<provproto.ConstructResponse> {
  return state.withLocalStorage(async () => {
    if (req.getType() !== SIP_TRUNK) throw new Error(`telnyx-sip: unknown component ${req.getType()}; this plugin serves ${SIP_TRUNK}`);
    if (!engineAddr) throw new Error("telnyx-sip: the engine gave the plugin no address, which Construct needs");
    // Globals of the runtime, set per call as the stock server does: the engine sends the same ones each time.
    settings.resetOptions(req.getProject(), req.getStack(), req.getParallel(), engineAddr, req.getMonitorendpoint(), req.getDryrun(), req.getOrganization());
    await settings.awaitFeatureSupport();
    config.setAllConfig(Object.fromEntries(req.getConfigMap().entries()), req.getConfigsecretkeysList());
    const inputs = await server.deserializeInputs(req.getInputs(), req.getInputdependenciesMap());
    const result = await constructSipTrunk(req.getName(), inputs, optionsOf(req));
    const known = <T>(o: pulumi.Output<T>) => new Promise<T>((resolve) => o.apply(resolve));
    const resp = new provproto.ConstructResponse().setUrn(await known(result.urn));
    const [outputs, deps] = await pulumi.runtime.serializeResourceProperties(`construct(${req.getType()}, ${req.getName()})`, result.state);
    for (const [key, resources] of deps) {
      const urns = await Promise.all([...resources].map((r) => known(r.urn)));
      resp.getStatedependenciesMap().set(key, new provproto.ConstructResponse.PropertyDependencies().setUrnsList(urns));
    }
    resp.setState(structproto.Struct.fromJavaScript(outputs));
    await settings.waitForRPCs();
    return resp;
  });
}
