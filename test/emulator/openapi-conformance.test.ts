import { describe, expect, it } from "vitest";
import {
  fullAccessIpRange, fullCredentialConnection, fullFqdn, fullFqdnConnection, fullFqdnConnectionUpdate, fullIp, fullIpConnection,
  fullOutboundVoiceProfile, fullUacConnection, NEWER_THAN_SPEC,
} from "../openapi/full-payloads";
import {
  describeErrors, fieldPaths, operationSchema, requestValidator, responseValidator, spec, templateOf, type UnsetShape,
} from "../openapi/spec";
import { emulator, type Client } from "./helpers";

/* Every emulator response checked against the official Telnyx OpenAPI (test/fixtures/openapi). */

const PROFILE = "1293384261075731400";

/** Paths of a JSON value, as fieldPaths names them ("inbound.codecs"). */
function valuePaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix.slice(0, -1)];
  return Object.entries(value).flatMap(([k, v]) => valuePaths(v, `${prefix}${k}.`));
}

const writes: [string, string, object][] = [
  ["POST", "/credential_connections", fullCredentialConnection(PROFILE)],
  ["PATCH", "/credential_connections/{id}", fullCredentialConnection(PROFILE)],
  ["POST", "/ip_connections", fullIpConnection(PROFILE)],
  ["POST", "/fqdn_connections", fullFqdnConnection(PROFILE)],
  ["PATCH", "/fqdn_connections/{id}", fullFqdnConnectionUpdate(PROFILE)],
  ["POST", "/uac_connections", fullUacConnection(PROFILE)],
  ["PATCH", "/uac_connections/{id}", fullUacConnection(PROFILE)],
  ["POST", "/outbound_voice_profiles", fullOutboundVoiceProfile],
  ["PATCH", "/outbound_voice_profiles/{id}", fullOutboundVoiceProfile],
  ["POST", "/ips", fullIp("1")],
  ["PATCH", "/ips/{id}", fullIp("1")],
  ["POST", "/fqdns", fullFqdn("1")],
  ["PATCH", "/fqdns/{id}", fullFqdn("1")],
  ["POST", "/access_ip_ranges", fullAccessIpRange],
];

describe("full payloads", () => {
  it.each(writes)("%s %s sets every official request field and no other, validly", (method, template, body) => {
    const validate = requestValidator(method, template)!;
    expect(validate(body) ? [] : describeErrors(validate.errors)).toEqual([]);
    const official = fieldPaths(operationSchema(method, template, "request"));
    const sent = new Set(valuePaths(body));
    expect(official.filter((p) => !sent.has(p))).toEqual([]);
    expect([...sent].filter((p) => !official.includes(p) && !NEWER_THAN_SPEC.includes(p))).toEqual([]);
  });
});

interface Checked {
  operation: string;
  status: number;
  problems: string[];
}

/** The paths of `paths` ("data.inbound.codecs") that `value` leaves out: a null or an array on the way holds them. */
function missingPaths(value: unknown, paths: string[]): string[] {
  const holds = (v: unknown, keys: string[]): boolean => {
    if (keys.length === 0 || v === null) return true;
    if (Array.isArray(v)) return v.every((item) => holds(item, keys));
    if (typeof v !== "object" || !(keys[0] in (v as object))) return false;
    return holds((v as Record<string, unknown>)[keys[0]], keys.slice(1));
  };
  return paths.filter((p) => !holds(value, p.split(".")));
}

/**
 * An emulator client that validates every response against the spec operation it answers; with unset fields as
 * null, also that each 2xx answer is the whole object, every field of its schema present (pagination aside).
 */
function checking(emu: Client, unset: UnsetShape) {
  const checked: Checked[] = [];
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await emu.api(method, path, body);
    const template = templateOf(path);
    const operation = `${method} ${template}`;
    const validate = template ? responseValidator(method, template, res.status, unset) : null;
    const whole = unset === "null" && template && res.status < 300
      ? missingPaths(res.body, fieldPaths(operationSchema(method, template, res.status)).filter((p) => !p.startsWith("meta."))).map((p) => `${p} missing`)
      : [];
    const problems =
      !template ? ["no such path in the spec"]
      : validate === undefined ? [`status ${res.status} not documented`]
      : validate === null || validate(res.body) ? whole
      : describeErrors(validate.errors);
    checked.push({ operation, status: res.status, problems: problems.map((p) => `${operation} ${res.status}: ${p}`) });
    return res;
  };
  return { api, checked };
}

