// The Pulumi package schema of `telnyx-sip`, derived from the zod schemas in sdk/schemas/ (the one source of truth the
// dynamic resources and docs/resources.md also read), so the plugin, the generated SDKs and the docs cannot disagree.
import { z } from "zod";
import type { ResourceSpec } from "../sdk/resource-spec";
import { resources } from "../sdk/resources";
import { unwrap } from "../sdk/schema-meta";
import { camel, objectShape } from "../provider/core/casing";
import { ADOPT_ID, REMOVED_FIELDS } from "../provider/core/diff";
import { typeName } from "../provider/core/type-token";
import { functions, type FunctionDef } from "./functions";

export const PACKAGE = "telnyx-sip";

/** `telnyx-sip:index:getConnection` for the function `getConnection`. */
export const functionToken = (name: string): string => `${PACKAGE}:index:${name}`;

/** `telnyx-sip:index:IpConnection` for the kind `ipConnection`. */
export const resourceToken = (kind: string): string => `${PACKAGE}:index:${typeName(kind)}`;

export interface PropertySpec {
  type?: string;
  $ref?: string;
  items?: PropertySpec;
  additionalProperties?: PropertySpec;
  description?: string;
  secret?: boolean;
  replaceOnChanges?: boolean;
  defaultInfo?: { environment: string[] };
}

export interface ObjectTypeSpec {
  type: "object";
  description?: string;
  properties: Record<string, PropertySpec>;
  required?: string[];
}

export interface EnumTypeSpec {
  type: "string" | "number";
  description?: string;
  enum: { value: string | number; name?: string }[];
}

/**
 * An enum's values for the schema. The SDK generators name a value after its letters and digits, so "+E.164" and
 * "E.164" would both become E_164 (in Go, a compile error); values that would collide are named explicitly.
 */
function enumValues(values: (string | number)[]): EnumTypeSpec["enum"] {
  const key = (v: string | number) => String(v).replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (new Set(values.map(key)).size === values.length) return values.map((value) => ({ value }));
  const name = (v: string | number) =>
    String(v).replace(/\+/g, " plus ").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return values.map((value) => ({ value, name: name(value) }));
}

export interface ResourceSchema {
  description: string;
  isComponent?: boolean;
  inputProperties: Record<string, PropertySpec>;
  requiredInputs?: string[];
  properties: Record<string, PropertySpec>;
  required?: string[];
}

export interface ObjectSpec {
  properties: Record<string, PropertySpec>;
  required?: string[];
}

export interface FunctionSchema {
  description: string;
  inputs: ObjectSpec;
  outputs: ObjectSpec;
}

export interface PackageSchema {
  name: string;
  displayName: string;
  version: string;
  description: string;
  keywords: string[];
  license: string;
  meta: { moduleFormat: string };
  config: { variables: Record<string, PropertySpec> };
  provider: { description: string; inputProperties: Record<string, PropertySpec> };
  resources: Record<string, ResourceSchema>;
  functions: Record<string, FunctionSchema>;
  types: Record<string, ObjectTypeSpec | EnumTypeSpec>;
  language: Record<string, unknown>;
}

const pascal = (key: string): string => {
  const c = camel(key);
  return c[0].toUpperCase() + c.slice(1);
};

const isRequired = (field: z.ZodType): boolean => !field.safeParse(undefined).success;

/** Collects the named types (objects, enums) of one package while its properties are written. */
class Types {
  readonly all: Record<string, ObjectTypeSpec | EnumTypeSpec> = {};

  private add(name: string, spec: ObjectTypeSpec | EnumTypeSpec): string {
    const token = `${PACKAGE}:index:${name}`;
    if (this.all[token] && JSON.stringify(this.all[token]) !== JSON.stringify(spec)) {
      throw new Error(`schema: two different types would be named ${token}; rename one of the fields behind it`);
    }
    this.all[token] = spec;
    return `#/types/${token}`;
  }

