// On Node 26, Pulumi's serialization of a dynamic provider loads the experimental `node:ffi`, whose warning every
// `pulumi up` showed; loading the package first keeps that one warning out and no other (provider/core/quiet-ffi.ts).
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { expect, it } from "vitest";

const repo = path.join(__dirname, "../..");
// The Node.js npm start and npm test run on (scripts/setup-node.sh): the current LTS, which has node:ffi.
const node = path.join(repo, ".pulumi-local/bin/node");

function stderrOf(script: string): string {
  const run = spawnSync(node, ["-e", script], { cwd: repo, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

it("keeps node:ffi's ExperimentalWarning out when Pulumi loads every built-in module after the package", () => {
  const loadBuiltins = 'for (const m of require("node:module").builtinModules) if (m.startsWith("node:")) require(m);';
  // Without the package, this Node prints it: what the test guards against is real here.
  expect(stderrOf(loadBuiltins)).toContain("ExperimentalWarning: FFI is an experimental feature");
  expect(stderrOf(`require("pulumi-telnyx-sip"); ${loadBuiltins}`)).not.toContain("ExperimentalWarning");
});

it("lets every other warning through, one that names FFI later included", () => {
  const stderr = stderrOf('require("pulumi-telnyx-sip"); process.emitWarning("something else", "ExperimentalWarning"); process.emitWarning("an FFI note")');
  expect(stderr).toContain("ExperimentalWarning: something else");
  expect(stderr).toContain("Warning: an FFI note");
});
