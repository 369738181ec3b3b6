import { readFileSync, writeFileSync } from "node:fs";

/*
 * Trims Telnyx's official OpenAPI document to the SIP paths this project covers and every component they
 * reference, for test/fixtures/openapi/telnyx-sip.json. Usage (the full spec converted to JSON first):
 *   node dist/scripts/vendor-openapi.js <spec3.json> <source note> > test/fixtures/openapi/telnyx-sip.json
 */

const SIP_PATHS =
  /^\/(access_ip_ranges|connections|credential_connections|fqdn_connections|fqdns|ip_connections|ips|outbound_voice_profiles|sip_registration_status|uac_connections)(\/|$)/;

type Json = { [key: string]: any };

function refsIn(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.add(v);
      else refsIn(v, out);
    }
  }
  return out;
}

export function trimSpec(spec: Json, source: string): Json {
  const paths = Object.fromEntries(Object.entries(spec.paths as Json).filter(([p]) => SIP_PATHS.test(p)));
  const components: Json = {};
  const todo = [...refsIn(paths, new Set())];
  const seen = new Set<string>();
  while (todo.length) {
    const ref = todo.pop()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , kind, name] = ref.split("/");
    const target = spec.components[kind][name];
    (components[kind] ??= {})[name] = target;
    todo.push(...refsIn(target, new Set()));
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }
  return { openapi: spec.openapi, info: { ...spec.info, "x-vendored-from": source }, paths, components };
}

if (require.main === module) {
  const [file, source] = process.argv.slice(2);
  if (!file || !source) {
    console.error("usage: vendor-openapi <spec3.json> <source note: repo, path, commit, date>");
    process.exit(2);
  }
  writeFileSync(1, JSON.stringify(trimSpec(JSON.parse(readFileSync(file, "utf8")), source), null, 1) + "\n");
}