  /** The property spec of a zod field; `name` names the types it needs (resource type plus the field's path). */
  property(field: z.ZodType, name: string): PropertySpec {
    const { inner, meta } = unwrap(field);
    const spec: PropertySpec = { ...this.typeOf(inner, name, meta.description) };
    if (meta.description) spec.description = meta.description;
    if (meta.secret) spec.secret = true;
    if (meta.createOnly) spec.replaceOnChanges = true;
    return spec;
  }

  private typeOf(inner: z.ZodType, name: string, description?: string): PropertySpec {
    const def = (inner as any)._zod.def;
    switch (def.type) {
      case "string":
        return { type: "string" };
      case "boolean":
        return { type: "boolean" };
      case "number":
        return { type: (inner as z.ZodNumber).isInt ? "integer" : "number" };
      case "enum": {
        const values = Object.values(def.entries as Record<string, string | number>);
        const type = values.every((v) => typeof v === "number") ? "number" : "string";
        return { $ref: this.add(name, { type, description, enum: enumValues(values) }) };
      }
      case "array":
        return { type: "array", items: this.typeOf(unwrap(def.element).inner, name, description) };
      case "record":
        return { type: "object", additionalProperties: this.typeOf(unwrap(def.valueType).inner, name, description) };
      case "union": {
        // The schemas' unions are of string formats (IPv4 | IPv6, CIDR v4 | v6): one string in the schema.
        const types = (def.options as z.ZodType[]).map((o) => this.typeOf(unwrap(o).inner, name, description));
        if (types.every((t) => t.type === "string")) return { type: "string" };
        return { $ref: "pulumi.json#/Any" };
      }
      case "object": {
        const shape = objectShape(inner)!;
        const properties: Record<string, PropertySpec> = {};
        for (const [key, f] of Object.entries(shape)) properties[camel(key)] = this.property(f, name + pascal(key));
        const required = Object.entries(shape).filter(([, f]) => isRequired(f)).map(([key]) => camel(key));
        return { $ref: this.add(name, { type: "object", description, properties, ...(required.length ? { required } : {}) }) };
      }
      default:
        return { $ref: "pulumi.json#/Any" };
    }
  }
}

/** The properties of a zod object, id included (a function's result has it as a field), named after `name`. */
function propertiesOf(schema: z.ZodType, name: string, types: Types): Record<string, PropertySpec> {
  const out: Record<string, PropertySpec> = {};
  for (const [key, field] of Object.entries(objectShape(schema) ?? {})) out[camel(key)] = types.property(field, name + pascal(key));
  return out;
}

function functionSchema(name: string, fn: FunctionDef, types: Types): FunctionSchema {
  const inputs: Record<string, PropertySpec> = {};
  for (const [arg, { description, schema }] of Object.entries(fn.args)) {
    inputs[arg] = { ...(schema ? types.property(schema, pascal(name) + pascal(arg)) : { type: "string" }), description };
  }
  const required = Object.entries(fn.args).filter(([, a]) => a.required).map(([arg]) => arg);
  const outputs: ObjectSpec =
    "object" in fn.result
      ? { properties: propertiesOf(fn.result.object, pascal(name), types) }
      : {
          properties: {
            [fn.result.list]: { type: "array", items: types.property(fn.result.of, fn.result.name), description: fn.result.description },
          },
          required: [fn.result.list],
        };
  return { description: fn.description, inputs: { properties: inputs, ...(required.length ? { required } : {}) }, outputs };
}

const adoptIdSpec: PropertySpec = {
  type: "string",
  description:
    "The id of an existing Telnyx object to take over (updated to match) instead of creating one. " +
    "`pulumi import` and the `import` resource option do the same through the engine.",
};

function removedFieldsSpec(types: Types): PropertySpec {
  return {
    ...types.property(z.enum(["reset", "keep"]), "RemovedFields"),
    description:
      'What a field the program declared before and leaves out now becomes: "reset" (the default) sets it back to ' +
      'what Telnyx documents for a field never set, shown in the preview; "keep" leaves the object\'s value as it is.',
  };
}

