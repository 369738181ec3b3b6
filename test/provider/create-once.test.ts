// Create identity on a fake API that can lose responses: one POST on the happy path; after a lost response the
// object that very create made is taken over, and nothing else ever is (an older object with the same key, an
// object of another create, the object being replaced).
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { createOnce, type ApiObjects } from "../../provider/core/create";
import { existingIds, existingIdsListed, findMadeBy, LISTING_MAX_AGE_MS } from "../../provider/ownership/find-made";
import { nameSeed, newCreateToken, tokenIssuedAt, tokenSeed } from "../../provider/ownership/identity";
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
const SEED = "0123456789abcdef";
const ctx = (kind: keyof typeof resources, api: FakeApi, declared: Obj, token = newCreateToken(SEED), before?: string[]) =>
  ({ spec: spec(kind), api, declared, token, before });

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
    const old = api.seed({ ...body, tags: [ownershipTag(newCreateToken(SEED))] });
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

  it("after a plain 500 on a POST the API applied, takes over the connection it made instead of making a second", async () => {
    const api = new FakeApi();
    const post = api.create.bind(api);
    let failures = 1;
    api.create = async (b) => {
      const made = await post(b);
      if (failures-- > 0) throw Object.assign(new Error("500"), { status: 500 });
      return made;
    };
    const body = { connection_name: "pbx-1", user_name: "pbxuser01" };
    const made = await createOnce(ctx("credentialConnection", api, body), body);
    expect(api.objects.map((o) => o.id)).toEqual([made.id]);
    expect(api.calls.filter((c) => c === "POST")).toHaveLength(1);
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

  it("never takes over an address that had its key when check listed it, however new (the IP being replaced)", async () => {
    const api = new FakeApi();
    const body = { connection_id: "7", ip_address: "192.0.2.1", port: 5060 };
    // Made a second ago: the IP that `up --replace` is replacing, or another stack's.
    const replaced = api.seed({ ...body });
    const before = await existingIds(spec("ip"), api, body);
    expect(before).toEqual([replaced.id]);
    // The next POST answers 503 without applying it.
    let failures = 1;
    const post = api.create.bind(api);
    api.create = async (b) => {
      if (failures-- > 0) {
        api.calls.push("POST");
        throw Object.assign(new Error("503"), { status: 503 });
      }
      return post(b);
    };
    const made = await createOnce(ctx("ip", api, body, undefined, before), body);
    expect(made.id).not.toBe(replaced.id);
    expect(api.objects.map((o) => o.id)).toEqual([replaced.id, made.id]);
  });

  it("after a lost POST, takes over the IP it made, not one made meanwhile at the same address on another port", async () => {
    const api = new FakeApi();
    const body = { connection_id: "7", ip_address: "192.0.2.1", port: 5060 };
    const before = await existingIds(spec("ip"), api, body);
    const otherPort = api.seed({ ...body, port: 5061 });
    api.loseNextResponses = 1;
    const made = await createOnce(ctx("ip", api, body, undefined, before), body);
    expect(made.id).not.toBe(otherPort.id);
    expect(api.objects.map((o) => o.port)).toEqual([5061, 5060]);
    expect(api.calls.filter((c) => c === "POST")).toHaveLength(1);
  });

  it("takes over its own lost address, but neither of two new ones, nor any without the list made at check", async () => {
    const api = new FakeApi();
    const body = { cidr_block: "203.0.113.0/24", description: "" };
    const old = api.seed({ ...body });
    const before = await existingIds(spec("accessIpRange"), api, body);
    api.seed({ cidr_block: "203.0.113.0/24", description: "other" });
    const mine = api.seed({ ...body });
    expect((await findMadeBy(spec("accessIpRange"), api, body, newCreateToken(SEED), before))?.id).toBe(mine.id);
    // A range of 0.4's pending creates holds no list: nothing proves which is its own.
    expect(await findMadeBy(spec("accessIpRange"), api, body, newCreateToken(SEED), undefined)).toBeUndefined();
    // Someone else made one with the same key too: which is ours cannot be told.
    api.seed({ ...body });
    expect(await findMadeBy(spec("accessIpRange"), api, body, newCreateToken(SEED), before)).toBeUndefined();
    expect(before).toEqual([old.id]);
  });
});

describe("the key's objects noted at check", () => {
  const ip = (address: string, connection = "c1") => ({ connection_id: connection, ip_address: address, port: 5060 });

  it("lists the kind once for the checks of a burst, and each check still gets only its key's ids", async () => {
    const api = new FakeApi();
    const older = api.seed(ip("192.0.2.1"));
    api.seed(ip("192.0.2.2", "c2"));
    const account = {};
    const t0 = 1_000_000;
    expect(await existingIdsListed(account, spec("ip"), api, ip("192.0.2.1"), t0)).toEqual([older.id]);
    expect(await existingIdsListed(account, spec("ip"), api, ip("192.0.2.2"), t0 + 10)).toEqual([]);
    expect(await existingIdsListed(account, spec("ip"), api, ip("192.0.2.9"), t0 + LISTING_MAX_AGE_MS)).toEqual([]);
    expect(api.calls).toEqual(["LIST"]);
  });

  it("lists again once the listing is older than its limit, and per account (another key lists its own)", async () => {
    const api = new FakeApi();
    const account = {};
    const t0 = 1_000_000;
    expect(await existingIdsListed(account, spec("fqdn"), api, { connection_id: "c1", fqdn: "a.example.com", dns_record_type: "a" }, t0)).toEqual([]);
    const made = api.seed({ connection_id: "c1", fqdn: "a.example.com", dns_record_type: "a" });
    const body = { connection_id: "c1", fqdn: "a.example.com", dns_record_type: "a" };
    expect(await existingIdsListed(account, spec("fqdn"), api, body, t0 + LISTING_MAX_AGE_MS + 1)).toEqual([made.id]);
    expect(await existingIdsListed({}, spec("fqdn"), api, body, t0 + LISTING_MAX_AGE_MS + 2)).toEqual([made.id]);
    expect(api.calls).toEqual(["LIST", "LIST", "LIST"]);
  });

  it("does not keep a listing that failed: the next check lists again", async () => {
    const api = new FakeApi();
    const account = {};
    const failing = { list: async () => Promise.reject(new Error("HTTP 503")) };
    await expect(existingIdsListed(account, spec("accessIpRange"), failing, { cidr_block: "192.0.2.0/24" }, 5)).rejects.toThrow("503");
    expect(await existingIdsListed(account, spec("accessIpRange"), api, { cidr_block: "192.0.2.0/24" }, 6)).toEqual([]);
    expect(api.calls).toEqual(["LIST"]);
  });
});

describe("tokens and seeds", () => {
  it("issues a new token for every create, recording when", () => {
    const a = newCreateToken(SEED, 1_700_000_000_000);
    const b = newCreateToken(SEED, 1_700_000_000_000);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-z]{8}-[0-9a-z]{13}-0123456789abcdef$/);
    expect(tokenIssuedAt(a)).toBe(1_700_000_000_000);
    expect(tokenSeed(a)).toBe(SEED);
    // A token of 0.4 names no resource.
    expect(tokenSeed("loyw3v28-0abcdefghijkl")).toBeUndefined();
    // A create of a resource without a name seed (a pending create recovered from 0.4) still gets a token of its own.
    const unseeded = newCreateToken(undefined, 1_700_000_000_000);
    expect(unseeded).toMatch(/^loyw3v28-[0-9a-z]{13}$/);
    expect(tokenSeed(unseeded)).toBeUndefined();
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
