// Each example depends on the version of the package it is tested with (this repo's), and its README installs the
// tarball of that version: an example copied out of the repo installs what its test deployed.
import { expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..");
const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8"));
const examples = fs
  .readdirSync(path.join(repoRoot, "examples"))
  .filter((name) => fs.existsSync(path.join(repoRoot, "examples", name, "package.json")));

it("finds the examples", () => expect(examples.length).toBeGreaterThanOrEqual(6));

it.each(examples)("%s depends on exactly this version, and its README installs that version's tarball", (name) => {
  const dir = path.join(repoRoot, "examples", name);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  expect(pkg.dependencies["pulumi-telnyx-sip"]).toBe(version);
  // A project without Pulumi.yaml's main would have Pulumi look for package.json's "main".
  expect(pkg.main).toBeUndefined();
  const installs = fs.readFileSync(path.join(dir, "README.md"), "utf8").split("\n").filter((l) => l.startsWith("npm install"));
  expect(installs).toEqual([expect.stringContaining(`npm install /path/to/pulumi-telnyx-sip-${version}.tgz`)]);
});
