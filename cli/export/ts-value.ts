// The values a generated program passes to a resource: plain data, or a TypeScript expression written as is
// (a reference such as `profile.id`, a config lookup, `named("...")`).

/** A TypeScript expression, emitted verbatim. */
export class Code {
  constructor(readonly text: string) {}
}

export type Value = string | number | boolean | Code | Value[] | { [key: string]: Value };

export const code = (text: string): Code => new Code(text);

/** A string literal. */
export const str = (text: string): string => JSON.stringify(text);

const isScalar = (v: Value): boolean => typeof v !== "object" || v instanceof Code;

/** Arrays of scalars that fit stay on one line. */
const inlineLimit = 80;

const propertyKey = (key: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : str(key));

/** TypeScript source for a value, nested lines indented below `indent`. */
export function render(value: Value, indent = ""): string {
  if (value instanceof Code) return value.text;
  if (typeof value === "string") return str(value);
  if (typeof value !== "object") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => render(v, inner));
    const oneLine = `[${items.join(", ")}]`;
    if (value.every(isScalar) && oneLine.length <= inlineLimit) return oneLine;
    return `[\n${items.map((i) => `${inner}${i},\n`).join("")}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${propertyKey(k)}: ${render(v, inner)},\n`).join("")}${indent}}`;
}
