// The root program and every example type-check in strict mode against the package as users get it: resolved by
// name from node_modules (the built copy and its .d.ts files, see scripts/setup.sh), never from the sources.
import { expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strictCompilerOptions } from "./cli/temp-project";

const repoRoot = path.resolve(__dirname, "..");
const examplesDir = path.join(repoRoot, "examples");

const programs = [
  path.join(repoRoot, "program/index.ts"),
  ...fs
    .readdirSync(examplesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(examplesDir, e.name, "Pulumi.yaml")))
    .map((e) => path.join(examplesDir, e.name, "index.ts")),
];

it("type-checks program/ and examples/*/index.ts against the installed package", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "examples-typecheck-"));
  try {
    const tsconfig = path.join(dir, "tsconfig.json");
    fs.writeFileSync(
      tsconfig,
      JSON.stringify({
        compilerOptions: strictCompilerOptions,
        files: programs,
      }),
    );
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", tsconfig, "--listFiles"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    const listed = tsc.stdout.split("\n").filter((line) => line.startsWith("/"));
    const diagnostics = tsc.stdout.split("\n").filter((line) => !line.startsWith("/")).join("\n").trim();
    expect(diagnostics + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    // The package came from node_modules, with its declarations; none of its sources were compiled.
    const installed = path.join(repoRoot, "node_modules/pulumi-telnyx-sip/dist");
    expect(listed).toContain(path.join(installed, "index.d.ts"));
    expect(listed).toContain(path.join(installed, "provider/components/sip-trunk.d.ts"));
    const sources = listed.filter((f) => /^(sdk|provider|emulator)\//.test(path.relative(repoRoot, f)));
    expect(sources).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
