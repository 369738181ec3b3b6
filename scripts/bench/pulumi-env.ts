// The repo's way of running the Pulumi CLI (scripts/pulumi-env.js, required from dist/scripts/bench/), typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const env = require("../../../scripts/pulumi-env.js") as {
  pulumiEnv(base?: NodeJS.ProcessEnv): Record<string, string>;
  repoRoot: string;
  localDir: string;
};

export const { pulumiEnv, repoRoot, localDir } = env;
