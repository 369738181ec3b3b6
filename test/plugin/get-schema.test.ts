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
  it("prints the package schema: every resource, with descriptions and secrets", async () => {
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
      for (const [name, p] of Object.entries(resource.inputProperties)) expect(p.description, `${token}.${name}`).toBeTruthy();
    }
    expect(printed.resources["telnyx-sip:index:CredentialConnection"].inputProperties.password.secret).toBe(true);
    expect(printed.resources["telnyx-sip:index:FqdnConnection"].properties.password.secret).toBe(true);
    expect(printed.config.variables.apiKey.secret).toBe(true);
  });
});
