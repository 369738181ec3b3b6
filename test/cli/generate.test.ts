// The program generator on a hand-made account: references, adoption ids, the clone prefix, secrets, skipped values,
// Telnyx-managed hostnames, and a stable text whatever order the API listed the objects in.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateProject } from "../../cli/export/generate";
import type { AccountSnapshot } from "../../cli/export/snapshot";
import { clearPassword, clearToken, fixtureAccount, ids } from "./account-fixture";

const program = (account: AccountSnapshot = fixtureAccount()) => generateProject(account).files["index.ts"];

/** The source of one declaration, from `const <variable> =` to its closing `});`. */
function declarationOf(text: string, variable: string): string {
  const start = text.indexOf(`const ${variable} = new sip.`);
  expect(start, `declaration of ${variable}`).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf("\n});", start) + 4);
}

describe("generateProject", () => {
  it("declares every object once with the package's classes, named after the object", () => {
    const text = program();
    expect(text).toContain('import * as sip from "pulumi-telnyx-sip";');
    const declared = [...text.matchAll(/^const (\w+) = new sip\.(\w+)\("([^"]+)"/gm)].map((m) => m.slice(1).join(" "));
    expect(declared).toEqual([
      "mainProfile OutboundVoiceProfile main-profile",
      "officePbx CredentialConnection office-pbx",
      "officePbx2 CredentialConnection office-pbx-2",
      "_1stCarrier IpConnection 1st-carrier",
      "_1stCarrierIp Ip 1st-carrier-ip",
      "_default FqdnConnection default",
      "defaultFqdn Fqdn default-fqdn",
      "customerPbx UacConnection customer-pbx",
      "unattachedIp Ip unattached-ip",
      "officeNetwork AccessIpRange office-network",
    ]);
  });

  it("adopts each object by its id unless config says otherwise", () => {
    const text = program();
    for (const id of [ids.profile, ids.pbx, ids.carrier, ids.carrierIp, ids.strayIp, ids.livekit, ids.livekitFqdn, ids.uac, ids.range]) {
      expect(text).toContain(`adoptId: adopt ? "${id}" : undefined,`);
    }
    expect(text).toContain('const adopt = config.getBoolean("adopt") ?? true;');
  });

  it("leaves out the FQDN records Telnyx manages for UAC and Teams SBC connections", () => {
    const text = program();
    expect(text).not.toContain(ids.teamsFqdn);
    expect(text).not.toContain(ids.uacFqdn);
    expect(declarationOf(text, "_default")).toContain("microsoftTeamsSbc: true,");
  });

  it("references connections and profiles instead of their ids", () => {
    const text = program();
    expect(declarationOf(text, "officePbx")).toContain("outboundVoiceProfileId: mainProfile.id,");
    expect(declarationOf(text, "_1stCarrier")).toContain("outboundVoiceProfileId: mainProfile.id,");
    expect(declarationOf(text, "_1stCarrierIp")).toContain("connectionId: _1stCarrier.id,");
    expect(declarationOf(text, "defaultFqdn")).toContain("connectionId: _default.id,");
    // An FQDN connection cannot reference its own hostname (a cycle): the id is kept for adoption only.
    expect(declarationOf(text, "_default")).toContain(`defaultPrimaryFqdnId: adopt ? "${ids.livekitFqdn}" : undefined,`);
    expect(declarationOf(text, "unattachedIp")).not.toContain("connectionId");
  });

  it("emits only writable fields that have a value, camelCased", () => {
    const text = program();
    const profile = declarationOf(text, "mainProfile");
    expect(profile).toContain('whitelistedDestinations: ["US", "CA"],');
    expect(profile).toContain('dailySpendLimit: "100.00",');
    expect(profile).toContain('callRecordingFormat: "mp3",');
    for (const readOnly of ["connectionsCount", "createdAt", "recordType", "concurrentCallLimit"]) expect(profile).not.toContain(readOnly);
    const fqdnConnection = declarationOf(text, "_default");
    for (const readOnly of ["txtName", "userName", "password"]) expect(fqdnConnection).not.toContain(readOnly);
    expect(declarationOf(text, "_1stCarrier")).not.toContain("defaultPrimaryIpId");
    expect(declarationOf(text, "customerPbx")).not.toContain("sipSubdomain");
  });

  it("drops the provider's marker tag and keeps the user's tags", () => {
    expect(declarationOf(program(), "mainProfile")).toContain('tags: ["prod"],');
  });

  it("puts the clone prefix on names, SIP user names and range descriptions", () => {
    const text = program();
    expect(text).toContain('const prefix = config.get("namePrefix") ?? "";');
    expect(declarationOf(text, "officePbx")).toContain('connectionName: named("office-pbx"),');
    expect(declarationOf(text, "officePbx")).toContain('userName: userName("officepbx01"),');
    expect(declarationOf(text, "customerPbx")).toContain('userName: userName("uacabc123def456"),');
    expect(declarationOf(text, "mainProfile")).toContain('name: named("Main Profile"),');
    expect(declarationOf(text, "officeNetwork")).toContain('description: named("office network"),');
  });

  it("reads every secret from config and lists what to set, with the value only when the API revealed it", () => {
    const generated = generateProject(fixtureAccount());
    const text = generated.files["index.ts"];
    expect(declarationOf(text, "officePbx")).toContain('password: config.requireSecret("officePbxPassword"),');
    expect(declarationOf(text, "_1stCarrier")).toContain('ipAuthenticationToken: config.requireSecret("_1stCarrierOutboundIpAuthenticationToken"),');
    // Not revealed by Telnyx: optional, so adoption keeps the live value and never asks for an invented one.
    expect(declarationOf(text, "customerPbx")).toContain('password: hiddenSecret("customerPbxExternalUacSettingsPassword"),');
    expect(declarationOf(text, "officePbx2")).toContain('password: hiddenSecret("officePbx2Password"),');
    expect(generated.secrets.map((s) => [s.key, s.value])).toEqual([
      ["officePbxPassword", clearPassword],
      ["officePbx2Password", undefined],
      ["_1stCarrierOutboundIpAuthenticationToken", clearToken],
      ["customerPbxPassword", undefined],
      ["customerPbxExternalUacSettingsPassword", undefined],
    ]);
    for (const file of Object.values(generated.files)) {
      expect(file).not.toContain(clearPassword);
      expect(file).not.toContain(clearToken);
      expect(file).not.toContain("***");
    }
    expect(generated.files["README.md"]).toContain("- `officePbxPassword`: ");
    expect(generated.files["README.md"]).toContain("pulumi config set --secret officePbx2Password <value>");
    expect(generated.files[".gitignore"]).toContain("set-secrets.sh");
  });

  it("names resources and secrets after a deployed stack's objects without their auto-name suffix", () => {
    const account = fixtureAccount();
    account.uacConnection[0].connection_name = "customer-pbx-0a1b2c3";
    const generated = generateProject(account);
    const text = generated.files["index.ts"];
    expect(text).toContain('const customerPbx = new sip.UacConnection("customer-pbx", {');
    // The object keeps its own name.
    expect(declarationOf(text, "customerPbx")).toContain('connectionName: named("customer-pbx-0a1b2c3"),');
    expect(generated.secrets.map((s) => s.key)).toContain("customerPbxPassword");
  });

  it("keeps the stack's config file in Git, and has its README install the tarball of this version", () => {
    const generated = generateProject(fixtureAccount());
    // Pulumi.<stack>.yaml holds the stack's encrypted secrets and salt, which CI needs: only the clear-text script is left out.
    expect(generated.files[".gitignore"]).toBe("set-secrets.sh\nnode_modules/\n");
    const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    const readme = generated.files["README.md"];
    // `npm install` installs what the package.json beside it names: the tarball of this version, in ../vendor/.
    expect(readme).toContain(`npm install                   # package.json: ../vendor/pulumi-telnyx-sip-${version}.tgz`);
    const pkg = JSON.parse(generated.files["package.json"]);
    expect(pkg.dependencies["pulumi-telnyx-sip"]).toBe(`file:../vendor/pulumi-telnyx-sip-${version}.tgz`);
    // No install from the registry, where the package is not published, and no "main" that Pulumi would look for.
    expect(readme).not.toMatch(/npm install[^\n]* pulumi-telnyx-sip(\s|$)/);
    expect(pkg).not.toHaveProperty("main");
    expect(readme).toContain("Commit `Pulumi.prod.yaml`");
  });

  it("leaves out values the provider would refuse, and says which", () => {
    const generated = generateProject(fixtureAccount());
    expect(declarationOf(generated.files["index.ts"], "officePbx")).not.toContain("webhookEventUrl");
    expect(generated.skipped).toEqual([
      `credential connection "office-pbx" (id ${ids.pbx}), field webhookEventUrl: must be an absolute http:// or https:// URL, or "" to unset`,
    ]);
    expect(generated.files["README.md"]).toContain(generated.skipped[0]);
  });

  it("writes the same text whatever order the objects were listed in", () => {
    const reversed = fixtureAccount();
    for (const list of Object.values(reversed)) list.reverse();
    const once = generateProject(fixtureAccount());
    const again = generateProject(reversed);
    expect(again.files).toEqual(once.files);
  });

  it("writes a project file with the adopt and namePrefix settings", () => {
    const yaml = generateProject(fixtureAccount(), "acme-sip").files["Pulumi.yaml"];
    expect(yaml).toMatch(/^name: acme-sip\n/);
    expect(yaml).toContain("main: index.ts");
    expect(yaml).toMatch(/adopt:\n\s+type: boolean\n\s+default: true/);
    expect(yaml).toMatch(/namePrefix:\n\s+type: string\n\s+default: ""/);
  });
});
