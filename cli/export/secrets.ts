import { isHiddenSecret } from "../../sdk/hidden-secret";
import { code, str, type Code } from "./ts-value";

/** A `pulumi config set --secret` the user runs before `up`. */
export interface SecretSetting {
  key: string;
  /** Which resource and field it fills, for messages. */
  usedBy: string;
  /** The value when the API returned it in clear; undefined when Telnyx redacted it. */
  value?: string;
}

const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Collects the secrets of a program: each becomes a config lookup named after its resource and field. */
export class SecretCollector {
  readonly settings: SecretSetting[] = [];

  /**
   * `config.requireSecret("officePbxPassword")` for officePbx's `password` when the account revealed it. A secret
   * Telnyx keeps hidden is `hiddenSecret(...)` (see program-text.ts): optional while adopting, which takes it over as
   * it is; only a clone into another account needs it set, by someone who knows it.
   */
  lookup(variable: string, path: string[], value: unknown, usedBy: string): Code {
    const key = variable + path.map(capitalize).join("");
    const clear = typeof value === "string" && !isHiddenSecret(value) ? value : undefined;
    this.settings.push({ key, usedBy, value: clear });
    return code(`${clear === undefined ? "hiddenSecret" : "config.requireSecret"}(${str(key)})`);
  }
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The file `export` writes the revealed secrets to, owner-only, never printed. */
export const SECRETS_SCRIPT = "set-secrets.sh";

/**
 * A script setting every secret the account revealed, as stack config. Each value goes to `pulumi config set` on stdin
 * (which drops the one newline printf adds), never as an argument: an argument is visible to `ps` while the line
 * runs, and one starting with `-` would be taken as an option (`--config-file=...` writes wherever it says). printf is
 * a shell builtin, so the value is in no process's argv either; `--` ends pulumi's options before the key.
 */
export function secretsScript(settings: SecretSetting[]): string {
  const lines = settings
    .filter((s) => s.value !== undefined)
    .map((s) => `printf '%s\\n' ${shellQuote(s.value!)} | pulumi config set --secret -- ${shellQuote(s.key)}`);
  return [
    "#!/bin/sh",
    "# Secrets telnyx-sip export read from the account. Run once in this folder after `pulumi stack init`, then delete",
    "# this file: it holds them in clear (it is readable by its owner only and listed in .gitignore).",
    "set -e",
    ...lines,
    "",
  ].join("\n");
}
