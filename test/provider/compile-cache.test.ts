// Loading the package turns on Node's compile cache for what it loads next (provider/core/compile-cache.ts), unless
// the user turned it off; both the program's entry point and the dynamic provider's.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.join(__dirname, "../..");
const cacheDirAfter = (entry: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, ["-e", `require(${JSON.stringify(entry)}); console.log(JSON.stringify(require("node:module").getCompileCacheDir?.() ?? null))`], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, NODE_COMPILE_CACHE: undefined, ...env },
  }).trim().split("\n").pop();

describe("compile cache", () => {
  it("is on once the package or its provider is loaded", () => {
    for (const entry of ["pulumi-telnyx-sip", "pulumi-telnyx-sip/dist/provider/core/dispatch.js"]) {
      expect(JSON.parse(cacheDirAfter(entry)!)).toEqual(expect.any(String));
    }
  });

  it("stays off with NODE_DISABLE_COMPILE_CACHE=1", () => {
    expect(JSON.parse(cacheDirAfter("pulumi-telnyx-sip", { NODE_DISABLE_COMPILE_CACHE: "1" })!)).toBeNull();
  });
});
