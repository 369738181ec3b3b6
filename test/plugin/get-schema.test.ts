// `pulumi package get-schema` on the plugin executable: what a user of any language (and the SDK generators) gets
// from the package. It must be the schema derived from the zod schemas, with every resource described and every
// secret marked.
import { describe, expect, it } from "vitest";
import * as path from "node:path";
import { repoRoot, runCommand } from "../e2e/pulumi";
import { packageSchema, type PackageSchema } from "../../plugin/schema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv } = require("../../scripts/pulumi-env.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require("../../package.json") as { version: string };

const PLUGIN = path.join(repoRoot, "plugin/bin/pulumi-resource-telnyx-sip");

describe("pulumi package get-schema on the plugin", () => {
  it("prints the package schema: every resource, function and the component, with descriptions and secrets", async () => {
    const r = await runCommand("pulumi", ["package", "get-schema", PLUGIN], { cwd: repoRoot, env: pulumiEnv() });
    expect(r.status, r.stderr).toBe(0);
    const printed: PackageSchema = JSON.parse(r.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(packageSchema(version))));
    expect(Object.keys(printed.resources).sort()).toEqual([
      "telnyx-sip:index:AccessIpRange", "telnyx-sip:index:CredentialConnection", "telnyx-sip:index:Fqdn",
      "telnyx-sip:index:FqdnConnection", "telnyx-sip:index:Ip", "telnyx-sip:index:IpConnection",
      "telnyx-sip:index:OutboundVoiceProfile", "telnyx-sip:index:SipTrunk", "telnyx-sip:index:UacConnection",
    ]);
    for (const [token, resource] of Object.entries(printed.resources)) {
      expect(resource.description, token).toMatch(resource.isComponent ? /^A whole SIP trunk/ : /^A Telnyx /);
      for (const [name, p] of Object.entries({ ...resource.inputProperties, ...resource.properties })) {
        expect(p.description, `${token}.${name}`).toBeTruthy();
      }
    }
    expect(printed.resources["telnyx-sip:index:CredentialConnection"].inputProperties.password.secret).toBe(true);
    expect(printed.resources["telnyx-sip:index:FqdnConnection"].properties.password.secret).toBe(true);
    expect(printed.config.variables.apiKey.secret).toBe(true);

    expect(Object.keys(printed.functions).sort()).toEqual([
      "telnyx-sip:index:getActiveCalls", "telnyx-sip:index:getConnection", "telnyx-sip:index:getConnections",
      "telnyx-sip:index:getOutboundVoiceProfile", "telnyx-sip:index:getRegistrationStatus",
    ]);
    for (const [token, fn] of Object.entries(printed.functions)) {
      expect(fn.description, token).toBeTruthy();
      for (const [name, p] of Object.entries(fn.inputs.properties)) expect(p.description, `${token}(${name})`).toBeTruthy();
      expect(Object.keys(fn.outputs.properties).length, token).toBeGreaterThan(0);
      for (const [name, p] of Object.entries(fn.outputs.properties)) expect(p.description, `${token} -> ${name}`).toBeTruthy();
    }
    const registration = printed.functions["telnyx-sip:index:getRegistrationStatus"];
    expect(registration.inputs.properties.sipRegistration.$ref).toBe("#/types/telnyx-sip:index:GetRegistrationStatusSipRegistration");
    expect(Object.keys(registration.outputs.properties).sort()).toEqual(["details", "lastResponse", "registered", "source", "state"]);

    const trunk = printed.resources["telnyx-sip:index:SipTrunk"];
    expect(Object.entries(printed.resources).filter(([, r]) => r.isComponent).map(([token]) => token)).toEqual(["telnyx-sip:index:SipTrunk"]);
    expect(Object.keys(trunk.inputProperties).sort()).toEqual(["connection", "fqdns", "ips", "kind", "outboundVoiceProfile", "password", "userName"]);
    expect(trunk.requiredInputs).toEqual(["kind"]);
    expect(trunk.inputProperties.password.secret).toBe(true);
    expect(Object.keys(trunk.properties).sort()).toEqual(["connectionId", "outboundVoiceProfileId"]);
    for (const p of Object.values(trunk.properties)) expect(p.description).toBeTruthy();
    // A trunk's address takes an Ip's inputs but its connection, which the trunk gives it.
    const ip = printed.types["telnyx-sip:index:SipTrunkIp"] as { properties: Record<string, unknown>; required: string[] };
    expect(ip.required).toEqual(["ipAddress"]);
    expect(Object.keys(ip.properties)).toContain("port");
    expect(Object.keys(ip.properties)).not.toContain("connectionId");
  });
});
