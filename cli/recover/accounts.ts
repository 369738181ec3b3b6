import { execFile } from "node:child_process";
import { promisify } from "node:util";

// A resource on a sip.Account runs in that explicit provider, configured with the account's key, which the state
// holds only encrypted. Recovery reads it decrypted here, in memory, and never writes it back anywhere.

type Json = Record<string, any>;
export type Config = Record<string, string | undefined>;

/** A value of a `--show-secrets` export: secrets come wrapped, with their plaintext JSON-encoded. */
const plain = (value: unknown): string | undefined => {
  if (typeof value === "string") return value;
  const text = (value as Json | null)?.plaintext;
  return typeof text === "string" ? JSON.parse(text) : undefined;
};

/** Each sip.Account's provider reference (`<urn>::<id>`, as resources name it) and its configuration. */
export async function accountConfigs(pulumi: string, stack: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Map<string, Config>> {
  const { stdout } = await promisify(execFile)(pulumi, ["stack", "export", "--show-secrets", "--stack", stack, "--non-interactive"], {
    cwd, env, maxBuffer: 1 << 30,
  });
  const accounts = new Map<string, Config>();
  for (const r of (JSON.parse(stdout).deployment?.resources ?? []) as Json[]) {
    const key = plain(r.inputs?.["telnyx:apiKey"]);
    if (!String(r.type).startsWith("pulumi:providers:") || key === undefined) continue;
    accounts.set(`${r.urn}::${r.id}`, { "telnyx:apiKey": key, "telnyx:baseUrl": plain(r.inputs?.["telnyx:baseUrl"]) });
  }
  return accounts;
}
