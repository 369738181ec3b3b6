// The generated program is valid TypeScript in strict mode against the installed package (node_modules copy, see
// scripts/setup.sh): every field name, value type, reference and config lookup it writes is one the package accepts.
import { afterAll, expect, it } from "vitest";
import { generateProject } from "../../cli/export/generate";
import { fixtureAccount } from "./account-fixture";
import { removeDir, tempProjectDir, typecheckProject, writeFiles } from "./temp-project";

const dir = tempProjectDir("export-typecheck");
afterAll(() => removeDir(dir));

it("type-checks the generated program against the installed package", () => {
  writeFiles(dir, generateProject(fixtureAccount()).files);
  expect(typecheckProject(dir)).toBe("");
});

it("reports a wrong field, so the check above can fail", () => {
  const files = generateProject(fixtureAccount()).files;
  writeFiles(dir, { ...files, "index.ts": files["index.ts"].replace("whitelistedDestinations:", "whitelistedDestination:") });
  expect(typecheckProject(dir)).toMatch(/index\.ts\(\d+,\d+\): error TS2561: .*whitelistedDestination/);
});
