// `npm pack` as on a fresh clone: the files Git knows (tracked, or new and not ignored) copied to a temporary folder,
// so no build output or local state of this checkout can leak into the tarball, and the `prepack` build runs there
// instead of replacing the dist/ that other tests are using. Only the build tools come from this repo's node_modules.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./pulumi";

export function packFreshClone(): { tarball: string; cleanup: () => void } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pack-"));
  const clone = path.join(work, "clone");
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot })
    .toString()
    .split("\0")
    .filter((f) => f && fs.existsSync(path.join(repoRoot, f)));
  for (const file of listed) {
    fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    fs.copyFileSync(path.join(repoRoot, file), path.join(clone, file));
  }
  fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(clone, "node_modules"));
  const name = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: clone, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop()!;
  return { tarball: path.join(work, name), cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}

/** The tarball's file list, without the `package/` prefix every entry has. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync("tar", ["tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.endsWith("/"))
    .map((f) => f.replace(/^package\//, ""));
}
