// How failed lookups read in `pulumi up` / `pulumi preview`, run with the real CLI: one line per failure naming the
// lookup and saying what was wrong, with no stack trace, no dump of the error object and no rejection warnings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as path from "node:path";
import { newStack, removeStack, repoRoot, TestStack } from "./pulumi";
import { TestEmulator } from "./emulator";

const NOISE = [/^\s+at /m, /PromiseRejection/, /unhandled exception/i, /\bstatus: \d/, /errors: \[/, /\[Symbol/, /RunError/];

/** The error lines of a failed run's diagnostics. */
async function failureOf(run: Promise<unknown>): Promise<{ output: string; errors: string[] }> {
  const output = await run.then(
    () => expect.unreachable("the run must fail") as never,
    (e: Error) => e.message,
  );
  const start = output.indexOf("Diagnostics:");
  const diagnostics = output.slice(start, output.indexOf("Resources:", start));
  return { output, errors: diagnostics.split("\n").filter((l) => l.trim().startsWith("error: ")).map((l) => l.trim()) };
}

describe("lookup failures in the CLI's output", () => {
  let emu: TestEmulator;
  let t: TestStack;

  beforeAll(async () => {
    emu = await TestEmulator.start();
    t = await newStack(path.join(repoRoot, "test/fixtures/lookup-failure"), "lookups");
    await t.stack.setAllConfig({ "telnyx:baseUrl": { value: emu.baseUrl }, "telnyx:apiKey": { value: "lookup-key", secret: true } });
  });
  afterAll(async () => {
    if (t) removeStack(t);
    await emu?.close();
  });

  it("prints one clear line per failed lookup", async () => {
    const { output, errors } = await failureOf(t.stack.up());
    expect(errors.sort()).toEqual([
      "error: getConnection: Telnyx API 404 on GET /v2/connections/1293384261075731499: Resource not found: Connection 1293384261075731499 not found.",
      'error: getOutboundVoiceProfile: no outbound voice profiles named "no-such-profile"; check the name (it is case-sensitive) and the account of telnyx:apiKey',
      "error: getRegistrationStatus: give exactly one of credentialConnectionId, uacConnectionId, sipRegistration, telzinoAgentId",
    ]);
    for (const noise of NOISE) expect(output).not.toMatch(noise);
  });

  it("hints at a base URL without /v2 in preview", async () => {
    await t.stack.setConfig("telnyx:baseUrl", { value: emu.url });
    const { output, errors } = await failureOf(t.stack.preview());
    const connection = errors.find((l) => l.includes("getConnection"));
    expect(connection).toBe(
      "error: getConnection: Telnyx API 404 on GET /connections/1293384261075731499: Resource not found: No route for GET " +
        "/connections/1293384261075731499. The URL has no /v2: the Telnyx API lives under /v2, so telnyx:baseUrl must " +
        "end in /v2 (e.g. https://api.telnyx.com/v2)",
    );
    for (const noise of NOISE) expect(output).not.toMatch(noise);
  });
});
