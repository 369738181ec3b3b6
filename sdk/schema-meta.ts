import { z } from "zod";

/**
 * What a field means beyond its type. Attached to zod schemas once, read by the client (redaction),
 * the provider (diff, replacement, secrets) and the docs generator, so no field list is written twice.
 */
export interface FieldMeta {
  /** A password or token: the API may return it redacted ("***"), omit it, or echo it. */
  secret?: boolean;
  /** The API accepts it on create only: changing it means replacing the object. */
  createOnly?: boolean;
  /** How the API normalises the value, so equal values compare equal. */
  compare?: "caseInsensitive" | "fqdn" | "set";
  /** One line for generated docs. */
  description?: string;
}

export const fieldMeta = z.registry<FieldMeta>();

function tag<T extends z.ZodType>(s: T, patch: FieldMeta): T {
  const base: z.ZodType = s;
  const merged = { ...fieldMeta.get(base), ...patch };
  fieldMeta.remove(base);
  fieldMeta.add(base, merged);
  return s;
}

export const secret = <T extends z.ZodType>(s: T): T => tag(s, { secret: true });
export const createOnly = <T extends z.ZodType>(s: T): T => tag(s, { createOnly: true });
export const compareAs = <T extends z.ZodType>(s: T, compare: NonNullable<FieldMeta["compare"]>): T => tag(s, { compare });
export const describe = <T extends z.ZodType>(s: T, description: string): T => tag(s, { description });

/** Strips optional/nullable/default wrappers, merging the metadata found on every layer. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; meta: FieldMeta } {
  let meta: FieldMeta = { ...fieldMeta.get(schema) };
  let cur: z.ZodType = schema;
  for (;;) {
    const def = (cur as any)._zod.def;
    if (def.type === "optional" || def.type === "nullable" || def.type === "default" || def.type === "prefault") {
      cur = def.innerType;
    } else if (def.type === "pipe") {
      cur = def.in;
    } else break;
    meta = { ...fieldMeta.get(cur), ...meta };
  }
  return { inner: cur, meta };
}

/**
 * Parse options for every parse in this package. zod compiles a fast parser for each object schema on its first parse
 * (about 10 ms of CPU each); a Pulumi command's processes parse each schema a few hundred times at most, which that
 * compile never pays back, so the package's parses run without it (measured in docs/benchmarks.md).
 */
export const PARSE = { jitless: true } as const;
