// SIGKILL `pulumi up` (the CLI alone, as a CI timeout or an OOM kill would) at 10 points of a deployment. After each:
// no process of ours lives on, `telnyx-sip recover` settles what the run left (a damaged checkpoint sidecar once,
// the lock, the pending creates), and one more `up` converges with no duplicate and no orphan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, runCommand, TestStack } from "./pulumi";
import { LIFECYCLE_OBJECTS, TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/lifecycle");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Live processes of a process group (the CLI started as its leader, so every plugin and program is in it). */
const groupMembers = (pgid: number): string[] =>
  execFileSync("ps", ["-eo", "pid=,pgid=,args="], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.trim().split(/\s+/)[1] === String(pgid));

/** Runs `pulumi up` and SIGKILLs the CLI alone the moment the emulator has answered `afterWrites` writes. */
async function upKilledAfter(t: TestStack, emu: TestEmulator, afterWrites: number): Promise<{ writes: number; pgid: number }> {
  const child = spawn("pulumi", ["up", "--yes", "--skip-preview", "--non-interactive", "--stack", "crash"], {
    cwd: FIXTURE,
    env: { ...process.env, ...t.env },
    stdio: "ignore",
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let writes = 0;
  for (let waited = 0; waited < 120_000; waited += 10) {
    writes = (await emu.writes()).length;
    if (writes >= afterWrites || child.exitCode !== null) break;
    await sleep(10);
  }
  if (child.exitCode === null) child.kill("SIGKILL");
  await exited;
  return { writes, pgid: child.pid! };
}

describe("crash safety", () => {
  let emu: TestEmulator;
  let t: TestStack;
  const recover = () =>
    runCommand(process.execPath, [path.join(repoRoot, "bin/telnyx-sip.js"), "recover", "--stack", "crash", "--cwd", FIXTURE], { cwd: FIXTURE, env: t.env });

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

  it("leaves no process behind, and recovers with no duplicate and no orphan after SIGKILL at 10 points", async () => {
    // Ten kill points over the 8 creates of this deployment, in a fixed shuffled order.
    const points = [3, 1, 6, 8, 2, 5, 7, 4, 1, 6];
    const report: string[] = [];
    for (const [i, point] of points.entries()) {
      await emu.resetRequests();
      const { writes, pgid } = await upKilledAfter(t, emu, point);
      let left = groupMembers(pgid);
      for (let waited = 0; left.length > 0 && waited < 30_000; waited += 250) {
        await sleep(250);
        left = groupMembers(pgid);
      }
      expect(left, `run ${i}: processes alive after the CLI was killed`).toEqual([]);

      if (i === 0) {
        // What a kill during a checkpoint write once left: an empty sidecar, after which every command fails.
        const attrs = path.join(t.backendDir, ".pulumi", "stacks", "lifecycle", "crash.json.attrs");
        fs.writeFileSync(attrs, "");
      }
      const recovered = await recover();
      expect(recovered.status, `run ${i}: recover failed: ${recovered.stderr}`).toBe(0);
      if (i === 0) expect(recovered.stdout).toMatch(/removed the damaged .*crash\.json\.attrs/);

      const up = await t.stack.up();
      expect(up.summary.result, `run ${i}`).toBe("succeeded");
      const counts = await emu.counts();
      expect(counts, `run ${i}: killed after ${writes} writes; recover said: ${recovered.stdout}`).toEqual(LIFECYCLE_OBJECTS);
      await t.stack.preview({ expectNoChanges: true });
      const adopted = recovered.stdout.split("\n").filter((l) => l.startsWith("adopted")).length;
      const forgot = recovered.stdout.split("\n").filter((l) => l.startsWith("forgot")).length;
      console.log(`#${i + 1} done at ${new Date().toISOString()}`);
      report.push(`#${i + 1}: killed after ${writes} writes; recover adopted ${adopted}, forgot ${forgot} pending creates`);
      await t.stack.destroy();
      expect(await emu.count(), `run ${i}: orphans after destroy`).toBe(0);
    }
    console.log(report.join("\n"));
  }, 2_400_000); // ten kill-recover-up-destroy rounds: about 6 minutes idle; the limit only stops a hang

  it("recovers after SIGKILL during replacements, created first and deleted first", async () => {
    // step 3 replaces the IP (port) and the access IP range (CIDR); createFirst flips the order of each replacement.
    const trials = [
      { createFirst: true, killAfter: 1 }, { createFirst: false, killAfter: 1 },
      { createFirst: true, killAfter: 3 }, { createFirst: false, killAfter: 2 },
    ];
    for (const [i, trial] of trials.entries()) {
      await t.stack.setConfig("step", { value: "1" });
      await t.stack.setConfig("createFirst", { value: String(trial.createFirst) });
      await t.stack.up();
      await t.stack.setConfig("step", { value: "3" });
      await emu.resetRequests();
      const { writes } = await upKilledAfter(t, emu, trial.killAfter);
      const recovered = await recover();
      const said = `trial ${i} (${JSON.stringify(trial)}, killed after ${writes} writes); recover said: ${recovered.stdout}${recovered.stderr}`;
      expect(recovered.status, said).toBe(0);
      expect((await t.stack.up()).summary.result, said).toBe("succeeded");
      // At step 3 the FQDN connection is a Microsoft Teams SBC, for which Telnyx makes one FQDN more.
      expect(await emu.counts(), said).toEqual({ ...LIFECYCLE_OBJECTS, fqdns: LIFECYCLE_OBJECTS.fqdns + 1 });
      const live = new Set(Object.values(await emu.collections()).flat().map((o) => String(o.id)));
      const state = (await t.stack.exportStack()).deployment.resources.filter((r: any) => r.custom && r.id && !r.type.startsWith("pulumi:providers"));
      expect(state.every((r: any) => live.has(String(r.id))), said).toBe(true);
      await t.stack.preview({ expectNoChanges: true });
      await t.stack.destroy();
      expect(await emu.count(), `${said}: orphans after destroy`).toBe(0);
    }
  }, 2_400_000);
});
