// Issue 15: the GitOps flow on a shared, self-managed PostgreSQL state backend (`postgres://`), as pipelines on
// different runners use it: a pull request's preview, the merge's up, and the scheduled drift check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { removeDir } from "../cli/temp-project";
import { TestEmulator } from "./emulator";
import { gitopsProject, Pipeline } from "./pipeline";
import { PostgresServer } from "./postgres-server";

const API_KEY = "pg-gitops-api-key";
const PASSWORD = "Office-Pbx-Secret-9517";

describe("GitOps on the PostgreSQL backend", () => {
  let pg: PostgresServer;
  let emu: TestEmulator;
  const dirs: string[] = [];
  /** A pipeline run on a runner of its own: a fresh checkout of the same repository, no local state. */
  const runner = (source?: string) => {
    const dir = gitopsProject("pg-gitops");
    dirs.push(dir);
    if (source) fs.copyFileSync(`${source}/Pulumi.prod.yaml`, `${dir}/Pulumi.prod.yaml`); // committed with the program
    return new Pipeline(dir, { backendUrl: pg.url, telnyxBaseUrl: emu.baseUrl, apiKey: API_KEY });
  };
  let laptop: Pipeline;

  beforeAll(async () => {
    [pg, emu] = await Promise.all([PostgresServer.start(), TestEmulator.start({ secrets: "echo" })]);
  });
  afterAll(async () => {
    dirs.forEach(removeDir);
    await Promise.all([pg?.destroy(), emu?.close()]);
  });

  it("sets up the stack from a laptop; the state lives in PostgreSQL, secrets encrypted", async () => {
    laptop = runner();
    await laptop.ok("stack", "init", "prod");
    await laptop.ok("config", "set", "--secret", "pbxPassword", PASSWORD);
    await laptop.ok("up", "--yes");
    expect((await emu.collections()).credential_connections).toHaveLength(1);
    // Keys are paths under the database's name; each value is {"data": <the file, base64>}.
    const keys = pg.query("SELECT key FROM pulumi_state ORDER BY key").split("\n");
    expect(keys).toContain("postgres/.pulumi/stacks/sip-gitops/prod.json");
    const state = pg.query(
      "SELECT convert_from(decode(data->>'data', 'base64'), 'UTF8') FROM pulumi_state WHERE key = 'postgres/.pulumi/stacks/sip-gitops/prod.json'",
    );
    expect(state).toContain("office-pbx");
    expect(state).not.toContain(PASSWORD);
    expect(state).not.toContain(API_KEY);
  });

  it("previews a pull request on another runner: the diff, and nothing written", async () => {
    const pr = runner(laptop.dir);
    await pr.ok("stack", "select", "prod");
    await pr.ok("config", "set", "channelLimit", "12"); // the change under review
    await emu.resetRequests();
    const preview = await pr.ok("preview", "--refresh", "--diff");
    expect(preview.stdout).toMatch(/office-pbx[\s\S]*channelLimit[\s\S]*10[\s\S]*12/);
    expect(preview.stdout).toMatch(/1 to update/);
    expect(await emu.writes()).toEqual([]);
  });

  it("applies the merge from a third runner, then previews no change", async () => {
    const merge = runner(laptop.dir);
    await merge.ok("stack", "select", "prod");
    await merge.ok("config", "set", "channelLimit", "12");
    await merge.ok("up", "--refresh", "--yes");
    expect((await emu.only("credential_connections")).inbound.channel_limit).toBe(12);
    await merge.ok("preview", "--expect-no-changes");
    expect((await merge.driftCheck("prod")).stdout).toBe("No drift: the account matches the program.\n");
  });

  it("fails the scheduled drift check after changes outside Pulumi, reads them out, and passes after the next up", async () => {
    const scheduled = runner(laptop.dir);
    await scheduled.ok("stack", "select", "prod");
    await scheduled.ok("config", "set", "channelLimit", "12");
    const pbx = await emu.only("credential_connections");
    await emu.changeBehindTheBack("credential_connections", pbx.id, {
      inbound: { channel_limit: 99 }, // declared
      tags: ["changed-by-hand"], // not declared
    });
    const drift = await scheduled.driftCheck("prod");
    expect(drift).toEqual({
      status: 1,
      stdout: "Drift: 1 resource(s) changed outside Pulumi.\n" +
        "office-pbx (CredentialConnection):\n" +
        "  inbound.channelLimit: 12 -> 99 (in the program: the next up puts it back)\n" +
        '  tags: [] -> ["changed-by-hand"] (not in the program: left as it is)\n',
      stderr: "",
    });
    await scheduled.ok("up", "--refresh", "--yes");
    const after = await emu.only("credential_connections");
    expect(after.inbound.channel_limit).toBe(12);
    expect(after.tags).toEqual(["changed-by-hand"]); // reported, not reverted
    expect(await scheduled.driftCheck("prod")).toEqual({ status: 0, stdout: "No drift: the account matches the program.\n", stderr: "" });
  });
});
