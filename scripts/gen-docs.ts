// Writes docs/resources.md, every resource's inputs, from the schemas: the docs cannot drift from the code.
// `node dist/scripts/gen-docs.js` rewrites it; a test fails when the committed file is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { resources } from "../sdk/resources";
import { unwrap } from "../sdk/schema-meta";
import { camel, objectShape } from "../provider/core/casing";
import { NONE, resetValue } from "../provider/core/removed";

function typeOf(schema: z.ZodType): string {
  const { inner } = unwrap(schema);
  const def = (inner as any)._zod.def;
  switch (def.type) {
    case "enum":
      return Object.values(def.entries as Record<string, string>).map((v) => `"${v}"`).join(" \\| ");
    case "literal":
      return (def.values as unknown[]).map((v) => JSON.stringify(v)).join(" \\| ");
    case "array":
      return `${typeOf(def.element)}[]`;
    case "object":
      return "object";
    case "union":
      return (def.options as z.ZodType[]).map(typeOf).join(" \\| ");
    default:
      return def.type;
  }
}

type Defaults = Record<string, unknown> | undefined;

/** What the field goes back to when the program stops declaring it (provider/core/removed.ts). */
function whenRemoved(field: z.ZodType, defaults: Defaults, key: string, required: boolean, nameField?: string): string {
  if (key === nameField) return "an auto-name";
  if (required || objectShape(field)) return "";
  const value = resetValue(field, defaults, key);
  return value === NONE ? "refused at preview" : `\`${JSON.stringify(value)}\``;
}

function rows(schema: z.ZodType, defaults: Defaults, prefix = "", nameField?: string): string[] {
  const out: string[] = [];
  for (const [key, field] of Object.entries(objectShape(schema) ?? {})) {
    const name = `${prefix}${camel(key)}`;
    const { meta } = unwrap(field);
    const required = !field.safeParse(undefined).success;
    const notes = [required ? "required" : "", meta.secret ? "secret" : "", meta.createOnly ? "replaces on change" : ""]
      .filter(Boolean)
      .join(", ");
    const removed = whenRemoved(field, defaults, key, required, nameField).replace(/\|/g, "\\|");
    out.push(`| \`${name}\` | ${typeOf(field)} | ${notes} | ${removed} | ${(meta.description ?? "").replace(/\|/g, "\\|")} |`);
    const inner = defaults?.[key];
    if (objectShape(field)) out.push(...rows(field, inner !== null && typeof inner === "object" ? (inner as Defaults) : undefined, `${name}.`));
  }
  return out;
}

const className = (kind: string) => kind[0].toUpperCase() + kind.slice(1);

export function resourcesMarkdown(): string {
  const parts = [
    "# Resources and their inputs",
    "",
    "Generated from the schemas in `sdk/schemas/` by `node dist/scripts/gen-docs.js`; do not edit by hand.",
    "Every resource also outputs `id` and the API's computed fields (`recordType`, `createdAt`, `updatedAt`, ...),",
    "and takes `adoptId` and `removedFields` (README). \"when removed\" is what a field goes back to when the program",
    "stops declaring it (its documented default, or what clears it), unless `removedFields: \"keep\"`.",
    "",
  ];
  for (const spec of Object.values(resources)) {
    parts.push(`## ${className(spec.kind)}`, "", `Telnyx ${spec.title}, \`${spec.path}\`.`, "");
    const defaults = (spec as { defaults?: Record<string, unknown> }).defaults;
    parts.push("| input | type | notes | when removed | description |", "|---|---|---|---|---|", ...rows(spec.fields, defaults, "", (spec as { nameField?: string }).nameField), "");
  }
  return parts.join("\n");
}

/** The repo root: the nearest folder with a package.json, whether this runs from scripts/ or dist/scripts/. */
function repoRoot(dir: string): string {
  return fs.existsSync(path.join(dir, "package.json")) ? dir : repoRoot(path.dirname(dir));
}

export const docsPath = path.join(repoRoot(__dirname), "docs", "resources.md");

if (require.main === module) {
  fs.mkdirSync(path.dirname(docsPath), { recursive: true });
  fs.writeFileSync(docsPath, resourcesMarkdown());
  console.log(`wrote ${docsPath}`);
}
