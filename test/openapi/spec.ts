import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/* The vendored official OpenAPI document (test/fixtures/openapi) as a validator of requests and responses. */

export const spec: any = JSON.parse(readFileSync(join(__dirname, "../fixtures/openapi/telnyx-sip.json"), "utf8"));

/**
 * Where the spec's own documented default breaks its declared type (`type: integer, default: null` on
 * channel_limit; `format: uri, default: ""` on webhook_event_failover_url), the default is taken as allowed:
 * answering the documented default is conformant. Applied to a copy used for validation only.
 */
function admitDocumentedDefaults(node: any): any {
  if (Array.isArray(node)) return node.map(admitDocumentedDefaults);
  if (!node || typeof node !== "object") return node;
  const out: any = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, admitDocumentedDefaults(v)]));
  if (out.default === null && typeof out.type === "string") out.type = [out.type, "null"];
  if (out.default === "" && out.format === "uri") return { anyOf: [{ const: "" }, out] };
  return out;
}

/**
 * Every property may also be null: the real API answers an unset field as null even where the spec types it without
 * null (the emulator's default `unset: "null"`). Applied to a copy used for validation only.
 */
function admitNull(node: any): any {
  if (Array.isArray(node)) return node.map(admitNull);
  if (!node || typeof node !== "object") return node;
  const out: any = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, admitNull(v)]));
  if (out.properties && typeof out.properties === "object") {
    out.properties = Object.fromEntries(Object.entries<any>(out.properties).map(([k, v]) => [k, { anyOf: [{ type: "null" }, v] }]));
  }
  return out;
}

function validatorOf(document: any): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // Formats OpenAPI uses that JSON Schema does not define.
  ajv.addFormat("integer", /^-?\d+$/);
  ajv.addSchema(document, "spec");
  return ajv;
}

/** How unset fields may look in an answer: left out ("omit", the spec as written) or null too ("null"). */
export type UnsetShape = "omit" | "null";
const ajvs: Record<UnsetShape, Ajv2020> = {
  omit: validatorOf(admitDocumentedDefaults(spec)),
  null: validatorOf(admitNull(admitDocumentedDefaults(spec))),
};

const pointerPart = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** The spec's path template for a concrete path: /v2/ips/123 -> /ips/{id}. */
export function templateOf(path: string): string | undefined {
  const parts = path.replace(/^\/v2/, "").split("?")[0].split("/").filter(Boolean);
  // Literal segments win over parameters, as a router would match them.
  const candidates = Object.keys(spec.paths).filter((t) => {
    const segs = t.split("/").filter(Boolean);
    return segs.length === parts.length && segs.every((s, i) => s.startsWith("{") || s === parts[i]);
  });
  return candidates.sort((a, b) => (b.match(/\{/g)?.length ?? 0) < (a.match(/\{/g)?.length ?? 0) ? 1 : -1)[0];
}

function resolve(node: any): any {
  while (node?.$ref) {
    node = node.$ref.slice(2).split("/").reduce((o: any, k: string) => o[k.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return node;
}

const compiled = new Map<string, ValidateFunction | null>();

function validatorAt(pointer: string, exists: boolean, unset: UnsetShape = "omit"): ValidateFunction | null {
  const key = `${unset} ${pointer}`;
  if (!compiled.has(key)) compiled.set(key, exists ? ajvs[unset].compile({ $ref: `spec#${pointer}` }) : null);
  return compiled.get(key)!;
}

/**
 * The official response schema for method + template + status: undefined when the status is not documented,
 * null when it is documented without a body schema.
 */
export function responseValidator(method: string, template: string, status: number, unset: UnsetShape = "omit"): ValidateFunction | null | undefined {
  const op = spec.paths[template]?.[method.toLowerCase()];
  const response = op?.responses?.[String(status)] ?? op?.responses?.default;
  if (!response) return undefined;
  const key = op?.responses?.[String(status)] ? String(status) : "default";
  const media = resolve(response)?.content?.["application/json"];
  const base = response?.$ref
    ? `${response.$ref.slice(1)}/content/application~1json/schema`
    : `/paths/${pointerPart(template)}/${method.toLowerCase()}/responses/${key}/content/application~1json/schema`;
  return validatorAt(base, media?.schema !== undefined, unset);
}

/** The official request-body schema of method + template. */
export function requestValidator(method: string, template: string): ValidateFunction | null {
  const body = spec.paths[template]?.[method.toLowerCase()]?.requestBody;
  const pointer = `/paths/${pointerPart(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`;
  return validatorAt(pointer, resolve(body)?.content?.["application/json"]?.schema !== undefined);
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}${e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`);
}

/** The schema at a JSON pointer of the spec, `$ref`s followed. */
export function schemaAt(pointer: string): any {
  return resolve({ $ref: `#${pointer}` });
}

/** Every property path of a schema ("inbound.codecs"), through $ref, allOf, nullable unions and arrays of objects. */
export function fieldPaths(node: any, prefix = ""): string[] {
  node = resolve(node);
  if (!node || typeof node !== "object") return [];
  const parts = [node, ...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])].map(resolve);
  const out = new Set<string>();
  for (const part of parts) {
    if (part !== node) fieldPaths(part, prefix).forEach((p) => out.add(p));
    if (part.type === "array" || part.items) fieldPaths(part.items, prefix).forEach((p) => out.add(p));
    for (const [key, child] of Object.entries<any>(part.properties ?? {})) {
      const path = prefix + key;
      const nested = fieldPaths(child, `${path}.`);
      if (nested.length === 0) out.add(path);
      nested.forEach((p) => out.add(p));
    }
  }
  return [...out].sort();
}

/** The pointer of an operation's request or 2xx response schema. */
export function operationSchema(method: string, template: string, part: "request" | number): any {
  const op = spec.paths[template][method.toLowerCase()];
  const holder = part === "request" ? resolve(op.requestBody) : resolve(op.responses[String(part)]);
  return resolve(holder?.content?.["application/json"]?.schema);
}