function resourceSchema(spec: ResourceSpec, types: Types): ResourceSchema {
  const type = typeName(spec.kind);
  const fields = objectShape(spec.fields)!;
  const response = objectShape(spec.response)!;
  const nameKey = spec.nameField ? camel(spec.nameField) : undefined;
  const inputProperties: Record<string, PropertySpec> = {};
  for (const [key, field] of Object.entries(fields)) inputProperties[camel(key)] = types.property(field, type + pascal(key));
  if (!spec.updatable) for (const p of Object.values(inputProperties)) p.replaceOnChanges = true;
  if (nameKey) {
    inputProperties[nameKey].description =
      `${inputProperties[nameKey].description ?? ""} Defaults to the resource name plus a suffix fixed per stack.`.trim();
  }
  // Outputs: what the API returns. A writable field has the input's type (its enums, its object types); a computed
  // one the type of the API's response.
  const properties: Record<string, PropertySpec> = {};
  for (const [key, field] of Object.entries(response)) {
    if (key === "id") continue;
    properties[camel(key)] = camel(key) in inputProperties ? inputProperties[camel(key)] : types.property(field, type + pascal(key));
  }
  inputProperties[ADOPT_ID] = adoptIdSpec;
  inputProperties[REMOVED_FIELDS] = removedFieldsSpec(types);
  properties[ADOPT_ID] = adoptIdSpec;
  const requiredInputs = Object.entries(fields).filter(([key, f]) => isRequired(f) && camel(key) !== nameKey).map(([key]) => camel(key));
  const required = [...requiredInputs, ...(nameKey ? [nameKey] : [])];
  // Empty lists are left out, as the CLI prints a schema (`pulumi package get-schema`).
  return {
    description: `A Telnyx ${spec.title} (\`${spec.path}\`).${spec.updatable ? "" : " It cannot be updated: any change replaces it."}`,
    inputProperties,
    ...(requiredInputs.length ? { requiredInputs } : {}),
    properties,
    ...(required.length ? { required } : {}),
  };
}

const omit = (props: Record<string, PropertySpec>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(props).filter(([key]) => !keys.includes(key)));

/**
 * SipTrunk's inputs, as SipTrunkArgs in provider/components/sip-trunk.ts declares them (the plugin runs that very
 * component): its lists and its own profile take the inputs of the resources they become. `connection` is a
 * CredentialConnection's, IpConnection's or FqdnConnection's inputs by `kind`, which one schema type cannot say.
 */
