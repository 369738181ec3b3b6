// When the engine stops a run early (Ctrl-C, a failed check), @pulumi/pulumi leaves the program's last monitor call
// as an unhandled "Resource monitor is terminating" rejection, which it then printed as a gRPC trace. Loading the
// package makes the program leave quietly instead, and only for that (provider/core/quiet-shutdown.ts).
// test/e2e/quiet-errors.test.ts interrupts a real `pulumi up`, where this happens in some runs only (a race).
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { expect, it } from "vitest";

const repo = path.join(__dirname, "../..");
const node = path.join(repo, ".pulumi-local/bin/node");

/** What @pulumi/pulumi's runtime rejects with once the engine's monitor is gone (runtime/resource.js). */
const shutdown = 'Object.assign(new Error("Resource monitor is terminating"), { code: 14 })';

const run = (script: string) =>
  spawnSync(node, ["-e", script], { cwd: repo, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });

/** As @pulumi/pulumi's program runner does before it loads the program: a handler that reports a rejection. */
const runner = 'process.on("unhandledRejection", (e) => { console.error("runner: " + e.stack); process.exitCode = 1; });';

it("leaves quietly, with the code that says the error was reported, on the monitor's shutdown", () => {
  // Without the package, Node prints the rejection with its stack: what the test guards against is real here.
  const bare = run(`Promise.reject(${shutdown})`);
  expect(bare.stderr).toMatch(/^\s+at /m);
  const quiet = run(`${runner} require("pulumi-telnyx-sip"); Promise.reject(${shutdown})`);
  expect([quiet.status, quiet.stderr]).toEqual([32, ""]);
});

it("leaves every other rejection to the handlers that report it, Node's own outside a Pulumi program", () => {
  const boom = 'Promise.reject(Object.assign(new Error("boom"), { code: 14 }))';
  const inProgram = run(`${runner} require("pulumi-telnyx-sip"); ${boom}`);
  expect([inProgram.status, inProgram.stderr]).toEqual([1, expect.stringContaining("runner: Error: boom")]);
  const plain = run(`require("pulumi-telnyx-sip"); ${boom}`);
  expect(plain.status).toBe(1);
  expect(plain.stderr).toContain("Error: boom");
  const shutdownOutsideProgram = run(`require("pulumi-telnyx-sip"); Promise.reject(${shutdown})`);
  expect(shutdownOutsideProgram.stderr).toContain("Resource monitor is terminating");
});
