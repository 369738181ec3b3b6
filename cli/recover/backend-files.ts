import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

// A `pulumi` killed while writing its local file backend can leave a checkpoint or its `.attrs` sidecar empty or cut
// short; every later command then fails with "failed to load checkpoint: EOF". These are repaired here, before the
// stack is even loaded. Other backends (Pulumi Cloud, S3, PostgreSQL) write atomically and need nothing of this.

/** The folder of a file backend (`file://...`, or ~/.pulumi when logged in locally by default), if it is one. */
export function fileBackendDir(backendUrl: string | undefined, home: string): string | undefined {
  if (!backendUrl) return undefined;
  if (backendUrl.startsWith("file://~")) return path.join(home, backendUrl.slice("file://~".length));
  return backendUrl.startsWith("file://") ? fileURLToPath(backendUrl) : undefined;
}

const parses = (file: string): boolean => {
  try {
    JSON.parse(fs.readFileSync(file, "utf8"));
    return true;
  } catch {
    return false;
  }
};

/** Repairs the stack's checkpoint files in a file backend; returns what it did, one line each. */
export function repairCheckpointFiles(backendDir: string, project: string, stack: string): string[] {
  const done: string[] = [];
  const stacksDir = path.join(backendDir, ".pulumi", "stacks");
  for (const checkpoint of [path.join(stacksDir, project, `${stack}.json`), path.join(stacksDir, `${stack}.json`)]) {
    const attrs = `${checkpoint}.attrs`;
    // The sidecar holds only the blob's content type; without it the backend reads the checkpoint as usual.
    if (fs.existsSync(attrs) && !parses(attrs)) {
      fs.rmSync(attrs);
      done.push(`removed the damaged ${attrs} (written half-way when pulumi was killed)`);
    }
    if (!fs.existsSync(checkpoint) || parses(checkpoint)) continue;
    const backup = `${checkpoint}.bak`;
    if (!fs.existsSync(backup) || !parses(backup)) {
      throw new Error(
        `${checkpoint} is damaged (cut short when pulumi was killed) and has no usable backup beside it: restore the ` +
          `newest good copy from ${path.join(backendDir, ".pulumi", "history")} with \`pulumi stack import --file <copy>\`.`,
      );
    }
    fs.copyFileSync(checkpoint, `${checkpoint}.damaged`);
    fs.copyFileSync(backup, checkpoint);
    fs.rmSync(`${backup}.attrs`, { force: true });
    done.push(`restored ${checkpoint} from ${backup} (the damaged copy is kept as ${checkpoint}.damaged)`);
  }
  return done;
}

/** Whether a run holds the stack's lock in a file backend (`.pulumi/locks/<org>/<project>/<stack>/<lock>.json`). */
export function isLocked(backendDir: string, project: string, stack: string): boolean {
  const locks = path.join(backendDir, ".pulumi", "locks");
  const dirs = [path.join(locks, stack), ...(fs.existsSync(locks) ? fs.readdirSync(locks).map((org) => path.join(locks, org, project, stack)) : [])];
  return dirs.some((dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory() && fs.readdirSync(dir).some((f) => f.endsWith(".json")));
}
