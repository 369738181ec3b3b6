// The package as users get it: `npm pack` of a fresh clone, or a Git clone to install from a git URL. A fresh clone is
// the files Git knows (tracked, or new and not ignored) copied to a temporary folder, so no build output or local state
// of this checkout can leak in, and the `prepack` build runs there instead of replacing the dist/ other tests use.
// The slow commands run asynchronously: a test worker whose event loop is blocked for a minute loses its runner.
import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./pulumi";

function freshClone(dest: string): void {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot })
    .toString()
    .split("\0")
    .filter((f) => f && fs.existsSync(path.join(repoRoot, f)));
  for (const file of listed) {
    fs.mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, file), path.join(dest, file));
  }
}

/** `npm pack` of a fresh clone; only the build tools come from this repo's node_modules. */
export async function packFreshClone(): Promise<{ tarball: string; cleanup: () => void }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pack-"));
  const clone = path.join(work, "clone");
  freshClone(clone);
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(clone, "node_modules"));
  const { stdout } = await promisify(execFile)("npm", ["pack", "--silent", "--pack-destination", work], { cwd: clone });
  const name = stdout
    .trim()
    .split("\n")
    .pop()!;
  return { tarball: path.join(work, name), cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** A Git repository of a fresh clone, committed, as `npm install git+file://<dir>` takes it. */
export function gitRepoOfFreshClone(dest: string): void {
  freshClone(dest);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dest, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-qm", "fresh clone");
}

/** The tarball's file list, without the `package/` prefix every entry has. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync("tar", ["tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.endsWith("/"))
    .map((f) => f.replace(/^package\//, ""));
}
