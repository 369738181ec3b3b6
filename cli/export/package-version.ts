import * as fs from "node:fs";
import * as path from "node:path";

/**
 * The version of this package, read from its package.json above this file (cli/export/ in the sources, dist/cli/export/
 * once built), so the README the export writes names the tarball of the version that wrote the program.
 */
export function packageVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "pulumi-telnyx-sip" && pkg.version) return pkg.version;
  }
  throw new Error("telnyx-sip: cannot find the package.json of pulumi-telnyx-sip above its own files; reinstall the package");
}
