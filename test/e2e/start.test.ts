// The main job itself: `npm start`'s script, twice, against its embedded emulator: the first run deploys the root
// program with secrets it generates, the second finds nothing to do. Stack, backend, port and emulator state are
// moved aside (PULUMI_STACK_NAME, PULUMI_BACKEND_URL, TELNYX_EMULATOR_PORT/STATE) so the developer's own `dev`
// stack is never touched.
import { afterAll, describe, expect, it } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createServer } from "node:net";
import { repoRoot, runCommand } from "./pulumi";

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe("npm start", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "npm-start-"));
  const stack = `start-${path.basename(work).slice(-6).toLowerCase()}`;
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(repoRoot, `Pulumi.${stack}.yaml`), { force: true });
  });

  it("deploys the root program to its embedded emulator, then finds nothing to change", async () => {
    const env = {
      PULUMI_STACK_NAME: stack,
      PULUMI_BACKEND_URL: `file://${work}`,
      TELNYX_EMULATOR_PORT: String(await freePort()),
      TELNYX_EMULATOR_STATE: path.join(work, "emulator-state.json"),
      TELNYX_API_KEY: "",
    };
    const start = () => runCommand(process.execPath, [path.join(repoRoot, "dist/scripts/start.js")], { cwd: repoRoot, env });
    const first = await start();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).toContain("Target: the embedded Telnyx emulator");
    expect(first.stdout).toMatch(/Applied: 1[01] create/);
    const state = JSON.parse(fs.readFileSync(env.TELNYX_EMULATOR_STATE, "utf8"));
    expect(JSON.stringify(state)).toContain("carrier-trunk");
    const second = await start();
    expect(second.status, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain("No changes: the deployed setup already matches the program.");
  }, 1_200_000);
});