function sipTrunkSchema(all: Record<string, ResourceSchema>, types: Types): ResourceSchema {
  const inputsOf = (kind: string) => all[resourceToken(kind)].inputProperties;
  const object = (name: string, description: string, properties: Record<string, PropertySpec>, required: string[] = []): PropertySpec => {
    types.all[`${PACKAGE}:index:${name}`] = { type: "object", description, properties, ...(required.length ? { required } : {}) };
    return { $ref: `#/types/${PACKAGE}:index:${name}` };
  };
  const requiredOf = (kind: string, ...except: string[]) => (all[resourceToken(kind)].requiredInputs ?? []).filter((k) => !except.includes(k));
  const ip = object("SipTrunkIp", "An address of the trunk: an Ip's inputs, without connectionId.", omit(inputsOf("ip"), "connectionId"), requiredOf("ip", "connectionId"));
  const fqdn = object("SipTrunkFqdn", "A hostname of the trunk: an Fqdn's inputs, without connectionId.", omit(inputsOf("fqdn"), "connectionId"), requiredOf("fqdn", "connectionId"));
  const connectionId = "The id of the trunk's connection.";
  const profileSettings = "Settings for the trunk's own outbound voice profile (the default), or `id` of an existing profile to use instead.";
  const profileId = "The id of the outbound voice profile the trunk's connection uses.";
  return {
    // The class's doc comment, word for word (test/plugin/schema.test.ts compares them).
    description:
      "A whole SIP trunk in one resource: the connection, its outbound voice profile, and its IPs or FQDNs. Defaults: " +
      "codecs G722, G711U, G711A; round-robin routing when there are several IPs or FQDNs; inbound calls to a SIP " +
      'subdomain from the trunk\'s own connections only (`sipSubdomainReceiveSettings: "only_my_connections"`, IP and ' +
      "FQDN kinds); a new outbound voice profile allowed to call the US and Canada unless `outboundVoiceProfile` says " +
      "otherwise.",
    isComponent: true,
    inputProperties: {
      kind: {
        ...types.property(z.enum(["credential", "ip", "fqdn"]), "SipTrunkKind"),
        description:
          '"credential": your PBX registers to Telnyx with userName and password; "ip": Telnyx authenticates your ' +
          'PBX by source address (ips); "fqdn": Telnyx reaches your SIP endpoint by hostname (fqdns).',
      },
      userName: { type: "string", description: 'The SIP user name your PBX registers with (kind "credential").' },
      password: { type: "string", secret: true, description: 'The SIP password your PBX registers with (kind "credential").' },
      ips: { type: "array", items: ip, description: 'The PBX\'s source addresses (kind "ip"), one Ip each, named by address.' },
      fqdns: { type: "array", items: fqdn, description: 'The SIP endpoint\'s hostnames (kind "fqdn"), one Fqdn each, named by hostname.' },
      connection: {
        $ref: "pulumi.json#/Any",
        description:
          "Settings of the connection, as the inputs of the CredentialConnection, IpConnection or FqdnConnection " +
          "`kind` makes, without what the trunk sets itself (userName, password, outbound.outboundVoiceProfileId).",
      },
      outboundVoiceProfile: {
        ...object("SipTrunkOutboundVoiceProfile", profileSettings, {
          ...inputsOf("outboundVoiceProfile"),
          id: { type: "string", description: "An existing profile's id: the trunk creates none." },
        }),
        description: profileSettings,
      },
    },
    requiredInputs: ["kind"],
    properties: { connectionId: { type: "string", description: connectionId }, outboundVoiceProfileId: { type: "string", description: profileId } },
    required: ["connectionId", "outboundVoiceProfileId"],
  };
}

/** The provider's configuration: the same settings, with the same environment fallbacks, as the dynamic resources. */
export const providerConfig: Record<string, PropertySpec> = {
  apiKey: {
    type: "string",
    secret: true,
    description: "Telnyx API key (`pulumi config set --secret telnyx-sip:apiKey <key>`, or TELNYX_API_KEY).",
    defaultInfo: { environment: ["TELNYX_API_KEY"] },
  },
  baseUrl: {
    type: "string",
    description: "Telnyx API base URL, with /v2 (default https://api.telnyx.com/v2; or TELNYX_BASE_URL).",
    defaultInfo: { environment: ["TELNYX_BASE_URL"] },
  },
};

export function packageSchema(version: string): PackageSchema {
  const types = new Types();
  const all: Record<string, ResourceSchema> = {};
  for (const spec of Object.values(resources) as unknown as ResourceSpec[]) all[resourceToken(spec.kind)] = resourceSchema(spec, types);
  all[resourceToken("sipTrunk")] = sipTrunkSchema(all, types);
  return {
    name: PACKAGE,
    displayName: "Telnyx SIP",
    version,
    description: "SIP trunking on Telnyx: connections, IPs, FQDNs, outbound voice profiles and access IP ranges.",
    keywords: ["pulumi", "telnyx", "sip", "category/network"],
    license: "Apache-2.0",
    meta: { moduleFormat: "(.*)" },
    config: { variables: providerConfig },
    provider: { description: "The Telnyx account the resources live in.", inputProperties: providerConfig },
    resources: all,
    functions: Object.fromEntries(Object.entries(functions).map(([name, fn]) => [functionToken(name), functionSchema(name, fn, types)])),
    types: types.all,
    language: {
      nodejs: { packageName: "@pulumi-telnyx-sip/sdk" },
      python: { packageName: "pulumi_telnyx_sip" },
      go: { importBasePath: "github.com/pulumi-telnyx-sip/sdk/go/telnyxsip" },
      csharp: { rootNamespace: "TelnyxSip" },
    },
  };
}
