// SIGKILL `pulumi up` at 10 different points of a deployment; after each, the documented recovery (scripts/recover.ts,
// which `npm start` runs) and one more `up` converge with no duplicate and no orphan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";
import { recover } from "../../scripts/recover";

const FIXTURE = path.join(repoRoot, "test/fixtures/lifecycle");
/** What the lifecycle program owns: one of each, plus the FQDN record Telnyx makes for the UAC connection. */
const EXPECTED = {
  credential_connections: 1, ip_connections: 1, fqdn_connections: 1, uac_connections: 1,
  ips: 1, fqdns: 2, outbound_voice_profiles: 1, access_ip_ranges: 1,
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `pulumi up` and kills it (and its plugins) the moment the emulator has answered `afterWrites` writes. */
async function upKilledAfter(t: TestStack, emu: TestEmulator, afterWrites: number): Promise<number> {
  const child = spawn("pulumi", ["up", "--yes", "--skip-preview", "--non-interactive", "--stack", "crash"], {
    cwd: FIXTURE,
    env: { ...process.env, ...t.env },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let writes = 0;
  for (let waited = 0; waited < 60_000; waited += 10) {
    writes = (await emu.writes()).length;
    if (writes >= afterWrites || child.exitCode !== null) break;
    await sleep(10);
  }
  if (child.exitCode === null) process.kill(-child.pid!, "SIGKILL");
  await exited;
  return writes;
}

describe("crash safety", () => {
  let emu: TestEmulator;
  let t: TestStack;

  beforeAll(async () => {
    // Latency widens the window between a create reaching the API and its result reaching the state.
    emu = await TestEmulator.start({ latencyMs: 150 });
    t = await newStack(FIXTURE, "crash");
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "crash-test-key", secret: true },
      password: { value: "Crash-pass-5511", secret: true },
      token: { value: "crash-token-77aa11", secret: true },
    });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("converges with no duplicate and no orphan after SIGKILL at 10 points", async () => {
    // Ten kill points over the 8 creates of this deployment, in a fixed shuffled order.
    const points = [3, 1, 6, 8, 2, 5, 7, 4, 1, 6];
    const report: string[] = [];
    for (const [i, point] of points.entries()) {
      await emu.resetRequests();
      const writes = await upKilledAfter(t, emu, point);
      const { clearedPendingCreates } = await recover(t.stack);
      const up = await t.stack.up();
      expect(up.summary.result, `run ${i}`).toBe("succeeded");
      const counts = Object.fromEntries(Object.entries(await emu.collections()).map(([k, v]) => [k, v.length]));
      expect(counts, `run ${i}: killed after ${writes} writes`).toEqual(EXPECTED);
      await t.stack.preview({ expectNoChanges: true });
      report.push(`#${i + 1}: killed after ${writes} writes, ${clearedPendingCreates} pending creates cleared`);
      await t.stack.destroy();
      expect(await emu.count(), `run ${i}: orphans after destroy`).toBe(0);
    }
    console.log(report.join("\n"));
  });
});
