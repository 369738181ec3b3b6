import type { Rec } from "./store";

export type SecretsMode = "redact" | "echo" | "omit" | "mask8";
export const SECRETS_MODES: readonly SecretsMode[] = ["redact", "echo", "omit", "mask8"];

export const REDACTED = "***";
/**
 * What the official SDK documents for accounts created from September 2026: "********". The real API also shows the
 * value in full on create and on an update that changed it; the emulator masks it always, the harder case.
 */
export const MASKED8 = "********";

/**
 * Applies the secrets mode to the given key paths of a response object (mutates `obj`,
 * which must already be a copy). Null or empty values stay as they are: there is nothing to hide.
 */
export function applySecrets(obj: Rec, paths: readonly (readonly string[])[], mode: SecretsMode): Rec {
  if (mode === "echo") return obj;
  for (const path of paths) {
    const parent = path.slice(0, -1).reduce<Rec | undefined>((o, k) => (o && typeof o[k] === "object" ? o[k] : undefined), obj);
    const key = path[path.length - 1];
    if (!parent || !(key in parent)) continue;
    if (mode === "omit") delete parent[key];
    else if (parent[key] !== null && parent[key] !== "") parent[key] = mode === "mask8" ? MASKED8 : REDACTED;
  }
  return obj;
}
