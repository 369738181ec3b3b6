/* Secrets must never reach a log line or an error message. */

export const REDACTED = "[REDACTED]";

const secretNamePattern = /password|token|api[_-]?key|authorization|secret/i;

export function isSecretKey(key: string, extraKeys?: ReadonlySet<string>): boolean {
  return secretNamePattern.test(key) || (extraKeys?.has(key) ?? false);
}

/** A deep copy of `value` with every secret-named field replaced by "[REDACTED]". */
export function redact(value: unknown, extraKeys?: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v, extraKeys));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSecretKey(k, extraKeys) && v !== null && v !== undefined && v !== "" ? REDACTED : redact(v, extraKeys);
  }
  return out;
}

/** The string values stored under secret-named fields, to scrub from text the server sends back. */
export function secretValues(value: unknown, extraKeys?: ReadonlySet<string>, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => secretValues(v, extraKeys, found));
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (isSecretKey(k, extraKeys) && typeof v === "string" && v.length > 0) found.push(v);
      else secretValues(v, extraKeys, found);
    }
  }
  return found;
}

/** Replaces each secret occurring in `text`; longest first so one secret containing another is fully hidden. */
export function scrub(text: string, secrets: readonly string[]): string {
  return [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join(REDACTED), text);
}
