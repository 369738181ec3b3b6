import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCli } from "../../emulator/cli-args";

describe("CLI arguments", () => {
  it("parses every flag", () => {
    expect(parseCli(["--port", "0", "--host", "0.0.0.0", "--state", "s.json", "--secrets", "omit", "--unset", "omit", "--latency-ms", "5", "--fault-rate", "0.25", "--rate-limit", "10", "--seed", "9", "--user-id", "42"])).toEqual({
      help: false,
      port: 0,
      host: "0.0.0.0",
      stateFile: "s.json",
      secrets: "omit",
      unset: "omit",
      latencyMs: 5,
      faultRate: 0.25,
      rateLimit: 10,
      seed: 9,
      userId: "42",
    });
  });

  it("defaults to 127.0.0.1:4010", () => {
    expect(parseCli([])).toMatchObject({ port: 4010, host: "127.0.0.1", help: false });
  });

  for (const args of [["--port", "x"], ["--port", "70000"], ["--secrets", "show"], ["--unset", "empty"], ["--fault-rate", "1.5"], ["--latency-ms", "-1"], ["--bogus"]]) {
    it(`rejects ${args.join(" ")}`, () => {
      expect(() => parseCli(args)).toThrow();
    });
  }

  it("prints exactly one line, the URL, once listening", async () => {
    const root = join(__dirname, "..", "..");
    const child = spawn(join(root, "node_modules", ".bin", "vite-node"), [join(root, "emulator", "cli.ts"), "--port", "0"], { cwd: root });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (out.includes("\n")) resolve(out);
        });
        child.on("error", reject);
        child.on("exit", (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(output).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/);
      const res = await fetch(`${output.trim()}/v2/ips`, { headers: { authorization: "Bearer k" } });
      expect(res.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  }, 20000);
});
