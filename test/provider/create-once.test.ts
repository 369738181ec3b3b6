// Create identity on a fake API that can lose responses: one POST on the happy path; after a lost response the
// object that very create made is taken over, and nothing else ever is (an older object with the same key, an
// object of another create, the object being replaced).
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { createOnce, type ApiObjects } from "../../provider/core/create";
import { findMadeBy } from "../../provider/core/find-made";
import { CLOCK_SKEW_MS, nameSeed, newCreateToken, tokenIssuedAt } from "../../provider/core/identity";
import { ownershipTag } from "../../sdk/ownership-tag";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";

type Obj = Record<string, any>;

/** An in-memory collection that records calls and can apply a POST yet lose its response. */
class FakeApi implements ApiObjects {
  objects: Obj[] = [];
  calls: string[] = [];
  loseNextResponses = 0;
  private next = 1;
  constructor(private readonly now: () => number = Date.now) {}
  seed(o: Obj): Obj {
    const obj = { id: String(this.next++), created_at: new Date(this.now()).toISOString(), ...o };
    this.objects.push(obj);
    return obj;
  }
  async create(body: unknown): Promise<Obj> {
    this.calls.push("POST");
    const made = this.seed(body as Obj);
    if (this.loseNextResponses-- > 0) throw Object.assign(new Error("socket hang up"), { mayHaveReachedServer: true });
    return made;
  }
  async get(id: string): Promise<Obj> {
    this.calls.push("GET");
    return this.objects.find((o) => o.id === id)!;
  }
  async update(id: string, patch: unknown): Promise<Obj> {
    this.calls.push("PATCH");
    return Object.assign(this.objects.find((o) => o.id === id)!, patch);
  }
  async delete(id: string): Promise<Obj> {
    this.calls.push("DELETE");
    return this.objects.splice(this.objects.findIndex((o) => o.id === id), 1)[0];
  }
  async list(filters: Record<string, string | number> = {}): Promise<Obj[]> {
    this.calls.push("LIST");
    return this.objects.filter((o) =>
      Object.entries(filters).every(([k, v]) => {
        const field = /^filter\[(\w+)\]/.exec(k)![1];
        return k.endsWith("[contains]") ? String(o[field]).includes(String(v)) : String(o[field]) === String(v);
      }),
    );
  }
}

const spec = (kind: keyof typeof resources) => resources[kind] as unknown as ResourceSpec;
const ctx = (kind: keyof typeof resources, api: FakeApi, declared: Obj, token = newCreateToken()) => ({ spec: spec(kind), api, declared, token });

describe("create identity", () => {
  it("makes exactly one POST and nothing else on the happy path, for every kind", async () => {
    const bodies: Record<string, Obj> = {
      credentialConnection: { connection_name: "pbx-1", user_name: "pbxuser01", password: "pw-12345678" },
      outboundVoiceProfile: { name: "profile-1" },
      ip: { connection_id: "7", ip_address: "192.0.2.1" },
      fqdn: { connection_id: "7", fqdn: "sip.example.com", dns_record_type: "a" },
      accessIpRange: { cidr_block: "203.0.113.0/24" },
    };
    for (const [kind, body] of Object.entries(bodies)) {
      const api = new FakeApi();
      await createOnce(ctx(kind as keyof typeof resources, api, body), body);
      expect(api.calls, kind).toEqual(["POST"]);
      expect(api.objects, kind).toHaveLength(1);
    }
  });

  it("takes over the connection its own lost POST made, and never one tagged by another create", async () => {
    const api = new FakeApi();
    const body = { connection_name: "pbx-1", user_name: "pbxuser01" };
    // The object being replaced: same name, but tagged by the create that made it.
    const old = api.seed({ ...body, tags: [ownershipTag(newCreateToken())] });
    api.loseNextResponses = 1;
    const made = await createOnce(ctx("credentialConnection", api, body), body);
    expect(made.id).not.toBe(old.id);
    expect(api.objects).toHaveLength(2);
    expect(api.calls.filter((c) => c === "POST")).toHaveLength(1);
  });

  it("retries the POST when the lost attempt made nothing, and stops after three", async () => {
    const api = new FakeApi();
    api.create = async () => {
      api.calls.push("POST");
      throw Object.assign(new Error("503"), { status: 503 });
    };
    const body = { name: "profile-1" };
    await expect(createOnce(ctx("outboundVoiceProfile", api, body), body)).rejects.toThrow("503");
    expect(api.calls.filter((c) => c === "POST")).toHaveLength(3);
  });

  it("does not retry a POST the API refused (4xx): nothing can exist", async () => {
    const api = new FakeApi();
    api.create = async () => {
      api.calls.push("POST");
      throw Object.assign(new Error("422"), { status: 422 });
    };
    await expect(createOnce(ctx("ip", api, { ip_address: "192.0.2.1" }), { ip_address: "192.0.2.1" })).rejects.toThrow("422");
    expect(api.calls).toEqual(["POST"]);
  });

  it("never takes over an address made before its create began (portal, another stack)", async () => {
    let clock = Date.parse("2026-11-30T10:00:00Z");
    const api = new FakeApi(() => clock);
    const body = { connection_id: "7", ip_address: "192.0.2.1", port: 5060 };
    const outside = api.seed({ ...body });
    clock += CLOCK_SKEW_MS + 60_000;
    const token = newCreateToken(clock);
    expect(await findMadeBy(spec("ip"), api, body, token)).toBeUndefined();
    api.loseNextResponses = 1;
    const made = await createOnce(ctx("ip", api, body, token), body);
    expect(made.id).not.toBe(outside.id);
    expect(api.objects.map((o) => o.id)).toEqual([outside.id, made.id]);
  });

  it("finds only the range with the same CIDR and description made after its token", async () => {
    let clock = Date.parse("2026-11-30T10:00:00Z");
    const api = new FakeApi(() => clock);
    api.seed({ cidr_block: "203.0.113.0/24", description: "" });
    clock += 10 * CLOCK_SKEW_MS;
    const token = newCreateToken(clock);
    clock += 1000;
    api.seed({ cidr_block: "203.0.113.0/24", description: "other" });
    const mine = api.seed({ cidr_block: "203.0.113.0/24", description: "" });
    expect((await findMadeBy(spec("accessIpRange"), api, { cidr_block: "203.0.113.0/24" }, token))?.id).toBe(mine.id);
  });
});

describe("tokens and seeds", () => {
  it("issues a new token for every create, recording when", () => {
    const a = newCreateToken(1_700_000_000_000);
    const b = newCreateToken(1_700_000_000_000);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-z]{8}-[0-9a-z]{13}$/);
    expect(tokenIssuedAt(a)).toBe(1_700_000_000_000);
    // A token of 0.2 (hex random bits) tells its time the same way.
    expect(tokenIssuedAt("loyw3v28-562250c387270cc0")).toBe(1_700_000_000_000);
  });

  it("keeps top-level seeds as before and tells parents apart", () => {
    const top = nameSeed("p", "s", [], "credentialConnection", "office");
    const child = nameSeed("p", "s", ["telnyx:index:SipTrunk::office"], "credentialConnection", "office");
    expect(top).not.toBe(child);
    // Earlier versions' marker formula: top-level auto-names survive the upgrade unchanged.
    expect(top).toBe(createHash("sha256").update("p/s/credentialConnection/office").digest("hex").slice(0, 16));
  });
});
