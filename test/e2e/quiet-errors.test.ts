// Issue 26, "noise around errors": with the real CLI, what a failed run prints holds each error once, under its
// resource, with no JavaScript stack frames and no gRPC "Channel has been shut down" trace: a preview refused by
// validation, an `up` refused because the objects live at another URL (the dynamic-provider host used to echo that
// one twice more, the last with its stack), and an `up` interrupted by Ctrl-C (the program used to print the
// engine's shutdown as a 15-line trace).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { spawn } from "node:child_process";
import { newStack, removeStack, repoRoot, runPulumi, type CommandResult, type TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const FIXTURE = path.join(repoRoot, "test/fixtures/run-output");
const PASSWORD = "Quiet-password-0001";
const STACK_FRAME = /^\s+at \S/m;

interface Run extends CommandResult {
  /** stdout and stderr together: everything the user saw. */
  text: string;
}

/** The Diagnostics section of the CLI's summary. */
const diagnostics = (text: string): string => text.slice(text.indexOf("\nDiagnostics:"), text.lastIndexOf("\nResources:"));
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/**
 * Asserts the output names `message` once, with no trace: once in the summary, and in all twice, because the
 * non-interactive display shows a resource's error as it happens and again in the summary.
 */
function expectOnceAndQuiet(run: Run, message: string): void {
  expect(run.status, run.text).not.toBe(0);
  expect(occurrences(diagnostics(run.text), message), run.text).toBe(1);
  expect(occurrences(run.text, message), run.text).toBe(2);
  expect(run.text).not.toContain("Channel has been shut down");
  expect(run.text).not.toMatch(STACK_FRAME);
}

describe("a failed run prints each error once, without traces", () => {
  let emu: TestEmulator;
  const stacks: TestStack[] = [];

  async function stack(name: string): Promise<TestStack> {
    const t = await newStack(FIXTURE, name);
    stacks.push(t);
    await t.stack.setAllConfig({
      "telnyx:baseUrl": { value: emu.baseUrl },
      "telnyx:apiKey": { value: "quiet-errors-key", secret: true },
      pbxPassword: { value: PASSWORD, secret: true },
    });
    return t;
  }

  async function pulumi(t: TestStack, args: string[]): Promise<Run> {
    const r = await runPulumi(t, args, FIXTURE);
    return { ...r, text: r.stdout + r.stderr };
  }

  beforeAll(async () => {
    emu = await TestEmulator.start();
  });
  afterAll(async () => {
    for (const t of stacks) removeStack(t);
    await emu?.close();
  });

  it("a preview refused by validation", async () => {
    const t = await stack("quiet-invalid");
    await t.stack.setConfig("callLimit", { value: "-5" });
    const run = await pulumi(t, ["preview"]);
    expectOnceAndQuiet(run, 'outbound voice profile "outbound", field concurrentCallLimit: must be 1 or more');
  }, 300_000);

  it("an up refused because the objects live at another URL", async () => {
    const t = await stack("quiet-location");
    expect((await pulumi(t, ["up", "--yes"])).status).toBe(0);
    const elsewhere = emu.baseUrl.replace("127.0.0.1", "localhost");
    await t.stack.setConfig("telnyx:baseUrl", { value: elsewhere });
    const run = await pulumi(t, ["up", "--yes"]);
    expectOnceAndQuiet(run, `it lives at ${emu.baseUrl}, but this update is configured for ${elsewhere}; nothing was sent`);
  }, 300_000);

  // Whether the program is still waiting on the engine when it stops is a race: an interrupt at each of several
  // moments of the update (about half the moments showed the trace before).
  it("an up interrupted by Ctrl-C, at several moments", async () => {
    // Slow answers, so that each interrupt lands while the engine waits on a create.
    await emu.setFaults({ latency_ms: 1500 });
    try {
      for (const [i, afterMs] of [500, 1500, 2500, 3500].entries()) {
        const t = await stack(`quiet-interrupt-${i}`);
        const child = spawn("pulumi", ["up", "--yes", "--stack", t.stack.name, "--non-interactive"], {
          cwd: FIXTURE,
          env: { ...process.env, ...t.env },
        });
        let text = "";
        child.stdout.on("data", (d) => (text += d));
        child.stderr.on("data", (d) => (text += d));
        const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
        const deadline = Date.now() + 240_000;
        while (!text.includes("Updating (")) {
          if (Date.now() > deadline) throw new Error(`the update did not start:\n${text}`);
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, afterMs));
        child.kill("SIGINT");
        const status = await exited;
        expect(status, text).not.toBe(0);
        expect(text).toContain("update canceled");
        expect(text).not.toContain("Channel has been shut down");
        expect(text).not.toContain("failed to deliver log message");
        expect(text).not.toMatch(STACK_FRAME);
      }
    } finally {
      await emu.setFaults({ latency_ms: 0 });
    }
  }, 300_000);
});
