// Writes docs/resources.md from the code, so the docs cannot drift from it: every resource's inputs from the schemas,
// and the SipTrunk component and the lookups from their TypeScript declarations and doc comments. Writes
// provider/resource-args.ts too: the resources' args interfaces, each field's schema description as its TSDoc.
// `node dist/scripts/gen-docs.js` rewrites both; a test fails when a committed file is stale.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
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

/** The declarations of one source file, for the parts documented from TypeScript rather than from a schema. */
class Declarations {
  readonly interfaces = new Map<string, ts.InterfaceDeclaration>();
  readonly aliases = new Map<string, ts.TypeAliasDeclaration>();
  readonly functions: ts.FunctionDeclaration[] = [];
  readonly classes = new Map<string, ts.ClassDeclaration>();

  constructor(files: string[]) {
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      for (const node of source.statements) {
        if (ts.isInterfaceDeclaration(node)) this.interfaces.set(node.name.text, node);
        else if (ts.isTypeAliasDeclaration(node)) this.aliases.set(node.name.text, node);
        else if (ts.isFunctionDeclaration(node) && node.name) this.functions.push(node);
        else if (ts.isClassDeclaration(node) && node.name) this.classes.set(node.name.text, node);
      }
    }
  }

  /** An interface's properties, inherited ones (from interfaces of these files) first. */
  members(name: string): ts.PropertySignature[] {
    const decl = this.interfaces.get(name);
    if (!decl) throw new Error(`gen-docs: no interface ${name}`);
    const inherited = (decl.heritageClauses ?? []).flatMap((h) => h.types.flatMap((t) => this.members(t.expression.getText())));
    return [...inherited, ...decl.members.filter(ts.isPropertySignature)];
  }
}

/** A declaration's doc comment, on one line. */
function docOf(node: ts.Node): string {
  const comment = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1)?.comment;
  return (ts.getTextOfJSDocComment(comment) ?? "").replace(/\s+/g, " ").trim();
}

const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|");

function memberRows(members: readonly (ts.PropertySignature | ts.PropertyDeclaration)[], required: (m: ts.PropertySignature | ts.PropertyDeclaration) => boolean): string[] {
  return members.map((m) => {
    const type = m.type ? m.type.getText() : "";
    return `| \`${m.name.getText()}\` | ${cell(type)} | ${required(m) ? "required" : ""} | ${cell(docOf(m))} |`;
  });
}

const argsTable = (members: ts.PropertySignature[]) => [
  "| argument | type | notes | description |",
  "|---|---|---|---|",
  ...memberRows(members, (m) => !m.questionToken),
];

function sipTrunkMarkdown(root: string): string[] {
  const decls = new Declarations([path.join(root, "provider/components/sip-trunk.ts")]);
  const trunk = decls.classes.get("SipTrunk")!;
  const kinds = decls.aliases.get("SipTrunkArgs")!.type as ts.UnionTypeNode;
  const parts = ["## SipTrunk", "", `Component \`telnyx:index:SipTrunk\`. ${docOf(trunk)}`, "", "`new sip.SipTrunk(name, args, opts?)`, where `kind` in `args` picks one of:", ""];
  for (const kind of kinds.types) {
    const name = kind.getText();
    const members = decls.members(name);
    const tag = members.find((m) => m.name.getText() === "kind")!.type!.getText();
    parts.push(`### kind ${tag} (\`${name}\`)`, "", docOf(decls.interfaces.get(name)!), "", ...argsTable(members), "");
  }
  const outputs = trunk.members.filter((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && !!m.modifiers?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword));
  parts.push("### Outputs", "", "| output | type | notes | description |", "|---|---|---|---|", ...memberRows(outputs, () => false), "");
  return parts;
}

function lookupsMarkdown(root: string): string[] {
  const dir = path.join(root, "provider/lookups");
  const decls = new Declarations(fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort().map((f) => path.join(dir, f)));
  const parts = [
    "## Lookups",
    "",
    "Each lookup `getX(args, opts?)` returns a Promise of plain values; `getXOutput(args, opts?)` takes Inputs everywhere, " +
      "nested ones included, and returns an Output. Both take these options:",
    "",
    ...argsTable(decls.members("LookupOptions")),
    "",
  ];
  const exported = decls.functions.filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && /^get[A-Z]/.test(f.name!.text) && !f.name!.text.endsWith("Output"));
  for (const fn of exported.sort((a, b) => a.name!.text.localeCompare(b.name!.text))) {
    const argsType = fn.parameters[0].type!.getText();
    const returned = fn.type!.getText().replace(/^Promise<(.*)>$/, "$1");
    const resultName = returned.replace(/\[\]$/, "");
    parts.push(`### ${fn.name!.text}`, "", `${docOf(fn)} Also \`${fn.name!.text}Output\`.`, "", ...argsTable(decls.members(argsType)), "");
    const list = returned.endsWith("[]") ? "A list, each" : "Returns";
    const alias = decls.aliases.get(resultName);
    if (alias) parts.push(`${list} \`${resultName}\`: ${docOf(alias)}`, "");
    else parts.push(`${list} \`${resultName}\`:`, "", "| field | type | notes | description |", "|---|---|---|---|", ...memberRows(decls.members(resultName), (m) => !m.questionToken), "");
  }
  return parts;
}

