// The compatibility matrix is stated in three places that must agree: scripts/compat-matrix.json (what the
// user-project test runs), the README's table of supported versions, and package.json's ranges.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { matrix } from "./e2e/compat-legs";

const root = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const { oldest, newest } = matrix;

/** A README table row as its cells, found by its first cell. */
function row(first: string): string[] {
  const line = readme.split("\n").find((l) => l.startsWith(`| ${first}`));
  if (!line) throw new Error(`README.md: no row starting "| ${first}" in the supported versions table`);
  return line.split("|").slice(1, -1).map((c) => c.trim());
}

describe("the compatibility matrix", () => {
  it("is the README's table of supported versions", () => {
    expect(row("Node.js").slice(1).map((c) => c.split(" ")[0])).toEqual([oldest.node, newest.node]);
    expect(row("`@pulumi/pulumi`").slice(1)).toEqual([oldest.pulumi, newest.pulumi]);
    expect(row("Pulumi CLI").slice(1)).toEqual([oldest.pulumi, newest.pulumi]);
    expect(row("TypeScript").slice(1)).toEqual([oldest.typescript, newest.typescript]);
  });

  it("bounds package.json: the peer range starts at the oldest leg, and engines.node admits it", () => {
    expect(pkg.peerDependencies["@pulumi/pulumi"]).toBe(`^${oldest.pulumi}`);
    expect(row("`@pulumi/pulumi`")[0]).toContain(`\`^${oldest.pulumi}\``);
    expect(newest.pulumi.split(".")[0]).toBe(oldest.pulumi.split(".")[0]);
    expect(pkg.engines.node).toBe(`>=${oldest.node}`);
    // npm start and npm test run on the newest leg (scripts/setup-node.sh picks its Node.js); the user-project test
    // keeps the oldest leg honest.
    expect(pkg.devDependencies["@pulumi/pulumi"]).toBe(newest.pulumi);
    expect(pkg.dependencies["@pulumi/pulumi"]).toBeUndefined();
  });
});
