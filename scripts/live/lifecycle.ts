import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalWorkspace, PulumiCommand, type Stack } from "@pulumi/pulumi/automation";
import type { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";
import { localDir, pulumiEnv, repoRoot } from "../bench/pulumi-env";

export interface Step {
  name: string;
  run(): Promise<void>;
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** A stack of test/fixtures/live in a throwaway local backend, configured for one live run. */
export async function liveStack(prefix: string, baseUrl: string, apiKey: string): Promise<{ stack: Stack; cleanUp(): void }> {
  const workDir = path.join(repoRoot, "test/fixtures/live");
  const backendDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulumi-live-"));
  const env = { ...pulumiEnv(), PULUMI_BACKEND_URL: `file://${backendDir}` };
  const stack = await LocalWorkspace.createOrSelectStack(
    { stackName: "live", workDir },
    { pulumiCommand: await PulumiCommand.get({ root: localDir }), envVars: env },
  );
  await stack.setAllConfig({
    "telnyx:baseUrl": { value: baseUrl },
    "telnyx:apiKey": { value: apiKey, secret: true },
    prefix: { value: prefix },
    password: { value: `Live-${prefix.slice(-8)}-pass1`, secret: true },
    step: { value: "1" },
  });
  return {
    stack,
    cleanUp: () => {
      fs.rmSync(backendDir, { recursive: true, force: true });
      fs.rmSync(path.join(workDir, "Pulumi.live.yaml"), { force: true });
    },
  };
}

/**
 * The lifecycle every resource type goes through against the real API: create, no-change preview, update in place,
 * password change, refresh with out-of-band drift put right by up, replacement, destroy.
 */
export function lifecycleSteps(stack: Stack, client: TelnyxClient, prefix: string): Step[] {
  let ids: Record<string, string> = {};
  const noChange = async () => {
    await stack.preview({ expectNoChanges: true });
  };
  return [
    { name: "creates every resource type", run: async () => {
      const up = await stack.up();
      expectEqual("changes", up.summary.resourceChanges, { create: 9 });
      ids = up.outputs.ids.value;
    } },
    { name: "previews no change after up", run: noChange },
    { name: "previews no change after refresh", run: async () => {
      await stack.refresh();
      await noChange();
    } },
    { name: "updates in place", run: async () => {
      await stack.setConfig("step", { value: "2" });
      const up = await stack.up();
      expectEqual("changes", up.summary.resourceChanges, { same: 5, update: 4 });
      await noChange();
    } },
    { name: "changes a password in place", run: async () => {
      await stack.setConfig("password", { value: `Live-${prefix.slice(-8)}-pass2`, secret: true });
      const up = await stack.up();
      expectEqual("changes", up.summary.resourceChanges, { same: 7, update: 2 });
      await noChange();
    } },
    { name: "reports out-of-band drift on refresh and puts it right on up", run: async () => {
      await client.resource(resources.ipConnection).update(ids.ipConnection, { transport_protocol: "UDP" });
      await stack.refresh();
      const preview = await stack.preview();
      expectEqual("updates after drift", preview.changeSummary.update, 1);
      await stack.up();
      expectEqual("transport after up", (await client.resource(resources.ipConnection).get(ids.ipConnection)).transport_protocol, "TCP");
      await noChange();
    } },
    { name: "replaces what the API cannot update", run: async () => {
      await stack.setConfig("step", { value: "3" });
      const up = await stack.up();
      expectEqual("changes", up.summary.resourceChanges, { replace: 3, same: 6 });
      await noChange();
    } },
    { name: "destroys everything", run: async () => {
      const destroyed = await stack.destroy();
      expectEqual("deleted", destroyed.summary.resourceChanges, { delete: 9 });
    } },
  ];
}
