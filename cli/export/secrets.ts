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

  /** `config.requireSecret("officePbxPassword")` for officePbx's `password`, remembering what to set. */
  lookup(variable: string, path: string[], value: unknown, usedBy: string): Code {
    const key = variable + path.map(capitalize).join("");
    const clear = typeof value === "string" && !isHiddenSecret(value) ? value : undefined;
    this.settings.push({ key, usedBy, value: clear });
    return code(`config.requireSecret(${str(key)})`);
  }
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The commands that set every secret; `<set-me>` (which no shell runs as is) where Telnyx did not reveal the value. */
export function configSetLines(settings: SecretSetting[]): string[] {
  return settings.map((s) => `pulumi config set --secret ${s.key} ${s.value === undefined ? "<set-me>" : shellQuote(s.value)}`);
}
