// A stack deployed by 0.2 keeps working after an upgrade. Up to 0.2 every resource's state stored one provider module
// for all kinds, `require("pulumi-telnyx-sip/dist/provider/core/dispatch.js")`, named its kind in `__kind` (inputs
// and outputs), its name and name seed in `__resourceName` and `__nameSeed`, and its create token and the object's
// ownership token in `__createToken` and `__ownershipToken`, and the declared fields as an object (`__declared`);
// since 0.3 each resource stores its kind's own module and no kind; since 0.4 the provider's own facts (seed, name,
// tokens, base URL, declared fields, flags such as `__autoNamed`, which 0.2 kept in a key of its own) are one
// `__private` string in the inputs and one in the outputs. The state of 0.2 is made here from a deployment of this
// version by exactly that rewrite, then taken through the engine: a preview with no change, refresh, an update
// (which moves the updated resources to their kind's module), and destroy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { kindOf } from "../../provider/core/type-token";
import { skeletonOf } from "../../provider/core/outputs";
import { privateOf } from "../../provider/core/internal-keys";

const FIXTURE = path.join(repoRoot, "test/fixtures/removed-fields");
const LEGACY_PROVIDER = "pulumi-telnyx-sip/dist/provider/core/dispatch.js";

interface StateResource {
  urn: string;
  type: string;
  inputs: Record<string, any>;
  outputs: Record<string, any>;
  propertyDependencies?: Record<string, string[]>;
}

const requireOf = (provider: string) => /require\("([^"]+)"\)/.exec(provider)?.[1];

describe("a stack deployed by 0.2 (one provider module, kinds in __kind)", () => {
  let emu: TestEmulator;
  let t: TestStack;

  const telnyxResources = async (): Promise<StateResource[]> =>
    ((await t.stack.exportStack()).deployment.resources as StateResource[]).filter((r) => kindOf(r.type) !== undefined);
  /** Which module each resource's outputs run (refresh, destroy), and whether they name their kind, by resource name. */
  const providers = async () =>
    Object.fromEntries((await telnyxResources()).map((r) => [r.urn.split("::").pop(), { module: requireOf(r.outputs.__provider), kind: r.outputs.__kind }]));

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(FIXTURE, "legacy");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "legacy-test-key", secret: true },
      password: { value: "Legacy-pass-77", secret: true },
      stage: { value: "declared" },
    });
    await t.stack.up();
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("is what this version writes, rewritten: each resource stores its kind's module and no __kind", async () => {
    const resources = await telnyxResources();
    expect(resources).toHaveLength(4);
    for (const r of resources) {
      const own = `pulumi-telnyx-sip/dist/provider/kinds/${kindOf(r.type)}.js`;
      expect(requireOf(r.inputs.__provider)).toBe(own);
      expect(requireOf(r.outputs.__provider)).toBe(own);
      expect(r.inputs).not.toHaveProperty("__kind");
      expect(privateOf(r.inputs)).toMatchObject({ seed: expect.stringMatching(/^[0-9a-f]{16}$/), name: r.urn.split("::").pop() });
      expect(privateOf(r.inputs).token).toMatch(/^[0-9a-z]{8}-[0-9a-z]{13}-[0-9a-f]{16}$/);
      expect(privateOf(r.outputs).declared).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(privateOf(r.outputs).baseUrl).toBe(emu.baseUrl);
      // One value each for everything the provider keeps for itself.
      for (const props of [r.inputs, r.outputs]) {
        expect(Object.keys(props).filter((k) => k.startsWith("__")).sort()).toEqual(["__private", "__provider"]);
      }
      expect(r.outputs).not.toHaveProperty("__kind");
    }

    const exported = await t.stack.exportStack();
    for (const r of exported.deployment.resources as StateResource[]) {
      const kind = kindOf(r.type);
      if (!kind) continue;
      for (const props of [r.inputs, r.outputs]) {
        props.__provider = props.__provider.replace(requireOf(props.__provider)!, LEGACY_PROVIDER);
        props.__kind = kind;
      }
      const ins = privateOf(r.inputs);
      const outs = privateOf(r.outputs);
      const flag = (on: boolean | undefined) => (on ? true : undefined);
      // 0.2 stored the declared fields as an object with `true` leaves.
      const asLegacy = (node: Record<string, unknown>): Record<string, unknown> =>
        Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === "object" && v !== null ? asLegacy(v as Record<string, unknown>) : true]));
      delete r.inputs.__private;
      delete r.outputs.__private;
      r.inputs = JSON.parse(JSON.stringify({
        ...r.inputs, __resourceName: ins.name, __nameSeed: ins.seed, __createToken: ins.token, __autoNamed: flag(ins.autoNamed),
      }));
      r.outputs = JSON.parse(JSON.stringify({
        ...r.outputs, __baseUrl: outs.baseUrl, __ownershipToken: outs.ownedBy, __autoNamed: flag(outs.autoNamed),
        __declared: asLegacy(skeletonOf(outs.declared!)),
      }));
      const dependencies = { ...r.propertyDependencies };
      delete dependencies.__naming;
      r.propertyDependencies = { ...dependencies, __kind: [], __resourceName: [], __nameSeed: [] };
    }
    await t.stack.importStack(exported);
    for (const p of Object.values(await providers())) expect(p).toEqual({ module: LEGACY_PROVIDER, kind: expect.any(String) });
  });

  it("previews no change, and refreshes through the old module, which keeps the kind in the outputs", async () => {
    await emu.resetRequests();
    await t.stack.preview({ expectNoChanges: true });
    await t.stack.refresh();
    expect((await emu.requests()).filter((r) => r.method === "GET")).toHaveLength(4);
    expect(Object.values(await providers())).toEqual(Array(4).fill({ module: LEGACY_PROVIDER, kind: expect.any(String) }));
    await t.stack.preview({ expectNoChanges: true });
  });

  it("updates through the kind's module, which then serves the updated resources; the others stay on the old one", async () => {
    await t.stack.setConfig("stage", { value: "removed" });
    const result = await t.stack.up();
    expect(result.summary.resourceChanges).toMatchObject({ update: 2, same: 3 });
    expect(await providers()).toEqual({
      profile: { module: "pulumi-telnyx-sip/dist/provider/kinds/outboundVoiceProfile.js" },
      credential: { module: "pulumi-telnyx-sip/dist/provider/kinds/credentialConnection.js" },
      "ip-connection": { module: LEGACY_PROVIDER, kind: "ipConnection" },
      ip: { module: LEGACY_PROVIDER, kind: "ip" },
    });
    expect(await emu.only("outbound_voice_profiles")).toMatchObject({ enabled: true });
    // The objects keep the ownership tag of the create that made them, now recorded in the private state.
    for (const [name, collection] of [["profile", "outbound_voice_profiles"], ["credential", "credential_connections"]]) {
      const r = (await telnyxResources()).find((x) => x.urn.endsWith(`::${name}`))!;
      expect(r.outputs).not.toHaveProperty("__ownershipToken");
      expect(r.outputs.__private).toMatch(/(^| )o=[0-9a-z]{8}-[0-9a-z]{13}-[0-9a-f]{16}( |$)/);
      expect((await emu.only(collection)).tags).toContain(`pulumi-telnyx-sip:${privateOf(r.outputs).ownedBy}`);
    }
    await t.stack.refresh();
    await t.stack.preview({ expectNoChanges: true });
  });

  it("destroys every object, through whichever module each resource stores", async () => {
    await t.stack.destroy();
    expect(await emu.counts()).toMatchObject({ outbound_voice_profiles: 0, credential_connections: 0, ip_connections: 0, ips: 0 });
  });
});
