// The hook profiles the dynamic provider's process, and only that one, and writes the profile however the process
// ends: on its own, or when the engine signals it.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../..");

// Compiled by `npm test`'s setup; a child process cannot preload TypeScript.
const HOOK = path.join(repoRoot, "dist/scripts/bench/profile-hook.js");

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A script at `relative` under a temporary folder, run with the hook; resolves with the profiles written. */
async function run(relative: string, body: string, signal?: NodeJS.Signals): Promise<{ profiles: string[]; code: number | null }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "profile-hook-"));
  dirs.push(root);
  const script = path.join(root, relative);
  fs.mkdirSync(path.dirname(script), { recursive: true });
  fs.writeFileSync(script, body);
  const out = path.join(root, "profiles");
  const child = spawn(process.execPath, ["--require", HOOK, script], {
    env: { ...process.env, BENCH_PROFILE_DIR: out },
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (signal) {
    // The script says when it is up, so the signal cannot come before the hook's handlers.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.kill(signal);
  }
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  return { profiles: fs.existsSync(out) ? fs.readdirSync(out).map((f) => path.join(out, f)) : [], code };
}

const PROVIDER = "node_modules/@pulumi/pulumi/cmd/dynamic-provider/index.js";
const BUSY = "let x = 0; for (let i = 0; i < 2e6; i++) x += i; console.log(x);";

describe("profile-hook", () => {
  it("writes the provider's profile when it exits on its own", async () => {
    const { profiles, code } = await run(PROVIDER, BUSY);
    expect(code).toBe(0);
    expect(profiles).toHaveLength(1);
    expect(path.basename(profiles[0])).toMatch(/^provider-\d+\.cpuprofile$/);
    const profile = JSON.parse(fs.readFileSync(profiles[0], "utf8"));
    expect(profile.samples.length).toBeGreaterThan(0);
    expect(profile.nodes.some((n: { callFrame: { url: string } }) => n.callFrame.url.includes("dynamic-provider"))).toBe(true);
  });

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`writes the provider's profile when the engine ends it with ${signal}`, async () => {
      const { profiles } = await run(PROVIDER, `console.log("up"); setInterval(() => {}, 1000);`, signal);
      expect(profiles).toHaveLength(1);
      expect(JSON.parse(fs.readFileSync(profiles[0], "utf8")).nodes.length).toBeGreaterThan(0);
    });
  }

  it("leaves every other process alone: the program, the language host's helpers", async () => {
    const { profiles, code } = await run("node_modules/@pulumi/pulumi/cmd/run/index.js", BUSY);
    expect(code).toBe(0);
    expect(profiles).toEqual([]);
  });
});
