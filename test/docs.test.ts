// docs/resources.md is generated from the schemas and declarations; this fails when someone changes one and not the
// docs, or adds a lookup or a SipTrunk argument the docs leave out or do not describe.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as sip from "../provider";
import { argsPath, argsSource, docsPath, resourcesMarkdown } from "../scripts/gen-docs";

describe("generated resource docs", () => {
  it("match the schemas (regenerate with `npm run docs`)", () => {
    expect(fs.readFileSync(docsPath, "utf8")).toBe(resourcesMarkdown());
  });

  it("in the args interfaces (provider/resource-args.ts) match the schemas too (regenerate with `npm run docs`)", () => {
    expect(fs.readFileSync(argsPath, "utf8")).toBe(argsSource());
  });

  const docs = resourcesMarkdown();
  /** From a `## ` heading to the next one, or to the end. */
  const section = (heading: string) => {
    const start = docs.indexOf(`\n${heading}\n`);
    expect(start, heading).toBeGreaterThan(0);
    const end = docs.indexOf("\n## ", start + 1);
    return docs.slice(start, end === -1 ? undefined : end);
  };

  it("document SipTrunk: each kind's arguments and the outputs, every row described", () => {
    const trunk = section("## SipTrunk");
    for (const kind of ['kind "credential"', 'kind "ip"', 'kind "fqdn"', "Outputs"]) expect(trunk).toContain(`### ${kind}`);
    for (const arg of ["userName", "password", "ips", "fqdns", "connection", "outboundVoiceProfile", "connectionId"]) expect(trunk).toContain(`| \`${arg}\` |`);
    const rows = trunk.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows.length).toBeGreaterThanOrEqual(19);
    for (const row of rows) expect(row.split(" | ").at(-1)!.replace(/\|$/, "").trim(), row).not.toBe("");
  });

  it("document every lookup the package exports, with its arguments described", () => {
    const lookups = section("## Lookups");
    const exported = Object.keys(sip).filter((k) => /^get[A-Z]/.test(k) && !k.endsWith("Output"));
    expect(exported.length).toBeGreaterThanOrEqual(5);
    for (const name of exported) {
      expect(lookups).toContain(`### ${name}\n`);
      expect(lookups).toContain(`Also \`${name}Output\``);
    }
    for (const row of lookups.split("\n").filter((l) => l.startsWith("| `"))) {
      expect(row.split(" | ").at(-1)!.replace(/\|$/, "").trim(), row).not.toBe("");
    }
  });
});
