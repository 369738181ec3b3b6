// How a create recognises the object it made when its answer was lost (provider/ownership/find-made.ts), kind by kind:
// what it asks the API to list, and which listed objects have its key. The lister below returns every object whatever
// the filters say, as an API that ignores a filter would: the key must be checked on each object, not left to them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { existingIds, findMadeBy, listsBeforeCreate } from "../../provider/ownership/find-made";
import { newCreateToken } from "../../provider/ownership/identity";
import { handlers } from "../../provider/core/handlers";
import { naming, privateOf } from "../../provider/core/internal-keys";
import { configure } from "../../provider/core/settings";
import { ownershipTag } from "../../sdk/ownership-tag";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { TestEmulator } from "../e2e/emulator";

type Obj = Record<string, any>;
const spec = (kind: keyof typeof resources) => resources[kind] as unknown as ResourceSpec;

/** Every object, unfiltered; records the filters it was asked for. */
const lister = (objects: Obj[]) => {
  const asked: Record<string, string | number>[] = [];
  return { asked, list: async (filters: Record<string, string | number> = {}) => (asked.push(filters), objects) };
};
const ids = (found: string[]) => found.sort();

describe("the key of an untagged kind", () => {
  it("IP: connection, address and port, the port 5060 when not given", async () => {
    const objects = [
      { id: "default-port", connection_id: "c1", ip_address: "192.0.2.1" },
      { id: "5061", connection_id: "c1", ip_address: "192.0.2.1", port: 5061 },
      { id: "other-connection", connection_id: "c2", ip_address: "192.0.2.1", port: 5060 },
      { id: "other-address", connection_id: "c1", ip_address: "192.0.2.2", port: 5060 },
      { id: "no-connection", connection_id: null, ip_address: "192.0.2.1", port: 5060 },
    ];
    const api = lister(objects);
    expect(await existingIds(spec("ip"), api, { connection_id: "c1", ip_address: "192.0.2.1" })).toEqual(["default-port"]);
    expect(await existingIds(spec("ip"), api, { connection_id: "c1", ip_address: "192.0.2.1", port: 5060 })).toEqual(["default-port"]);
    expect(await existingIds(spec("ip"), api, { connection_id: "c1", ip_address: "192.0.2.1", port: 5061 })).toEqual(["5061"]);
    expect(await existingIds(spec("ip"), api, { ip_address: "192.0.2.1" })).toEqual(["no-connection"]);
    // Asks only for its address (and connection, when it has one), not for the whole account.
    expect(api.asked).toEqual([
      { "filter[connection_id]": "c1", "filter[ip_address]": "192.0.2.1" },
      { "filter[connection_id]": "c1", "filter[ip_address]": "192.0.2.1" },
      { "filter[connection_id]": "c1", "filter[ip_address]": "192.0.2.1" },
      { "filter[ip_address]": "192.0.2.1" },
    ]);
  });

  it("FQDN: the name and the DNS record type, in any case", async () => {
    const objects = [
      { id: "upper", connection_id: "c1", fqdn: "sip.example.com", dns_record_type: "A" },
      { id: "srv", connection_id: "c1", fqdn: "sip.example.com", dns_record_type: "srv" },
      { id: "other-name", connection_id: "c1", fqdn: "pbx.example.com", dns_record_type: "a" },
    ];
    const api = lister(objects);
    expect(await existingIds(spec("fqdn"), api, { connection_id: "c1", fqdn: "sip.example.com", dns_record_type: "a" })).toEqual(["upper"]);
    expect(await existingIds(spec("fqdn"), api, { connection_id: "c1", fqdn: "sip.example.com", dns_record_type: "SRV" })).toEqual(["srv"]);
    expect(api.asked[0]).toEqual({ "filter[connection_id]": "c1", "filter[fqdn]": "sip.example.com" });
  });

  it("access IP range: the block and the description, none the same as empty", async () => {
    const objects = [
      { id: "none", cidr_block: "203.0.113.0/24" },
      { id: "office", cidr_block: "203.0.113.0/24", description: "office" },
      { id: "other-block", cidr_block: "198.51.100.0/24", description: "office" },
    ];
    const api = lister(objects);
    expect(await existingIds(spec("accessIpRange"), api, { cidr_block: "203.0.113.0/24", description: "" })).toEqual(["none"]);
    expect(await existingIds(spec("accessIpRange"), api, { cidr_block: "203.0.113.0/24" })).toEqual(["none"]);
    expect(await existingIds(spec("accessIpRange"), api, { cidr_block: "203.0.113.0/24", description: "office" })).toEqual(["office"]);
    expect(api.asked[0]).toEqual({ "filter[cidr_block]": "203.0.113.0/24" });
  });

  it("is listed before a create only for kinds without tags; a tagged kind lists nothing", async () => {
    const kinds = Object.keys(resources) as (keyof typeof resources)[];
    expect(kinds.filter((k) => listsBeforeCreate(spec(k))).sort()).toEqual(["accessIpRange", "fqdn", "ip"]);
    const api = lister([{ id: "1", connection_name: "pbx" }]);
    expect(await existingIds(spec("credentialConnection"), api, { connection_name: "pbx" })).toEqual([]);
    expect(api.asked).toEqual([]);
  });
});

