import { defineConfig } from "vitest/config";

// The tests `npm run test:mutation` (stryker.config.json) runs against each mutant: those that run the source of
// provider/, sdk/, policy/ and cli/ in process. Left out: test/e2e and every test that runs the Pulumi CLI (minutes,
// and the mutant is not in what they run), those that only load the build in dist/, which no mutant reaches, and the
// type-check of an exported program (tsc, seconds per mutant: it made the cli/ run take an hour).
export default defineConfig({
  test: {
    include: [
      "test/provider/**/*.test.ts",
      "test/sdk/**/*.test.ts",
      "test/policy/**/*.test.ts",
      "test/cli/**/*.test.ts",
      "test/plugin/schema.test.ts",
      "test/docs.test.ts",
      "test/program-secret.test.ts",
    ],
    exclude: [
      "test/cli/set-secrets.test.ts",
      "test/cli/generated-typecheck.test.ts",
      "test/provider/lean-delete.test.ts",
      "test/provider/compile-cache.test.ts",
      "test/provider/resource-class.test.ts",
      "test/provider/sip-trunk.test.ts",
      "test/sdk/lazy-http.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    poolOptions: { forks: { maxForks: 1, minForks: 1 } },
  },
});
