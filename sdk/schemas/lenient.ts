import { z } from "zod";
import { fieldMeta, unwrap } from "../schema-meta";

/**
 * The type of a value read back from the API: every property optional and nullable, enums widened to
 * string, unknown keys allowed. Responses must never fail to parse because the API added a key or value.
 */
export type LenientValue<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? LenientValue<U>[]
        : T extends object
          ? { [K in keyof T]?: LenientValue<NonNullable<T[K]>> | null } & { [key: string]: unknown }
          : T;

export type LenientSchema<T extends z.ZodType> = z.ZodType<LenientValue<z.output<T>>>;

type Def = { type: string; [key: string]: any };
const defOf = (s: z.ZodType): Def => (s as any)._zod.def;

/** Returns a copy of `schema` that accepts anything the API might plausibly return (see LenientValue). */
export function lenient<T extends z.ZodType>(schema: T): LenientSchema<T> {
  return widen(schema) as unknown as LenientSchema<T>;
}

function widen(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return widen(def.innerType);
    case "pipe":
      return widen(def.in);
    case "string":
    case "template_literal":
      return z.string();
    case "number":
      return z.number();
    case "boolean":
      return z.boolean();
    case "enum":
      return fromLiterals(Object.values(def.entries));
    case "literal":
      return fromLiterals(def.values);
    case "array":
      return z.array(widen(def.element));
    case "record":
      return z.record(z.string(), widen(def.valueType));
    case "union":
      return widenUnion(def.options);
    case "object":
      return widenObject(def.shape);
    default:
      return z.unknown();
  }
}

function widenObject(shape: Record<string, z.ZodType>): z.ZodType {
  const copy: Record<string, z.ZodType> = {};
  for (const [key, prop] of Object.entries(shape)) {
    const widened = widen(prop).nullable().optional();
    // Re-register the original's meta (merged through its wrappers) so secrets etc. survive the copy.
    const { meta } = unwrap(prop);
    copy[key] = Object.keys(meta).length > 0 ? widened.register(fieldMeta, meta) : widened;
  }
  return z.looseObject(copy);
}

function widenUnion(options: z.ZodType[]): z.ZodType {
  const widened = options.map(widen);
  if (widened.every((o) => defOf(o).type === "string")) return z.string();
  return z.union(widened as [z.ZodType, z.ZodType, ...z.ZodType[]]);
}

function fromLiterals(values: unknown[]): z.ZodType {
  if (values.every((v) => typeof v === "string")) return z.string();
  if (values.every((v) => typeof v === "number")) return z.number();
  if (values.every((v) => typeof v === "boolean")) return z.boolean();
  return z.unknown();
}