export function resourcesMarkdown(): string {
  const parts = [
    "# Resources and their inputs",
    "",
    "Generated from the schemas in `sdk/schemas/`, and for `SipTrunk` and the lookups from their declarations in",
    "`provider/`, by `node dist/scripts/gen-docs.js` (`npm run docs`); do not edit by hand.",
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
  const root = repoRoot(__dirname);
  parts.push(...sipTrunkMarkdown(root), ...lookupsMarkdown(root));
  return parts.join("\n");
}

/** The repo root: the nearest folder with a package.json, whether this runs from scripts/ or dist/scripts/. */
function repoRoot(dir: string): string {
  return fs.existsSync(path.join(dir, "package.json")) ? dir : repoRoot(path.dirname(dir));
}

export const docsPath = path.join(repoRoot(__dirname), "docs", "resources.md");

/** Each field's description as a TSDoc comment, so that editors show it on hover. */
const tsdoc = (field: z.ZodType, indent: string): string[] => {
  const description = unwrap(field).meta.description;
  return description ? [`${indent}/** ${description.replace(/\*\//g, "*\\/")} */`] : [];
};

/**
 * The interface `name` of the args fields of `schema` at `at` (a path of camelCase keys), and one per object field
 * inside it, named after its path. Types are indexed from the schema-derived ones (`FieldArg`, `ObjectArg`): this only
 * adds the names and the docs.
 */
function argsInterfaces(kind: string, schema: z.ZodType, name: string, at: string[], nameField?: string): string[] {
  const own: string[] = [];
  const nested: string[] = [];
  for (const [key, field] of Object.entries(objectShape(schema) ?? {})) {
    const prop = camel(key);
    const named = at.length === 0 && key === nameField;
    // A name field may be left out: the provider names the object (ArgsOf).
    const optional = named || field.safeParse(undefined).success ? "?" : "";
    const pathType = JSON.stringify([...at, prop]).replace(/,/g, ", ");
    let type = `pulumi.Input<FieldArg<typeof ${kind}, ${pathType}>>`;
    if (named) type = "pulumi.Input<string>";
    else if (objectShape(field)) {
      const inner = `${name.replace(/Fields$/, "")}${prop[0].toUpperCase()}${prop.slice(1)}`;
      nested.push(...argsInterfaces(kind, field, inner, [...at, prop]));
      type = `ObjectArg<typeof ${kind}, ${pathType}, ${inner}>`;
    }
    own.push(...tsdoc(field, "  "), `  ${prop}${optional}: ${type};`);
  }
  const what = at.length === 0 ? `The API fields of a ${className(kind)}'s args.` : `\`${at.join(".")}\` in the args of a ${className(kind)}.`;
  return [`/** ${what} */`, `export interface ${name} {`, ...own, "}", "", ...nested];
}

/** provider/resource-args.ts: the args interfaces of every resource, each field documented from its schema. */
export function argsSource(): string {
  const kinds = Object.keys(resources) as (keyof typeof resources)[];
  const imports = kinds.map((kind) => {
    const file = kind.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`);
    return `import type { ${kind} } from "../sdk/schemas/${file}";`;
  });
  const lines = [
    "// Generated by scripts/gen-docs.ts (`npm run docs`) from the schemas in sdk/schemas: do not edit. Every field's",
    "// description becomes its TSDoc, which editors show on hover; its type is the schema's (provider/core/resource.ts).",
    "// A test fails when this file is stale.",
    'import type * as pulumi from "@pulumi/pulumi";',
    ...imports.sort(),
    'import type { AllTrue, ArgsOf, FieldArg, ObjectArg, SameType } from "./core/resource";',
    "",
  ];
  const checks: string[] = [];
  for (const kind of kinds) {
    const spec = resources[kind] as { fields: z.ZodType; nameField?: string };
    const name = `${className(kind)}Fields`;
    lines.push(...argsInterfaces(kind, spec.fields, name, [], spec.nameField));
    const nameKey = spec.nameField ? `, "${camel(spec.nameField)}"` : "";
    checks.push(`  SameType<${name}, ArgsOf<typeof ${kind}${nameKey}>>,`);
  }
  lines.push("/** Fails to compile when an interface above types a field otherwise than its schema does. */", "export type FieldsMatchSchemas = AllTrue<[", ...checks, "]>;", "");
  return lines.join("\n");
}

export const argsPath = path.join(repoRoot(__dirname), "provider", "resource-args.ts");

if (require.main === module) {
  fs.mkdirSync(path.dirname(docsPath), { recursive: true });
  fs.writeFileSync(docsPath, resourcesMarkdown());
  fs.writeFileSync(argsPath, argsSource());
  console.log(`wrote ${docsPath} and ${argsPath}`);
}
