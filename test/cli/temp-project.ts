// A generated project in a temp folder outside the repo, resolving `pulumi-telnyx-sip` and `@pulumi/pulumi` from the
// repo's node_modules through a symlink, as they would from a user's own node_modules.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const repoRoot = path.resolve(__dirname, "../..");

export function tempProjectDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

export const removeDir = (dir: string): void => fs.rmSync(dir, { recursive: true, force: true });

/** Strict CommonJS options for type-checking a program as a user would; @types from the repo, wherever the config lives. */
export const strictCompilerOptions = {
  module: "commonjs",
  moduleResolution: "node",
  target: "ES2022",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [path.join(repoRoot, "node_modules/@types")],
};

/** `tsc` on the project's index.ts in strict mode: "" when it type-checks, else the diagnostics and exit code. */
export function typecheckProject(dir: string): string {
  writeFiles(dir, { "tsconfig.json": JSON.stringify({ compilerOptions: strictCompilerOptions, files: ["index.ts"] }) });
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(dir, "tsconfig.json")], {
    cwd: dir,
    encoding: "utf8",
  });
  return `${tsc.stdout}${tsc.stderr}`.trim() + (tsc.status === 0 ? "" : `\n(exit ${tsc.status})`);
}