describe.each(["null", "omit"] as const)("emulator responses with unset fields as %s conform to the official OpenAPI", (unset) => {
  it("create, get, list, update and delete of every family, with full payloads, and every lookup", { timeout: 120_000 }, async () => {
    const emu = await emulator({ unset });
    const { api, checked } = checking(emu, unset);
    const ok = async (method: string, path: string, body?: unknown) => {
      const res = await api(method, path, body);
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      return res.body.data ?? res.body;
    };

    const profile = await ok("POST", "/v2/outbound_voice_profiles", fullOutboundVoiceProfile);
    const bare = await ok("POST", "/v2/outbound_voice_profiles", { name: "bare-profile" });
    const cred = await ok("POST", "/v2/credential_connections", fullCredentialConnection(profile.id));
    const ipConn = await ok("POST", "/v2/ip_connections", fullIpConnection(profile.id));
    const fqdnConn = await ok("POST", "/v2/fqdn_connections", fullFqdnConnection(profile.id));
    const uac = await ok("POST", "/v2/uac_connections", fullUacConnection(profile.id));
    // Fields newer than the vendored spec are stored and returned as well.
    expect([cred, ipConn, fqdnConn].map((c) => c.conversation_persistence)).toEqual([true, true, true]);
    expect(uac.external_uac_settings.user_agent).toBe("Acme-PBX-Trunk/1.0");
    // Minimal bodies too: the defaults the emulator fills in must conform as well.
    const minimal = [
      await ok("POST", "/v2/credential_connections", { connection_name: "min-cred", user_name: "mincred01", password: "min-password-1" }),
      await ok("POST", "/v2/ip_connections", {}),
      await ok("POST", "/v2/fqdn_connections", { connection_name: "min-fqdn" }),
      await ok("POST", "/v2/uac_connections", { connection_name: "min-uac" }),
    ];
    const ip = await ok("POST", "/v2/ips", fullIp(ipConn.id));
    const ipBare = await ok("POST", "/v2/ips", { ip_address: "192.0.2.7" });
    const fqdn = await ok("POST", "/v2/fqdns", fullFqdn(fqdnConn.id));
    const srv = await ok("POST", "/v2/fqdns", { fqdn: "srv.example.com", connection_id: fqdnConn.id, dns_record_type: "srv" });
    const range = await ok("POST", "/v2/access_ip_ranges", fullAccessIpRange);
    await ok("POST", "/v2/access_ip_ranges", { cidr_block: "192.0.2.0/24" });

    for (const [collection, rec] of [
      ["credential_connections", cred], ["ip_connections", ipConn], ["fqdn_connections", fqdnConn], ["uac_connections", uac],
      ["outbound_voice_profiles", profile], ["ips", ip], ["fqdns", fqdn],
    ] as const) {
      await ok("GET", `/v2/${collection}/${rec.id}`);
      await ok("GET", `/v2/${collection}`);
    }
    for (const rec of minimal) await ok("GET", `/v2/connections/${rec.id}`);
    await ok("GET", "/v2/connections");
    await ok("GET", "/v2/access_ip_ranges");

    await ok("PATCH", `/v2/credential_connections/${cred.id}`, { ...fullCredentialConnection(bare.id), connection_name: "full-credential-2" });
    await ok("PATCH", `/v2/ip_connections/${ipConn.id}`, {
      ...fullIpConnection(bare.id),
      inbound: { ...fullIpConnection(bare.id).inbound, default_primary_ip_id: ip.id, default_secondary_ip_id: ip.id, default_tertiary_ip_id: ip.id },
    });
    await ok("PATCH", `/v2/fqdn_connections/${fqdnConn.id}`, fullFqdnConnectionUpdate(bare.id));
    await ok("PATCH", `/v2/uac_connections/${uac.id}`, fullUacConnection(bare.id));
    await ok("PATCH", `/v2/outbound_voice_profiles/${profile.id}`, { ...fullOutboundVoiceProfile, name: "full-profile-2" });
    await ok("PATCH", `/v2/ips/${ip.id}`, { ...fullIp(ipConn.id), port: 5090 });
    await ok("PATCH", `/v2/fqdns/${fqdn.id}`, { ...fullFqdn(fqdnConn.id), port: 5071 });

    await ok("POST", `/v2/credential_connections/${cred.id}/actions/check_registration_status`);
    await ok("POST", `/v2/uac_connections/${uac.id}/actions/check_registration_status`);
    expect((await emu.control("POST", "/_emulator/registration", { connection_id: uac.id, status: "Registered" })).status).toBe(200);
    await ok("POST", `/v2/uac_connections/${uac.id}/actions/check_registration_status`);
    for (const query of [
      `credential_type=uac_external_credential&connection_id=${uac.id}`,
      `credential_type=uac_third-party_credential&connection_id=${uac.id}`,
      `credential_type=telephony_credential&username=${cred.user_name}`,
      `credential_type=sip_credential_connection&connection_id=${cred.id}`,
    ]) {
      await ok("GET", `/v2/sip_registration_status?${query}`);
    }
    expect((await emu.control("POST", "/_emulator/calls", { connection_id: cred.id, count: 3, call_duration: 42 })).status).toBe(200);
    const calls = await api("GET", `/v2/connections/${cred.id}/active_calls?page[limit]=2`);
    expect(calls.body.data).toHaveLength(2);
    expect((await ok("GET", calls.body.meta.next.replace(/^\/v2/, "/v2"))).length).toBe(1);
    await ok("GET", `/v2/connections/${ipConn.id}/active_calls`);

    // Error answers are documented too.
    expect((await api("GET", "/v2/credential_connections/999")).status).toBe(404);
    expect((await api("POST", "/v2/ip_connections", { transport_protocol: "SCTP" })).status).toBe(422);
    expect((await api("POST", "/v2/outbound_voice_profiles", { name: "x" })).status).toBe(422);

    for (const [collection, id] of [
      ["ips", ip.id], ["ips", ipBare.id], ["fqdns", fqdn.id], ["fqdns", srv.id], ["credential_connections", cred.id],
      ["ip_connections", ipConn.id], ["fqdn_connections", fqdnConn.id], ["uac_connections", uac.id],
      ["outbound_voice_profiles", bare.id], ["access_ip_ranges", range.id],
    ] as const) {
      await ok("DELETE", `/v2/${collection}/${id}`);
    }

    expect(checked.flatMap((c) => c.problems)).toEqual([]);
    const covered = new Set(checked.map((c) => c.operation));
    const official = Object.entries<any>(spec.paths).flatMap(([t, ops]) => Object.keys(ops).filter((m) => ops[m].responses).map((m) => `${m.toUpperCase()} ${t}`));
    expect(official.filter((o) => !covered.has(o))).toEqual([]);
  });
});
