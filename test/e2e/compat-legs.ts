// The compatibility matrix (scripts/compat-matrix.json): each leg's Node.js and Pulumi CLI, as scripts/setup-compat.sh
// caches them outside the repo. A leg runs on exactly these binaries, whatever Node.js runs the test itself.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./pulumi";

export interface CompatLeg {
  name: string;
  /** Node.js version, and the folder holding its `node` binary. */
  node: string;
  nodeBin: string;
  /** @pulumi/pulumi and Pulumi CLI version (always the same), and the folder holding the CLI and its plugins. */
  pulumi: string;
  pulumiBin: string;
  /** The user project's TypeScript and @types/node (Pulumi runs TypeScript programs with TypeScript < 7). */
  typescript: string;
  typesNode: string;
}

const cacheDir = () =>
  process.env.PULUMI_TELNYX_SIP_CACHE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "pulumi-telnyx-sip");

type LegVersions = Pick<CompatLeg, "node" | "pulumi" | "typescript" | "typesNode">;

export const matrix: Record<string, LegVersions> = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "scripts/compat-matrix.json"), "utf8"),
);

export function compatLeg(name: string): CompatLeg {
  const versions = matrix[name];
  const leg = {
    name,
    ...versions,
    nodeBin: path.join(cacheDir(), `node-${versions.node}`, "bin"),
    pulumiBin: path.join(cacheDir(), `pulumi-${versions.pulumi}`, "bin"),
  };
  for (const file of [path.join(leg.nodeBin, "node"), path.join(leg.pulumiBin, "pulumi")]) {
    if (!fs.existsSync(file)) {
      throw new Error(`compatibility leg '${name}': ${file} is missing; run \`bash scripts/setup-compat.sh\` (npm test does)`);
    }
  }
  return leg;
}
