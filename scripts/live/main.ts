import * as fs from "node:fs";
import * as path from "node:path";
import { TelnyxClient } from "../../sdk";
import { repoRoot } from "../bench/pulumi-env";
import { scrubFixture, type RecordedFixture } from "./fixture";
import { liveStack, lifecycleSteps } from "./lifecycle";
import { Recorder } from "./recorder";
import { LIVE_PREFIX, sweep } from "./sweep";

/*
 * npm run test:live [-- --sweep] [-- --record]: the acceptance suite against the real Telnyx API. Creates real
 * objects (connections, addresses, hostnames, a profile, an access IP range; no numbers, no calls) under a unique
 * prefix, takes them through their whole lifecycle with the real engine, and deletes them. Not part of npm test.
 */

const USAGE = `usage: TELNYX_API_KEY=... npm run test:live [-- --sweep] [-- --record]
  --sweep   only delete leftovers of earlier runs (objects named ${LIVE_PREFIX}*), then exit
  --record  also write the scrubbed requests and answers to test/fixtures/recorded/ for the replay test`;

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== "--sweep" && a !== "--record");
  if (unknown.length > 0) {
    console.error(`test:live: unknown argument ${unknown.join(" ")}\n${USAGE}`);
    return 2;
  }
  const apiKey = process.env.TELNYX_API_KEY;
  if (!apiKey) {
    console.error(
      "test:live did not run: TELNYX_API_KEY is not set. It runs against the real Telnyx API, creating and deleting\n" +
        "real objects, so it needs a key (a test account's). Nothing was tested: this is not a pass.\n" + USAGE,
    );
    return 2;
  }
  const baseUrl = process.env.TELNYX_BASE_URL ?? "https://api.telnyx.com/v2";
  const client = new TelnyxClient({ apiKey, baseUrl });
  if (argv.includes("--sweep")) {
    const swept = await sweep(client);
    console.log(`test:live --sweep: deleted ${swept.length} leftover object(s) named ${LIVE_PREFIX}*`);
    return 0;
  }

  const prefix = `${LIVE_PREFIX}${new Date().toISOString().slice(0, 16).replace(/\D/g, "")}-${Math.random().toString(36).slice(2, 6)}`;
  const recorder = argv.includes("--record") ? new Recorder(baseUrl) : undefined;
  const engineUrl = recorder ? await recorder.start() : baseUrl;
  console.log(`test:live against ${baseUrl}, prefix ${prefix}${recorder ? ", recording" : ""}`);
  const { stack, cleanUp } = await liveStack(prefix, engineUrl, apiKey);
  let failed = 0;
  try {
    // Out-of-band changes go through the recorder too, so a replay sees everything the API saw.
    const outOfBand = new TelnyxClient({ apiKey, baseUrl: engineUrl });
    for (const step of lifecycleSteps(stack, outOfBand, prefix)) {
      const started = Date.now();
      try {
        await step.run();
        console.log(`  ✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      } catch (err) {
        failed++;
        console.log(`  ✗ ${step.name}: ${(err as Error).message}`);
      }
    }
  } finally {
    // Whatever failed, nothing of this run stays in the account.
    await stack.destroy().catch(() => undefined);
    await sweep(client, () => undefined).catch((err: Error) => console.error(`sweep failed: ${err.message}; run npm run test:live -- --sweep`));
    cleanUp();
    if (recorder) {
      await recorder.close();
      writeFixture({ source: "recorded", note: `npm run test:live --record, prefix ${prefix}`, recordedAt: new Date().toISOString(), exchanges: recorder.exchanges });
    }
  }
  console.log(failed === 0 ? "test:live: every step passed" : `test:live: ${failed} step(s) failed`);
  return failed === 0 ? 0 : 1;
}

function writeFixture(fixture: RecordedFixture): void {
  const dir = path.join(repoRoot, "test/fixtures/recorded");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `live-${fixture.recordedAt.replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, JSON.stringify(scrubFixture(fixture), null, 1) + "\n");
  console.log(`recorded ${fixture.exchanges.length} exchanges to ${path.relative(repoRoot, file)}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`test:live: ${err.message}`);
    process.exit(1);
  },
);
