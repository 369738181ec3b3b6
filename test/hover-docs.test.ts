// Each field's description in sdk/schemas reaches the user's editor: the built declarations carry it as TSDoc, and
// TypeScript's language service (what editors ask on hover) shows it for a program's arguments, nested ones included.
// The generated source (provider/resource-args.ts) must match the schemas: test/docs.test.ts.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import type { z } from "zod";
import { resources } from "../sdk/resources";
import { unwrap } from "../sdk/schema-meta";
import { objectShape } from "../provider/core/casing";
import { removeDir, repoRoot, strictCompilerOptions, tempProjectDir, writeFiles } from "./cli/temp-project";

/** The description of the field at an API path ("inbound.codecs") of a resource kind's schema. */
function description(kind: keyof typeof resources, apiPath: string): string {
  let field: z.ZodType | undefined = resources[kind].fields;
  for (const key of apiPath.split(".")) field = objectShape(field)?.[key];
  const text = field && unwrap(field).meta.description;
  if (!text) throw new Error(`no description at ${kind} ${apiPath}`);
  return text;
}

const PROGRAM = `import * as sip from "pulumi-telnyx-sip";
new sip.CredentialConnection("pbx", {
  userName: "pbxuser01",
  password: "pbx-password-1",
  inbound: { codecs: ["G722"] },
});
new sip.Fqdn("host", { connectionId: "1", fqdn: "sip.example.com", dnsRecordType: "a", port: 5060 });
new sip.UacConnection("uac", { externalUacSettings: { proxy: "sip:pbx.example.com" } });
new sip.OutboundVoiceProfile("profile", { whitelistedDestinations: ["US"] });
`;

/** [the word hovered in PROGRAM, its resource kind, its API path] */
const SAMPLE: [string, keyof typeof resources, string][] = [
  ["userName", "credentialConnection", "user_name"],
  ["codecs", "credentialConnection", "inbound.codecs"],
  ["port", "fqdn", "port"],
  ["proxy", "uacConnection", "external_uac_settings.proxy"],
  ["whitelistedDestinations", "outboundVoiceProfile", "whitelisted_destinations"],
];

describe("field docs on hover", () => {
  it("are in the built declarations as TSDoc, nested fields included", () => {
    const dts = fs.readFileSync(path.join(repoRoot, "node_modules/pulumi-telnyx-sip/dist/provider/resource-args.d.ts"), "utf8");
    for (const [word, kind, apiPath] of SAMPLE) {
      const documented = `/** ${description(kind, apiPath)} */\n    ${word}`;
      expect(dts, `${kind} ${apiPath}`).toContain(documented);
    }
    const resourcesDts = fs.readFileSync(path.join(repoRoot, "node_modules/pulumi-telnyx-sip/dist/provider/resources.d.ts"), "utf8");
    expect(resourcesDts).toContain("export interface CredentialConnectionArgs extends CredentialConnectionFields, ResourceArgs");
  });

  it("show in an editor for a program's arguments, from the package as installed", { timeout: 120_000 }, () => {
    const dir = tempProjectDir("hover");
    try {
      writeFiles(dir, { "index.ts": PROGRAM });
      const file = path.join(dir, "index.ts");
      const { options } = ts.convertCompilerOptionsFromJson(strictCompilerOptions, dir);
      const service = ts.createLanguageService({
        getScriptFileNames: () => [file],
        getScriptVersion: () => "1",
        getScriptSnapshot: (name) => (fs.existsSync(name) ? ts.ScriptSnapshot.fromString(fs.readFileSync(name, "utf8")) : undefined),
        getCurrentDirectory: () => dir,
        getCompilationSettings: () => options,
        getDefaultLibFileName: ts.getDefaultLibFilePath,
        fileExists: ts.sys.fileExists,
        readFile: ts.sys.readFile,
        readDirectory: ts.sys.readDirectory,
        directoryExists: ts.sys.directoryExists,
        getDirectories: ts.sys.getDirectories,
        realpath: ts.sys.realpath,
      });
      for (const [word, kind, apiPath] of SAMPLE) {
        const info = service.getQuickInfoAtPosition(file, PROGRAM.indexOf(`${word}:`) + 1);
        expect(ts.displayPartsToString(info?.documentation), `${kind} ${apiPath}`).toBe(description(kind, apiPath));
      }
    } finally {
      removeDir(dir);
    }
  });
});
