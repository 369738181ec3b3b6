// The package schema must say what the zod schemas say: every field, at every depth, with its secret flag, its
// description, whether it is required, whether a change replaces the object, and its enum values.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { unwrap } from "../../sdk/schema-meta";
import { arrayElement, camel, objectShape } from "../../provider/core/casing";
import { secretPaths } from "../../provider/core/secrets";
import { functions } from "../../plugin/functions";
import { functionToken, packageSchema, resourceToken, type PropertySpec } from "../../plugin/schema";

const schema = packageSchema("0.0.0-test");
const specs = Object.values(resources) as unknown as ResourceSpec[];

/** The object or enum type a property refers to, looked up in the schema's types. */
const refType = (p: PropertySpec | undefined): any => (p?.$ref ? schema.types[p.$ref.replace("#/types/", "")] : undefined);

/** The properties of the object a property holds (through arrays), or undefined for a scalar. */
function propertiesOf(p: PropertySpec | undefined): Record<string, PropertySpec> | undefined {
  const target = p?.items ?? p;
  return refType(target)?.properties;
}

type Row = { path: string; field: z.ZodType; prop: PropertySpec | undefined; required: string[] | undefined };

/** Every zod field under `shape`, paired with the schema property at the same camelCase path. */
function pairs(shape: Record<string, z.ZodType>, props: Record<string, PropertySpec> | undefined, required: string[] | undefined, prefix = ""): Row[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const prop = props?.[camel(key)];
    const row = { path: `${prefix}${camel(key)}`, field, prop, required };
    const inner = objectShape(field) ?? objectShape(arrayElement(field));
    const nested = inner ? pairs(inner, propertiesOf(prop), (refType(prop?.items ?? prop) as any)?.required, `${row.path}.`) : [];
    return [row, ...nested];
  });
}

describe("telnyx-sip package schema", () => {
  it("describes SipTrunk with the TypeScript component's own doc comment, so the two cannot drift apart", () => {
    const source = fs.readFileSync(path.join(__dirname, "../../provider/components/sip-trunk.ts"), "utf8");
    const comment = /\/\*\*\n((?: \*.*\n)+) \*\/\nexport class SipTrunk /.exec(source)![1];
    const text = comment.split("\n").map((line) => line.replace(/^ \* ?/, "")).join(" ").trim();
    expect(schema.resources["telnyx-sip:index:SipTrunk"].description).toBe(text);
  });

  it("has one resource per kind and the SipTrunk component, and nothing else", () => {
    const kinds = Object.keys(schema.resources).filter((token) => !schema.resources[token].isComponent);
    expect(kinds.sort()).toEqual(specs.map((s) => resourceToken(s.kind)).sort());
    expect(Object.keys(schema.resources).filter((token) => schema.resources[token].isComponent)).toEqual(["telnyx-sip:index:SipTrunk"]);
  });

  for (const spec of specs) {
    const resource = schema.resources[resourceToken(spec.kind)];
    const nameKey = spec.nameField ? camel(spec.nameField) : undefined;

    it(`${spec.kind}: every input field, at every depth, with its secret flag, description, replacement and enum`, () => {
      const rows = pairs(objectShape(spec.fields)!, resource.inputProperties, resource.requiredInputs);
      expect(rows.length).toBeGreaterThan(0);
      for (const { path, field, prop, required } of rows) {
        const { inner, meta } = unwrap(field);
        expect(prop, `${spec.kind}.${path} is missing from the schema`).toBeDefined();
        expect(!!prop!.secret, `${spec.kind}.${path} secret`).toBe(!!meta.secret);
        expect(prop!.description, `${spec.kind}.${path} description`).toEqual(
          path === nameKey ? expect.stringContaining(meta.description!) : meta.description,
        );
        if (!path.includes(".")) expect(!!prop!.replaceOnChanges, `${spec.kind}.${path} replaceOnChanges`).toBe(!!meta.createOnly || !spec.updatable);
        const mustGive = !field.safeParse(undefined).success && path !== nameKey;
        expect((required ?? []).includes(path.split(".").pop()!), `${spec.kind}.${path} required`).toBe(mustGive);
        const def = (inner as any)._zod.def;
        const element = def.type === "array" ? (unwrap(def.element).inner as any)._zod.def : undefined;
        const enumDef = def.type === "enum" ? def : element?.type === "enum" ? element : undefined;
        if (enumDef) {
          const values = refType(prop!.items ?? prop)?.enum?.map((e: { value: unknown }) => e.value);
          expect(values, `${spec.kind}.${path} enum`).toEqual(Object.values(enumDef.entries));
        }
      }
    });

    it(`${spec.kind}: every output the API returns, every secret leaf of the response marked secret`, () => {
      for (const key of Object.keys(objectShape(spec.response)!).filter((k) => k !== "id")) {
        expect(resource.properties[camel(key)], `${spec.kind} output ${camel(key)}`).toBeDefined();
      }
      for (const path of secretPaths(spec.response)) {
        let props: Record<string, PropertySpec> | undefined = resource.properties;
        for (const key of path.slice(0, -1)) props = propertiesOf(props?.[key]);
        expect(props?.[path[path.length - 1]]?.secret, `${spec.kind} output ${path.join(".")}`).toBe(true);
      }
    });

    it(`${spec.kind}: adoptId and removedFields as inputs`, () => {
      expect(resource.inputProperties.adoptId.type).toBe("string");
      expect(refType(resource.inputProperties.removedFields).enum).toEqual([{ value: "reset" }, { value: "keep" }]);
    });
  }

  it("configures the provider with a secret apiKey and a baseUrl, both also read from the environment", () => {
    expect(schema.config.variables.apiKey).toMatchObject({ type: "string", secret: true, defaultInfo: { environment: ["TELNYX_API_KEY"] } });
    expect(schema.config.variables.baseUrl).toMatchObject({ type: "string", defaultInfo: { environment: ["TELNYX_BASE_URL"] } });
    expect(schema.provider.inputProperties.apiKey.secret).toBe(true);
  });

  it("has every lookup as a function, its arguments and every field of its result", () => {
    expect(Object.keys(schema.functions).sort()).toEqual(Object.keys(functions).map(functionToken).sort());
    for (const [name, fn] of Object.entries(functions)) {
      const f = schema.functions[functionToken(name)];
      expect(Object.keys(f.inputs.properties), name).toEqual(Object.keys(fn.args));
      expect(f.inputs.required ?? [], name).toEqual(Object.entries(fn.args).filter(([, a]) => a.required).map(([arg]) => arg));
      const result = "object" in fn.result ? fn.result.object : fn.result.of;
      const props = "object" in fn.result ? f.outputs.properties : propertiesOf(f.outputs.properties[fn.result.list]);
      for (const key of Object.keys(objectShape(result)!)) expect(props?.[camel(key)], `${name} result ${camel(key)}`).toBeDefined();
    }
  });

  it("refers only to types it defines", () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"#\/types\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(schema.types[ref.slice(16, -1)], ref).toBeDefined();
  });
});
