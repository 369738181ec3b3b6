// `npm start`: deploys the root Pulumi.yaml program (a complete SIP trunking setup) to the local stack `dev`,
// against the embedded Telnyx emulator, or the real Telnyx API when TELNYX_API_KEY is set.
import { LocalWorkspace, PulumiCommand } from "@pulumi/pulumi/automation";
import { startTarget } from "./embedded-emulator";
import { restrictStackFiles } from "./owner-only";
import { programSecret } from "./program-secret";
import { realAccountPassphraseProblem } from "./real-account-passphrase";
import { setSecretConfig } from "./secret-config";
import { recover } from "../cli/recover/command";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pulumiEnv, repoRoot, localDir } = require("../../scripts/pulumi-env.js");

const STACK = process.env.PULUMI_STACK_NAME ?? "dev";

/** Passwords the program needs, generated once and kept as encrypted stack config. */
const GENERATED_SECRETS = ["pbxPassword", "uacPassword", "carrierToken"];

async function main(): Promise<void> {
  const refusal = realAccountPassphraseProblem(process.env);
  if (refusal) throw new Error(refusal);
  const target = await startTarget(repoRoot);
  console.log(
    target.kind === "emulator"
      ? `Target: the embedded Telnyx emulator at ${target.baseUrl} (no account needed; set TELNYX_API_KEY for the real API)`
      : `Target: the real Telnyx API at ${target.baseUrl} (TELNYX_API_KEY is set)`,
  );
  try {
    const pulumiCommand = await PulumiCommand.get({ root: localDir });
    const env = pulumiEnv();
    const stack = await LocalWorkspace.createOrSelectStack({ stackName: STACK, workDir: repoRoot }, { pulumiCommand, envVars: env });
    const secret = { pulumi: pulumiCommand.command, cwd: repoRoot, env: { ...process.env, ...env }, stack: STACK };
    await stack.setConfig("telnyx:baseUrl", { value: target.baseUrl });
    const config = await stack.getAllConfig();
    if (target.kind === "emulator") {
      await setSecretConfig(secret, "telnyx:apiKey", target.apiKey);
    } else if (config["telnyx:apiKey"]) {
      // A real key stays in the environment, which the provider reads (provider/core/settings.ts) when the config has
      // none: never stored in the stack, where anyone with the file and the passphrase could read it. A key a run
      // against the emulator stored would take precedence over it.
      await stack.removeConfig("telnyx:apiKey");
    }
    for (const key of GENERATED_SECRETS) {
      if (!config[`telnyx-sip:${key}`]) await setSecretConfig(secret, key, programSecret());
    }
    restrictStackFiles(repoRoot, STACK, env.PULUMI_BACKEND_URL);

    // A previous run killed half-way may have left a lock and pending creates: settle them (`telnyx-sip recover`).
    await recover({ cwd: repoRoot, stack: STACK, env: { ...process.env, ...pulumiEnv() }, pulumiCommand, say: (l) => console.log(`recover: ${l}`) });

    const result = await stack.up({ onOutput: (out) => process.stdout.write(out) }).finally(() => restrictStackFiles(repoRoot, STACK, env.PULUMI_BACKEND_URL));
    const changes = Object.entries(result.summary.resourceChanges ?? {}).filter(([op]) => op !== "same");
    console.log(
      changes.length === 0
        ? "\nNo changes: the deployed setup already matches the program."
        : `\nApplied: ${changes.map(([op, n]) => `${n} ${op}`).join(", ")}.`,
    );
    console.log("\nOutputs:");
    for (const [key, { value, secret }] of Object.entries(result.outputs)) {
      console.log(`  ${key}: ${secret ? "[secret]" : JSON.stringify(value)}`);
    }
  } finally {
    await target.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
