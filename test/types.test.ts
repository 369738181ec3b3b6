// Pulumi conventions in the package's types, checked by tsc against the package as users install it (the built copy
// in node_modules, see scripts/setup.sh): exact outputs, Input-typed lookups, `get`, and readable errors.
import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { removeDir, strictCompilerOptions, tempProjectDir, typecheckProject, writeFiles } from "./cli/temp-project";

const repoRoot = path.resolve(__dirname, "..");

it("type-checks test/types/conventions.ts, whose @ts-expect-error lines each fail to type-check", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "types-"));
  try {
    const tsconfig = path.join(dir, "tsconfig.json");
    const files = [path.join(repoRoot, "test/types/conventions.ts")];
    fs.writeFileSync(tsconfig, JSON.stringify({ compilerOptions: strictCompilerOptions, files }));
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", tsconfig], { cwd: repoRoot, encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  } finally {
    removeDir(dir);
  }
});

it("names the args type in a misspelt argument's error, without the schema library's types", () => {
  const dir = tempProjectDir("misspelt-arg");
  try {
    writeFiles(dir, {
      "index.ts": 'import * as sip from "pulumi-telnyx-sip";\nnew sip.IpConnection("trunk", { conectionName: "x" });\n',
    });
    const errors = typecheckProject(dir);
    expect(errors).toContain("'conectionName' does not exist in type 'IpConnectionArgs'");
    expect(errors).toContain("Did you mean to write 'connectionName'?");
    expect(errors).not.toMatch(/zod|\$Zod|ZodType|\$brand|\$input|\$output/i);
    expect(errors.split("\n").filter((l) => l.includes("error TS"))).toHaveLength(1);
  } finally {
    removeDir(dir);
  }
});
