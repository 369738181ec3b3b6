import { camel } from "../../provider/core/casing";

// Every declaration of the generated program gets a Pulumi resource name (a slug, e.g. "office-pbx") and a
// TypeScript variable (its camelCase, e.g. officePbx), both derived from the object's own name so a re-export of the
// same account yields the same program.

const reservedWords = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined " +
    // Taken by CommonJS in a module's top-level scope.
    "require module exports"
  ).split(" "),
);

/** Identifiers the generated program defines itself. */
export const programIdentifiers = ["pulumi", "sip", "config", "adopt", "prefix", "named", "userName"] as const;

const maxSlugLength = 48;

/** Lower-case letters, digits and single hyphens; "" when nothing usable is left. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, "");
}

/**
 * An object's name without the suffix the provider's default auto-naming adds (`<resource name>-<7 hex>`), so a
 * program exported from a deployed stack names its resources and secrets as that stack's program did (office-pbx,
 * officePbxPassword) rather than after one stack's suffix. Only the program's names lose it: the object keeps its own.
 */
export function withoutAutoNameSuffix(name: string): string {
  const base = name.replace(/-[0-9a-f]{7}$/, "");
  return base === "" ? name : base;
}

/** A valid, non-reserved TypeScript identifier for a slug. */
export function identifier(s: string): string {
  const id = camel(s);
  return /^[0-9]/.test(id) || reservedWords.has(id) ? `_${id}` : id;
}

export interface Name {
  /** Pulumi resource name. */
  resource: string;
  /** TypeScript variable. */
  variable: string;
}

/** Hands out unique names: the first "office-pbx" keeps it, the next becomes "office-pbx-2". */
export class Namer {
  private readonly taken = new Set<string>(programIdentifiers);

  name(text: string, fallback: string): Name {
    const base = slug(text) || fallback;
    for (let n = 1; ; n++) {
      const resource = n === 1 ? base : `${base}-${n}`;
      const variable = identifier(resource);
      if (this.taken.has(resource) || this.taken.has(variable)) continue;
      this.taken.add(resource);
      this.taken.add(variable);
      return { resource, variable };
    }
  }
}