describe("the object a tagged create made", () => {
  it("is the one with its token, looked up by a name filter when the name has 3 characters or more", async () => {
    const token = newCreateToken("0123456789abcdef");
    const mine = { id: "mine", name: "abc", tags: [ownershipTag(token)] };
    const api = lister([{ id: "other", name: "abc", tags: [ownershipTag(newCreateToken("0123456789abcdef"))] }, mine, { id: "untagged", name: "abc" }]);
    expect(await findMadeBy(spec("outboundVoiceProfile"), api, { name: "abc" }, token, undefined)).toBe(mine);
    // The API's name filters need 3 characters: a shorter name lists without one.
    expect(await findMadeBy(spec("outboundVoiceProfile"), api, { name: "ab" }, token, undefined)).toBe(mine);
    expect(await findMadeBy(spec("credentialConnection"), api, {}, token, undefined)).toBe(mine);
    expect(api.asked).toEqual([{ "filter[name][contains]": "abc" }, {}, {}]);
  });
});

describe("through check and a create whose answer is lost (emulator)", () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await TestEmulator.start();
    configure({ get: (key: string) => ({ "telnyx:apiKey": "find-made-key", "telnyx:baseUrl": emu.baseUrl })[key] });
  });
  beforeEach(() => emu.reset());
  afterAll(() => emu?.close());

  it("an FQDN's check counts the one already there, made by this process after the listing, and its lost create takes over only its own", async () => {
    const connections = handlers("fqdnConnection");
    const connection = await connections.create!((await connections.check!({}, { __naming: naming("00000000000000aa", "edge") })).inputs);
    const fqdn = handlers("fqdn");
    const news = { __naming: naming("00000000000000ab", "edge-fqdn"), connectionId: connection.id, fqdn: "sip.example.com", dnsRecordType: "a", port: 5060 };
    // Another resource's FQDN with the same key, made after the listing its check read: the listing is older than it.
    await emu.resetRequests();
    const theirs = await fqdn.create!((await fqdn.check!({}, { ...news, __naming: naming("00000000000000ac", "theirs") })).inputs);
    const checked = await fqdn.check!({}, news);
    expect(privateOf(checked.inputs).before).toEqual([theirs.id]);
    // One listing of the kind, read by both checks.
    const listed = (await emu.requests()) as unknown as { method: string; path: string }[];
    expect(listed.filter((r) => r.method === "GET").map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v2/fqdns"]);
    await emu.setFaults({ aimed: [{ method: "POST", path: "/v2/fqdns", kind: "drop_after" }] });
    const made = await fqdn.create!(checked.inputs);
    expect(made.id).not.toBe(theirs.id);
    expect(ids((await emu.collections()).fqdns.map((o) => String(o.id)))).toEqual(ids([theirs.id, made.id]));
  });
});
