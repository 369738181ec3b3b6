// Issue 15: pipelines sharing one PostgreSQL state backend. Two `up`s of the same stack at once: one proceeds, the
// other stops at Pulumi's lock. The database going down in the middle of an `up`: the run fails cleanly, and once
// the database is back the next run converges. In every case the account holds exactly what the state says, nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./pulumi";
import { removeDir } from "../cli/temp-project";
import { TestEmulator } from "./emulator";
import { gitopsProject, Pipeline, type Run } from "./pipeline";
import { PostgresServer } from "./postgres-server";

const API_KEY = "pg-concurrency-api-key";
// Every API call takes this long, so an `up` (two creates in sequence) lasts seconds: long enough to act during it.
const LATENCY_MS = 1500;

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("pipelines sharing the PostgreSQL backend", () => {
  let pg: PostgresServer;
  let emu: TestEmulator;
  const dirs: string[] = [];
  /** A runner's checkout; `from` is a runner whose committed stack config (Pulumi.<stack>.yaml) it shares. */
  const pipeline = (stack: string, from?: Pipeline) => {
    const dir = gitopsProject(`pg-${stack}`);
    dirs.push(dir);
    if (from) fs.copyFileSync(path.join(from.dir, `Pulumi.${stack}.yaml`), path.join(dir, `Pulumi.${stack}.yaml`));
    return new Pipeline(dir, { backendUrl: pg.url, telnyxBaseUrl: emu.baseUrl, apiKey: API_KEY });
  };
  const setUp = async (stack: string) => {
    const p = pipeline(stack);
    await p.ok("stack", "init", stack);
    await p.ok("config", "set", "--secret", "pbxPassword", "Office-Pbx-Secret-4410");
    await p.ok("config", "set", "userName", `${stack}pbx01`); // SIP user names are unique in an account
    return p;
  };
  /** The account holds one profile and one connection, exactly the ones in the stack's state. */
  const expectConverged = async (p: Pipeline, stack: string) => {
    const c = await emu.collections();
    const state = JSON.parse((await p.ok("stack", "export", "--stack", stack)).stdout).deployment;
    const ids = (type: string) => state.resources.filter((r: { type: string }) => r.type === type).map((r: { id: string }) => r.id);
    expect(c.outbound_voice_profiles.map((o) => o.id)).toEqual(ids("pulumi-nodejs:dynamic/telnyx:OutboundVoiceProfile"));
    expect(c.credential_connections.map((o) => o.id)).toEqual(ids("pulumi-nodejs:dynamic/telnyx:CredentialConnection"));
    expect(c.credential_connections).toHaveLength(1);
    expect(state.pending_operations ?? []).toEqual([]);
    await p.ok("preview", "--expect-no-changes", "--stack", stack);
  };

  beforeAll(async () => {
    [pg, emu] = await Promise.all([PostgresServer.start(), TestEmulator.start({ latencyMs: LATENCY_MS })]);
  });
  afterAll(async () => {
    dirs.forEach(removeDir);
    await Promise.all([pg?.destroy(), emu?.close()]);
  });

  it("lets one of two concurrent ups proceed; the other fails fast on the lock, naming no password", async () => {
    const first = await setUp("shared");
    const second = pipeline("shared", first); // another runner, same stack
    await second.ok("stack", "select", "shared");
    await emu.resetRequests();
    const a = first.pulumi("up", "--yes");
    await until("the first up to reach the API", async () => (await emu.requests()).length > 0);
    const b: Run = await second.pulumi("up", "--yes");
    const aDone = await a;
    expect(aDone.status, aDone.stderr).toBe(0);
    expect(b.status).not.toBe(0);
    expect(b.stderr + b.stdout).toMatch(/the stack is currently locked by 1 lock\(s\)/);
    expect(b.stderr + b.stdout).not.toContain(pg.password); // the lock's URL is shown with the credentials masked
    await expectConverged(first, "shared");
    // The loser's retry (a re-run of its job) finds nothing left to do.
    const retry = await second.ok("up", "--yes");
    // The summary, not any line: Node 26's own warnings say "where the warning was created".
    expect(retry.stdout).toMatch(/Resources:\s+3 unchanged\s+Duration/);
    await expectConverged(second, "shared");
  });

  it("survives the database going down in the middle of an up: the run fails cleanly, the next up converges", async () => {
    const p = await setUp("restart");
    const before = await emu.collections();
    await emu.resetRequests();
    const up = p.pulumi("up", "--yes");
    // Down as soon as the first create is on its way: the state can be neither saved nor unlocked until it is back.
    const creating = async () => (await emu.requests()).some((r) => r.method === "POST" && r.path.endsWith("/outbound_voice_profiles"));
    await until("the up to start creating", creating);
    await pg.stop();
    const interrupted = await up;
    await pg.resume();
    const said = interrupted.stdout + interrupted.stderr;
    expect(interrupted.status).not.toBe(0);
    expect(said).not.toMatch(/panic|goroutine/);
    expect(said).toMatch(/connection refused/); // says what went wrong: the backend was unreachable
    expect(said).not.toContain(pg.password);
    // The documented recovery: `telnyx-sip recover` removes the lock the failed run could not remove and adopts what
    // the create it could not record made (found by that create's token); then deploy again.
    const recovered = await p.run(process.execPath, [path.join(repoRoot, "bin/telnyx-sip.js"), "recover", "--stack", "restart"]);
    expect(recovered.status, recovered.stderr).toBe(0);
    expect(recovered.stdout).toMatch(/removed the lock/);
    await p.ok("up", "--yes");
    await expectConvergedAfter(p, before);
  });

  async function expectConvergedAfter(p: Pipeline, before: Record<string, unknown[]>) {
    const c = await emu.collections();
    expect(c.outbound_voice_profiles).toHaveLength(before.outbound_voice_profiles.length + 1);
    expect(c.credential_connections).toHaveLength(before.credential_connections.length + 1);
    const state = JSON.parse((await p.ok("stack", "export", "--stack", "restart")).stdout).deployment;
    const mine = state.resources.filter((r: { type: string }) => r.type.startsWith("pulumi-nodejs:dynamic/telnyx:"));
    expect(mine).toHaveLength(2);
    for (const r of mine) expect([...c.outbound_voice_profiles, ...c.credential_connections].map((o) => o.id)).toContain(r.id);
    expect(state.pending_operations ?? []).toEqual([]);
    await p.ok("preview", "--expect-no-changes", "--stack", "restart");
  }
});
