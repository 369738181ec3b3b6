import * as fs from "node:fs";
import * as path from "node:path";

// The files `npm start` leaves behind hold secrets: the stack's config (ciphertext, and the salt of its passphrase),
// a local backend's state and its backups and history (ciphertext of every secret, plus everything else the stack
// knows). Pulumi writes them readable by everyone (0644); they are made readable by their owner only.

function restrictTree(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      fs.chmodSync(p, 0o700);
      restrictTree(p);
    } else if (entry.isFile()) fs.chmodSync(p, 0o600);
  }
}

/** `Pulumi.<stack>.yaml` in `workDir`, and the Pulumi folder of a file:// backend, owner-only. */
export function restrictStackFiles(workDir: string, stack: string, backendUrl: string | undefined): void {
  const config = path.join(workDir, `Pulumi.${stack}.yaml`);
  if (fs.existsSync(config)) fs.chmodSync(config, 0o600);
  if (!backendUrl?.startsWith("file://")) return;
  const pulumiDir = path.join(backendUrl.slice("file://".length).replace(/^~(?=\/|$)/, process.env.HOME ?? "~"), ".pulumi");
  if (fs.existsSync(pulumiDir)) {
    fs.chmodSync(pulumiDir, 0o700);
    restrictTree(pulumiDir);
  }
}
