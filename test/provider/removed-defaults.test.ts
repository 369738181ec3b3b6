// The values a removed field is reset to (ResourceSpec.defaults) against sources beside sdk/schemas: the official
// OpenAPI document's defaults, and what the emulator gives an object created with nothing optional. Each default must
// also pass the field's own schema, or the PATCH that resets it would be refused at preview.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources } from "../../sdk/resources";
import { objectShape } from "../../provider/core/casing";
import { operationSchema, schemaAt } from "../openapi/spec";
import { emulator } from "../emulator/helpers";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Leaf paths of a defaults object ("inbound.codecs") with their values. */
function leaves(value: Obj, prefix = ""): [string, unknown][] {
  return Object.entries(value).flatMap(([k, v]) => (isObj(v) ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]]));
}

const at = (value: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((o, k) => (isObj(o) ? o[k] : undefined), value);

const deref = (node: any): any => (node?.$ref ? deref(schemaAt(node.$ref.slice(1))) : node);

/** Every documented `default` of an official request schema, by path. */
function officialDefaults(node: any, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  node = deref(node);
  for (const part of [node, ...(node?.allOf ?? [])].map(deref)) {
    if (part !== node) officialDefaults(part, prefix, out);
    for (const [key, child] of Object.entries<any>(part?.properties ?? {})) {
      const field = deref(child);
      if (field && "default" in field) out.set(prefix + key, field.default);
      officialDefaults(field, `${prefix}${key}.`, out);
    }
  }
  return out;
}


const CREATE_PATHS: Record<string, string> = {
  credentialConnection: "/credential_connections",
  ipConnection: "/ip_connections",
  fqdnConnection: "/fqdn_connections",
  uacConnection: "/uac_connections",
  outboundVoiceProfile: "/outbound_voice_profiles",
  ip: "/ips",
  fqdn: "/fqdns",
};

const specs = Object.values(resources) as unknown as ResourceSpec[];

/** The field schema at an API path. */
function fieldAt(spec: ResourceSpec, path: string): z.ZodType | undefined {
  let schema: z.ZodType | undefined = spec.fields;
  for (const key of path.split(".")) schema = objectShape(schema)?.[key];
  return schema;
}

describe("the values removed fields are reset to", () => {
  it("are each accepted by the field's own schema", () => {
    const refused = specs.flatMap((spec) =>
      leaves(spec.defaults ?? {})
        .filter(([path, value]) => !fieldAt(spec, path)?.safeParse(value).success)
        .map(([path]) => `${spec.kind} ${path}`),
    );
    expect(refused).toEqual([]);
  });

  it("agree with every default the official OpenAPI documents", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const [kind, path] of Object.entries(CREATE_PATHS)) {
      const spec = resources[kind as keyof typeof resources] as unknown as ResourceSpec;
      for (const [field, official] of officialDefaults(operationSchema("POST", path, "request"))) {
        if (!fieldAt(spec, field)) continue; // not writable here: nothing to reset
        compared++;
        const ours = at(spec.defaults, field);
        if (JSON.stringify(ours) !== JSON.stringify(official)) mismatches.push(`${kind} ${field}: ours ${JSON.stringify(ours)}, spec ${JSON.stringify(official)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it("are what the emulator gives an object created with nothing optional", async () => {
    const emu = await emulator();
    const profile = (await emu.api("POST", "/v2/outbound_voice_profiles", { name: "defaults" })).body.data;
    const ipConnection = (await emu.api("POST", "/v2/ip_connections", { connection_name: "ip" })).body.data;
    const fqdnConnection = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "fqdn" })).body.data;
    const minimal: Record<string, Obj> = {
      outboundVoiceProfile: profile,
      credentialConnection: (await emu.api("POST", "/v2/credential_connections", { connection_name: "c", user_name: "defaults01", password: "password-123" })).body.data,
      ipConnection,
      fqdnConnection,
      uacConnection: (await emu.api("POST", "/v2/uac_connections", { connection_name: "u", external_uac_settings: { proxy: "sip:pbx.example.com" } })).body.data,
      ip: (await emu.api("POST", "/v2/ips", { ip_address: "203.0.113.9", connection_id: ipConnection.id })).body.data,
      fqdn: (await emu.api("POST", "/v2/fqdns", { fqdn: "pbx.example.com", connection_id: fqdnConnection.id, dns_record_type: "a" })).body.data,
    };
    const differences: string[] = [];
    for (const [kind, object] of Object.entries(minimal)) {
      expect(object?.id, kind).toBeDefined();
      const spec = resources[kind as keyof typeof resources] as unknown as ResourceSpec;
      for (const [path, value] of leaves(spec.defaults ?? {})) {
        const actual = at(object, path) ?? null; // an unset field the API leaves out
        if (JSON.stringify(actual) !== JSON.stringify(value)) differences.push(`${kind} ${path}: ours ${JSON.stringify(value)}, emulator ${JSON.stringify(actual)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});
