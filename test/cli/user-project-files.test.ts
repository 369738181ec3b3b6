// Issue 26: the package.json and tsconfig.json of a user project are written once (cli/export/user-project.ts): the
// README's "Use it in your project" shows exactly them, and `telnyx-sip export` writes them beside its program when
// the folder has none, never over the user's own.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { userPackageJson, userTsconfig } from "../../cli/export/user-project";

const repo = path.join(__dirname, "../..");
const { version } = JSON.parse(fs.readFileSync(path.join(repo, "package.json"), "utf8"));

/** The ```json <file> blocks of the README's "Use it in your project". */
function readmeBlock(file: string): string {
  const readme = fs.readFileSync(path.join(repo, "README.md"), "utf8");
  const section = readme.split(/^## /m).find((s) => s.startsWith("Use it in your project")) ?? "";
  return [...section.matchAll(/^```\w+ ([\w.]+)\n([\s\S]*?)^```/gm)].find((m) => m[1] === file)?.[2] ?? "(no block)";
}

describe("the user project's package.json and tsconfig.json", () => {
  it("are the README's, for the README's project and tarball", () => {
    expect(readmeBlock("package.json")).toBe(userPackageJson("my-sip", `vendor/pulumi-telnyx-sip-${version}.tgz`));
    expect(readmeBlock("tsconfig.json")).toBe(userTsconfig());
  });

  it("have no main, which would make every run look for index.js", () => {
    expect(JSON.parse(userPackageJson("p", "vendor/x.tgz"))).not.toHaveProperty("main");
  });
});
