#!/usr/bin/env node
// `npm run test:lifecycle -- --seed S --steps N --runs R [--path P] [--no-shrink]`: the model-based lifecycle test
// (test/e2e/model-lifecycle.test.ts) with a longer budget than `npm test` gives it. A failure prints its seed and
// path; run again with both to replay exactly that sequence.
const { spawnSync } = require("node:child_process");
const { parseArgs } = require("node:util");

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(Date.now() % 2 ** 31) },
    steps: { type: "string", default: "40" },
    runs: { type: "string", default: "1" },
    path: { type: "string" },
    "no-shrink": { type: "boolean", default: false },
  },
});
for (const key of ["seed", "steps", "runs"]) {
  if (!/^\d+$/.test(values[key])) {
    console.error(`test:lifecycle: --${key} must be a whole number, not "${values[key]}"`);
    process.exit(2);
  }
}
console.log(`test:lifecycle: seed ${values.seed}, up to ${values.steps} steps, ${values.runs} run(s)`);
const env = {
  ...process.env,
  LIFECYCLE_SEED: values.seed,
  LIFECYCLE_STEPS: values.steps,
  LIFECYCLE_RUNS: values.runs,
  ...(values.path ? { LIFECYCLE_PATH: values.path } : {}),
  LIFECYCLE_SHRINK: values["no-shrink"] ? "0" : "1",
};
const run = spawnSync("npx", ["vitest", "run", "test/e2e/model-lifecycle.test.ts"], { stdio: "inherit", env });
process.exit(run.status ?? 1);
