// `npm run pulumi -- <args>`: the Pulumi CLI on the root Pulumi.yaml with the same backend, passphrase and PATH as
// `npm start`, and the embedded emulator running for the duration of the command (unless TELNYX_API_KEY is set).
import { spawn } from "node:child_process";
import { startTarget } from "./embedded-emulator";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv, repoRoot } = require("../../scripts/pulumi-env.js");

async function main(): Promise<number> {
  const target = await startTarget(repoRoot);
  try {
    const child = spawn("pulumi", process.argv.slice(2), {
      cwd: repoRoot,
      stdio: "inherit",
      // refresh and destroy run the program too, so they use the current config, not the one saved at the last up.
      env: { ...process.env, ...pulumiEnv(), PULUMI_RUN_PROGRAM: process.env.PULUMI_RUN_PROGRAM ?? "true" },
    });
    return await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    await target.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
