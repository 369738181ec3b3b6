// The provider against both shapes of answer: whole objects with null for what is unset (the real API, the emulator's
// default) and objects that leave unset fields out (`unset: "omit"`), under every secrets mode. For each resource kind,
// after create, adoption, update and refresh: no false diff, nothing unset read back as a value, and the outputs hold
// the secret the program gave, never what the API shows of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlers, type Kind } from "../../provider/core/handlers";
import { configure } from "../../provider/core/settings";
import { TestEmulator } from "../e2e/emulator";

type Obj = Record<string, any>;

const PASSWORD = "Shape-pass-1234";
const NEW_PASSWORD = "Shape-pass-5678";
const TOKEN = "shape-token-123456";

interface Case {
  kind: Kind;
  collection: string;
  /** What the program declares first, and then (absent: the kind has no update in place). */
  declared(ref: string): Obj;
  updated?(ref: string): Obj;
  /** The object an adoption takes over, made beside the provider (snake_case, as the API takes it). */
  existing(ref: string): Obj;
  /** What the program declares of that object. */
  adopting(ref: string): Obj;
  /** Paths of the secrets the program gives, and that the outputs must hold as given. */
  secrets?: string[];
}

const cases: Case[] = [
  {
    kind: "outboundVoiceProfile", collection: "outbound_voice_profiles",
    declared: () => ({ name: "shape-profile", whitelistedDestinations: ["US", "CA"] }),
    updated: () => ({ name: "shape-profile", whitelistedDestinations: ["US"], dailySpendLimit: "50.00", dailySpendLimitEnabled: true }),
    existing: () => ({ name: "adopted-profile", max_destination_rate: 0.5 }),
    adopting: () => ({ name: "adopted-profile", maxDestinationRate: 0.5 }),
  },
  {
    kind: "credentialConnection", collection: "credential_connections", secrets: ["password"],
    declared: (ref) => ({ userName: "shapecred01", password: PASSWORD, outbound: { outboundVoiceProfileId: ref } }),
    updated: (ref) => ({ userName: "shapecred01", password: NEW_PASSWORD, outbound: { outboundVoiceProfileId: ref }, webhookEventUrl: "https://hooks.example.com/a" }),
    existing: () => ({ connection_name: "adopted-cred", user_name: "adoptcred01", password: "Adopt-pass-1234" }),
    adopting: () => ({ userName: "adoptcred01" }),
  },
  {
    kind: "ipConnection", collection: "ip_connections", secrets: ["outbound.ipAuthenticationToken"],
    declared: () => ({ connectionName: "shape-ip", outbound: { ipAuthenticationMethod: "token", ipAuthenticationToken: TOKEN } }),
    updated: () => ({ connectionName: "shape-ip", transportProtocol: "TCP", outbound: { ipAuthenticationMethod: "token", ipAuthenticationToken: TOKEN } }),
    existing: () => ({ connection_name: "adopted-ip", transport_protocol: "TCP" }),
    adopting: () => ({ connectionName: "adopted-ip", transportProtocol: "TCP" }),
  },
  {
    kind: "fqdnConnection", collection: "fqdn_connections",
    declared: () => ({ connectionName: "shape-fqdn", transportProtocol: "TCP" }),
    updated: () => ({ connectionName: "shape-fqdn", transportProtocol: "TCP", inbound: { sipSubdomain: "shapetrunk" } }),
    existing: () => ({ connection_name: "adopted-fqdn" }),
    adopting: () => ({ connectionName: "adopted-fqdn" }),
  },
  {
    kind: "uacConnection", collection: "uac_connections", secrets: ["externalUacSettings.password"],
    declared: () => ({ connectionName: "shape-uac", externalUacSettings: { proxy: "sip:pbx.example.com", username: "shapereg", password: PASSWORD } }),
    updated: () => ({
      connectionName: "shape-uac", externalUacSettings: { proxy: "sip:pbx.example.com", username: "shapereg", password: NEW_PASSWORD },
      internalUacSettings: { destinationUri: "1006@assistant-abc123.sip.telnyx.com" },
    }),
    existing: () => ({ connection_name: "adopted-uac", external_uac_settings: { proxy: "sip:pbx2.example.com" } }),
    adopting: () => ({ connectionName: "adopted-uac" }),
  },
  {
    kind: "ip", collection: "ips",
    declared: (ref) => ({ connectionId: ref, ipAddress: "192.0.2.30", port: 5060 }),
    updated: (ref) => ({ connectionId: ref, ipAddress: "192.0.2.30", port: 5080 }),
    existing: () => ({ ip_address: "192.0.2.31" }), // no connection: unset
    adopting: () => ({ ipAddress: "192.0.2.31" }),
  },
  {
    kind: "fqdn", collection: "fqdns",
    // An srv record has no port: unset.
    declared: (ref) => ({ connectionId: ref, fqdn: "sip.example.com", dnsRecordType: "srv" }),
    updated: (ref) => ({ connectionId: ref, fqdn: "sip.example.com", dnsRecordType: "a", port: 5070 }),
    existing: (ref) => ({ connection_id: ref, fqdn: "srv.example.com", dns_record_type: "srv" }),
    adopting: (ref) => ({ connectionId: ref, fqdn: "srv.example.com", dnsRecordType: "srv" }),
  },
  {
    kind: "accessIpRange", collection: "access_ip_ranges",
    // No description: unset. A change replaces a range, so it has no update.
    declared: () => ({ cidrBlock: "203.0.113.0/24" }),
    existing: () => ({ cidr_block: "198.51.100.0/24" }),
    adopting: () => ({ cidrBlock: "198.51.100.0/24" }),
  },
];

