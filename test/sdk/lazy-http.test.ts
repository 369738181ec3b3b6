// A Pulumi program loads this package on every preview: the HTTP client (undici, 0.1-0.25 s to load) must wait for
// the first request, which a program without lookups never makes, and then load only what requests need. Checks the
// compiled package, as programs load it.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const dist = path.join(__dirname, "../../dist");
const loaded = (script: string): string[] =>
  JSON.parse(execFileSync(process.execPath, ["-e", `${script}; console.log(JSON.stringify(Object.keys(require.cache))); process.exit(0)`], { cwd: dist }));
const undiciIn = (modules: string[]) => modules.filter((m) => m.includes(`${path.sep}undici${path.sep}`));

describe("loading the package", () => {
  it("does not load undici until a request is made", () => {
    expect(undiciIn(loaded(`require(${JSON.stringify(dist)})`))).toEqual([]);
  });

  it("loads it for the first request", () => {
    const script =
      `const { HttpClient } = require(${JSON.stringify(path.join(dist, "sdk/http.js"))});` +
      `new HttpClient({ service: "Telnyx", baseUrl: "http://127.0.0.1:9/v2", token: "t" })` +
      `.request("GET", "/ips").catch(() => {})`;
    const modules = undiciIn(loaded(script));
    expect(modules.some((m) => m.endsWith(path.join("undici", "lib", "api", "api-request.js")))).toBe(true);
    // Only the agent and `request`: undici's entry point would also load fetch, WebSocket, the cache and the mocks.
    expect(modules.filter((m) => m.endsWith(path.join("undici", "index.js")) || m.includes(path.join("undici", "lib", "web")))).toEqual([]);
  });
});
