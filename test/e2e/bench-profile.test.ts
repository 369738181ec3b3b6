// `npm run bench:profile` for real, on small stacks: the real engine starts the real dynamic provider with the hook
// preloaded, each phase leaves a profile of ours and of the floor, and the tables say what ours loads and does that
// the floor does not.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCommand } from "./pulumi";

/** The row `part` of the table that follows the line `<phase>:`, as [ours, floor] in ms. */
function row(stdout: string, phase: string, part: string): [number, number] | undefined {
  const section = stdout.split(`\n${phase}:\n\n`)[1]?.split("\n\n")[0] ?? "";
  const cells = section.split("\n").map((line) => line.split("|").map((c) => c.trim())).find((c) => c[1] === part);
  return cells ? [Number(cells[2]), Number(cells[3])] : undefined;
}

describe("npm run bench:profile", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-profile-"));
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it("profiles ours and the floor's provider through every phase, and tells their parts apart", async () => {
    // What an earlier run into the same folder left must not be counted again.
    fs.mkdirSync(path.join(out, "ours", "up"), { recursive: true });
    fs.writeFileSync(path.join(out, "ours", "up", "provider-1.cpuprofile"), "{}");
    const result = await runCommand(
      process.execPath,
      [path.join(repoRoot, "dist/scripts/bench/profile.js"), "--size", "5", "--latency-ms", "0", "--out", out],
      { cwd: repoRoot, env: { PATH: `${path.join(repoRoot, ".pulumi-local/bin")}${path.delimiter}${process.env.PATH}` } },
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const side of ["ours", "floor"]) {
      for (const phase of ["up", "preview", "refresh", "destroy"]) {
        const files = fs.readdirSync(path.join(out, side, phase));
        expect(files.filter((f) => /^provider-\d+\.cpuprofile$/.test(f)), `${side} ${phase}`).toHaveLength(1);
      }
    }
    // Only ours loads its package and makes HTTP requests; both load Pulumi's.
    const oursOnly = row(result.stdout, "refresh", "loading: pulumi-telnyx-sip");
    expect(oursOnly?.[0]).toBeGreaterThan(0);
    expect(oursOnly?.[1]).toBe(0);
    expect(row(result.stdout, "destroy", "running: undici")?.[1] ?? 0).toBe(0);
    const busy = row(result.stdout, "up", "busy");
    expect(busy?.[0]).toBeGreaterThan(0);
    expect(busy?.[1]).toBeGreaterThan(0);
    expect(result.stdout).toContain(`profiles in ${out}`);
  });
});