/** The object each kind's references point at: a profile for connections, an IP or FQDN connection for addresses. */
const REFERENCED: Partial<Record<Kind, [string, Obj]>> = {
  credentialConnection: ["outbound_voice_profiles", { name: "shape-referenced" }],
  ip: ["ip_connections", { connection_name: "shape-ip-parent" }],
  fqdn: ["fqdn_connections", { connection_name: "shape-fqdn-parent" }],
};

const at = (obj: unknown, path: string): unknown => path.split(".").reduce<any>((o, k) => o?.[k], obj);
const naming = (name: string) => ({ __naming: `0123456789abcdef ${name}` });

/** Outputs with what differs between two runs (ids, times, generated names, the provider's own keys) left out. */
function comparable(outs: Obj): Obj {
  return JSON.parse(JSON.stringify(outs, (key, value) => {
    if (["__private", "fqdn", "userName", "id"].includes(key) || key.endsWith("At")) return undefined;
    if (key === "password" && typeof value === "string" && /^[0-9a-z]{20,}$/.test(value)) return "<generated>";
    return typeof value === "string" && /^(\d{15,}|[0-9a-f-]{36}|uac-[0-9a-f]{12})$/.test(value) ? "<id>" : value;
  }));
}

for (const secrets of ["redact", "echo", "omit", "mask8"] as const) {
  describe(`answers whole (unset fields null) and sparse (unset fields left out), secrets ${secrets}ed`, () => {
    const emus: Partial<Record<"null" | "omit", TestEmulator>> = {};
    let emu: TestEmulator;
    const post = async (collection: string, body: Obj): Promise<Obj> => {
      const res = await fetch(`${emu.baseUrl}/${collection}`, {
        method: "POST",
        headers: { authorization: "Bearer shapes-test-key", "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as Obj;
      if (!res.ok) throw new Error(`POST ${collection}: ${res.status} ${JSON.stringify(json)}`);
      return json.data ?? json;
    };

    beforeAll(async () => {
      [emus.null, emus.omit] = await Promise.all([TestEmulator.start({ unset: "null", secrets }), TestEmulator.start({ unset: "omit", secrets })]);
    });
    afterAll(() => Promise.all(Object.values(emus).map((e) => e.close())));

    /** Create, refresh, update, refresh, adopt and refresh, each followed by a preview that must show no change: the outputs of each step. */
    async function lifecycle(c: Case, unset: "null" | "omit"): Promise<Record<string, Obj>> {
      emu = emus[unset]!;
      configure({ get: (key: string) => ({ "telnyx:apiKey": "shapes-test-key", "telnyx:baseUrl": emu.baseUrl })[key] });
      const h = handlers(c.kind);
      const steps: Record<string, Obj> = {};
      const referenced = REFERENCED[c.kind];
      const ref = referenced ? String((await post(...referenced)).id) : "";
      const noChange = async (id: string, olds: Obj, outs: Obj, program: Obj, step: string) => {
        // As the engine previews: the program checked against the stored inputs, then diffed with the outputs.
        const checked = await h.check!(olds, program);
        expect(checked.failures, `${unset} ${step}`).toEqual([]);
        expect(await h.diff!(id, outs, checked.inputs), `${unset} ${step}`).toEqual({ changes: false, replaces: [] });
        steps[step] = outs;
      };
      const refreshed = async (id: string, outs: Obj, program: Obj, step: string) => {
        const read = await h.read!(id, outs);
        await noChange(id, read.inputs!, read.props!, program, `${step}, refreshed`);
        return read.props!;
      };
      const holdsSecrets = (outs: Obj, program: Obj, step: string) => {
        for (const path of c.secrets ?? []) expect(at(outs, path), `${unset} ${step}: ${path}`).toBe(at(program, path));
      };

      const program = { ...naming(c.kind), ...c.declared(ref) };
      const checked = await h.check!({}, program);
      expect(checked.failures).toEqual([]);
      const made = await h.create(checked.inputs);
      await noChange(made.id, checked.inputs, made.outs!, program, "create");
      holdsSecrets(made.outs!, program, "create");
      holdsSecrets(await refreshed(made.id, made.outs!, program, "create"), program, "create, refreshed");

      if (c.updated) {
        const next = { ...naming(c.kind), ...c.updated(ref) };
        const nextChecked = await h.check!(checked.inputs, next);
        expect(await h.diff!(made.id, made.outs!, nextChecked.inputs)).toMatchObject({ changes: true, replaces: [] });
        const updated = (await h.update!(made.id, made.outs!, nextChecked.inputs)).outs!;
        await noChange(made.id, nextChecked.inputs, updated, next, "update");
        holdsSecrets(updated, next, "update");
        holdsSecrets(await refreshed(made.id, updated, next, "update"), next, "update, refreshed");
      }

      const existing = await post(c.collection, c.existing(ref));
      const adoptProgram = { ...naming(`adopted-${c.kind}`), ...c.adopting(ref), adoptId: String(existing.id) };
      const adoptChecked = await h.check!({}, adoptProgram);
      expect(adoptChecked.failures).toEqual([]);
      const adopted = await h.create(adoptChecked.inputs);
      expect(adopted.id).toBe(String(existing.id));
      await noChange(adopted.id, adoptChecked.inputs, adopted.outs!, adoptProgram, "adoption");
      const adoptedRefreshed = await refreshed(adopted.id, adopted.outs!, adoptProgram, "adoption");
      // A secret the program leaves out of an adopted object is the object's own: kept as the API shows it in clear,
      // or left out, never a redaction.
      const stored = (await emu.collections())[c.collection].find((o) => o.id === existing.id);
      for (const outs of [adopted.outs!, adoptedRefreshed]) {
        for (const path of c.secrets ?? []) {
          const apiPath = path.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
          expect([undefined, at(stored, apiPath)], `${unset} adopted ${path}`).toContainEqual(at(outs, path));
        }
      }
      return steps;
    }

    for (const c of cases) {
      it(`${c.kind}: no change after create, update, adoption and their refresh, and the same outputs from both shapes`, { timeout: 60_000 }, async () => {
        const whole = await lifecycle(c, "null");
        const sparse = await lifecycle(c, "omit");
        expect(Object.keys(whole)).toHaveLength(c.updated ? 6 : 4);
        expect(comparable(whole)).toEqual(comparable(sparse));
      });
    }
  });
}
