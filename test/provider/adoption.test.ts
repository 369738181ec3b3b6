// Adoption (`adoptId`) and a unique key already taken, through the provider's check and create against an in-process
// emulator, as the engine calls them: what is taken over, what is written to it, what a replacement needs, and what
// preview refuses with which words. The e2e suites cover the same through the Pulumi engine; these run in seconds, and
// so also against each mutant (docs/mutation.md).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { handlers } from "../../provider/core/handlers";
import { naming, privateOf, withPrivate } from "../../provider/core/internal-keys";
import { configure } from "../../provider/core/settings";
import { TelnyxClient } from "../../sdk";
import { TelnyxApiError } from "../../sdk/errors";
import type { ResourceSpec } from "../../sdk/resource-spec";
import { createOnce, type ApiObjects } from "../../provider/core/create";
import { newCreateToken } from "../../provider/ownership/identity";
import { ownershipTag, ownershipTokenOf } from "../../sdk/ownership-tag";
import { resources } from "../../sdk/resources";
import { TestEmulator } from "../e2e/emulator";
import { json, localServer } from "../sdk/local-server";

type Obj = Record<string, any>;

describe("adoption and unique keys (emulator)", () => {
  let emu: TestEmulator;
  let api: TelnyxClient;
  const credential = handlers("credentialConnection");
  const range = handlers("accessIpRange");

  beforeAll(async () => {
    emu = await TestEmulator.start();
    configure({ get: (key: string) => ({ "telnyx:apiKey": "adoption-test-key", "telnyx:baseUrl": emu.baseUrl })[key] });
    api = new TelnyxClient({ apiKey: "adoption-test-key", baseUrl: emu.baseUrl });
  });
  beforeEach(() => emu.reset());
  afterAll(() => emu?.close());

  /** An object made outside Pulumi, as the API stores it (secrets included). */
  const handmade = (kind: keyof typeof resources, body: Obj): Promise<Obj> => api.resource(resources[kind] as any).create(body) as Promise<Obj>;
  const stored = async (collection: string, id: unknown): Promise<Obj> =>
    (await emu.collections())[collection].find((o) => String(o.id) === String(id))!;
  /** What the engine sends for a resource "pbx" of one stack (its name seed is stable per URN). */
  const program = (args: Obj, seed = "0123456789abcdef", name = "pbx") => ({ __naming: naming(seed, name), ...args });
  const reasons = (failures: { reason: string }[] = []) => failures.map((f) => f.reason).join("\n");

  describe("an untagged object", () => {
    it("is taken over as it is: its name and hidden password kept, only what differs PATCHed, with this resource's tag", async () => {
      const object = await handmade("credentialConnection", {
        connection_name: "Office PBX", user_name: "handmade01", password: "Original-pass-1", tags: ["team-voice"], inbound: { channel_limit: 5 },
      });
      // The program leaves out the name and the password (the API will not show it), and wants another channel limit.
      const checked = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade01", inbound: { channelLimit: 10 } }));
      expect(checked.failures).toEqual([]);
      expect(checked.inputs.connectionName).toBeUndefined();
      expect(privateOf(checked.inputs)).toMatchObject({ adopted: true, adoptNow: true });
      await emu.resetRequests();
      const made = await credential.create!(checked.inputs);
      expect(made.id).toBe(String(object.id));
      expect((await emu.writes()).map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /v2/credential_connections/${object.id}`]);
      const after = await stored("credential_connections", object.id);
      expect(after).toMatchObject({ connection_name: "Office PBX", user_name: "handmade01", password: "Original-pass-1", inbound: { channel_limit: 10 } });
      // The user's tags stay; the ownership tag is the one of this create, which the state records as the owner.
      expect(after.tags).toEqual(["team-voice", ownershipTag(privateOf(checked.inputs).token!)]);
      expect(privateOf(made.outs).ownedBy).toBe(privateOf(checked.inputs).token);
      expect(made.outs!.tags).toEqual(["team-voice"]);
      expect(made.outs!.connectionName).toBe("Office PBX");
    });

    it("keeps its hidden password even when the program gives another one, and changes a password it shows", async () => {
      const object = await handmade("credentialConnection", { connection_name: "Desk", user_name: "handmade02", password: "Original-pass-1" });
      const checked = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade02", password: "Program-pass-2" }));
      expect(checked.failures).toEqual([]);
      await credential.create!(checked.inputs);
      expect((await stored("credential_connections", object.id)).password).toBe("Original-pass-1");
    });

    it("takes over a nested secret only when hidden, and PATCHes the other nested fields the program sets", async () => {
      const uac = handlers("uacConnection");
      const object = await handmade("uacConnection", {
        connection_name: "Reverse", external_uac_settings: { proxy: "sip:pbx.example.com:5060", username: "telnyxreg", password: "Pbx-secret-1" },
      });
      const checked = await uac.check!({}, program({
        adoptId: String(object.id),
        externalUacSettings: { proxy: "sip:pbx2.example.com:5060", username: "telnyxreg", password: "Other-secret-2" },
      }, "00112233445566aa", "reverse"));
      expect(checked.failures).toEqual([]);
      await uac.create!(checked.inputs);
      expect((await stored("uac_connections", object.id)).external_uac_settings).toMatchObject({
        proxy: "sip:pbx2.example.com:5060", username: "telnyxreg", password: "Pbx-secret-1",
      });
    });

    it("gets the fields it leaves empty that the program sets, and a tag list of its own when it has none", async () => {
      const object = await handmade("credentialConnection", { connection_name: "Desk", user_name: "handmade03", password: "Original-pass-1" });
      // Empty is not hidden: only a secret the API will not show is taken over as it is.
      await emu.changeBehindTheBack("credential_connections", String(object.id), { tags: null, webhook_event_url: null });
      const checked = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade03", webhookEventUrl: "https://example.com/hook" }));
      expect(checked.failures).toEqual([]);
      await credential.create!(checked.inputs);
      const after = await stored("credential_connections", object.id);
      expect(after.webhook_event_url).toBe("https://example.com/hook");
      expect(after.tags).toEqual([ownershipTag(privateOf(checked.inputs).token!)]);
    });

    it("sets nested settings it does not have yet", async () => {
      const uac = handlers("uacConnection");
      const object = await handmade("uacConnection", { connection_name: "Reverse" });
      await emu.changeBehindTheBack("uac_connections", String(object.id), { external_uac_settings: null });
      const checked = await uac.check!({}, program({
        adoptId: String(object.id), externalUacSettings: { proxy: "sip:pbx.example.com:5060", username: "telnyxreg" },
      }, "00112233445566bb", "reverse"));
      expect(checked.failures).toEqual([]);
      await uac.create!(checked.inputs);
      expect((await stored("uac_connections", object.id)).external_uac_settings).toMatchObject({ proxy: "sip:pbx.example.com:5060", username: "telnyxreg" });
    });

    it("of a kind without tags is PATCHed to what the program changes, and gets no tags", async () => {
      const ip = handlers("ip");
      const connection = await handmade("ipConnection", { connection_name: "Carrier" });
      const object = await handmade("ip", { connection_id: String(connection.id), ip_address: "192.0.2.10", port: 5060 });
      const checked = await ip.check!({}, program({ adoptId: String(object.id), ipAddress: "192.0.2.10", connectionId: String(connection.id), port: 5061 }, "0f0e0d0c0b0a0908", "carrier-ip"));
      expect(checked.failures).toEqual([]);
      await emu.resetRequests();
      const made = await ip.create!(checked.inputs);
      expect(made.id).toBe(String(object.id));
      expect((await emu.writes()).map((w) => `${w.method} ${w.status}`)).toEqual(["PATCH 200"]);
      const after = await stored("ips", object.id);
      expect(after).toMatchObject({ ip_address: "192.0.2.10", port: 5061 });
      expect(after.tags).toBeUndefined();
    });

    it("with a program that sets a settings object to null is refused at preview like any bad value, not with a crash", async () => {
      const object = await handmade("credentialConnection", { connection_name: "Desk", user_name: "handmade05", password: "Original-pass-1" });
      const { failures } = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade05", inbound: null }));
      expect(reasons(failures)).toMatch(/^credential connection "pbx", field inbound: /m);
    });

    it("of a kind without tags, that already matches, is taken over without a write", async () => {
      const object = await handmade("accessIpRange", { cidr_block: "203.0.113.0/24", description: "office" });
      const checked = await range.check!({}, program({ adoptId: String(object.id), cidrBlock: "203.0.113.0/24", description: "office" }, "fedcba9876543210", "office"));
      expect(checked.failures).toEqual([]);
      await emu.resetRequests();
      const made = await range.create!(checked.inputs);
      expect(made.id).toBe(String(object.id));
      expect(await emu.writes()).toEqual([]);
      expect(privateOf(made.outs).ownedBy).toBeUndefined();
    });

    it("that differs in a field that cannot change in place is refused at preview, naming the field, its value and the way out", async () => {
      const object = await handmade("accessIpRange", { cidr_block: "203.0.113.0/24", description: "office" });
      const { failures } = await range.check!({}, program({ adoptId: String(object.id), cidrBlock: "203.0.113.0/24", description: "not office" }, "fedcba9876543210", "office"));
      expect(failures).toEqual([{
        property: "",
        reason: `access IP range "office", field description: the access IP range ${object.id} being adopted has "office", and it cannot ` +
          "change in place: make the program match it, or remove adoptId to create a new one. If this resource adopted it earlier, " +
          "remove adoptId first (that changes nothing): an access IP range carries no tag that tells its adopter apart, so only then " +
          "can this change replace it.",
      }]);
    });

    it("of a tagged kind that differs in a create-only field is refused without the hint for untagged kinds", async () => {
      const fqdn = handlers("fqdnConnection");
      const object = await handmade("fqdnConnection", { connection_name: "Edge", microsoft_teams_sbc: false });
      const { failures } = await fqdn.check!({}, program({ adoptId: String(object.id), microsoftTeamsSbc: true }, "0a0b0c0d0e0f0a0b", "edge"));
      expect(failures).toEqual([{
        property: "",
        reason: `FQDN connection "edge", field microsoftTeamsSbc: the FQDN connection ${object.id} being adopted has false, and it cannot ` +
          "change in place: make the program match it, or remove adoptId to create a new one.",
      }]);
    });

    it("that is gone by the time of the create is replaced by a new object with a name of its own", async () => {
      const object = await handmade("accessIpRange", { cidr_block: "203.0.113.0/24", description: "office" });
      const checked = await range.check!({}, program({ adoptId: String(object.id), cidrBlock: "203.0.113.0/24", description: "office" }, "fedcba9876543210", "office"));
      await emu.deleteBehindTheBack("access_ip_ranges", String(object.id));
      const made = await range.create!(checked.inputs);
      expect(made.id).not.toBe(String(object.id));
      expect((await emu.only("access_ip_ranges")).id).toBe(made.id);
    });
  });

  it("an adoptId naming no object of that type is refused at preview, on the field adoptId", async () => {
    const other = await handmade("accessIpRange", { cidr_block: "203.0.113.0/24" });
    await emu.resetRequests();
    const { failures } = await credential.check!({}, program({ adoptId: String(other.id), userName: "handmade01" }));
    expect(failures).toEqual([{
      property: "adoptId",
      reason: `credential connection "pbx", field adoptId: there is no credential connection with id ${other.id} in this account ` +
        "(the id must be of a credential connection). Check the id, or remove adoptId to create a new one; if this resource " +
        "adopted it and has replaced it since, remove adoptId: that changes nothing.",
    }]);
    expect(await emu.writes()).toEqual([]);
  });

  describe("an object tagged by a pulumi-telnyx-sip resource", () => {
    /** Adopts a handmade connection as resource "pbx" of seed `seed`: what a first `up` leaves. */
    const adopted = async (seed: string) => {
      const object = await handmade("credentialConnection", { connection_name: "Office PBX", user_name: "handmade01", password: "Original-pass-1" });
      const checked = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade01" }, seed));
      await credential.create!(checked.inputs);
      return object;
    };

    it("by this same resource is replaced by a new object, which needs the password the API will not show", async () => {
      const object = await adopted("0123456789abcdef");
      // The engine checks a replacement (`--replace`, or a field that forces one) without old inputs.
      const refused = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade01" }));
      expect(refused.failures).toEqual([{
        property: "",
        reason: `credential connection "pbx", field password: replacing the adopted credential connection ${object.id} makes a new one, ` +
          "which needs password, and Telnyx does not reveal the adopted one's. Set password in the program, or keep the object as " +
          "it is (run without --replace, or undo the change that forces a replacement); nothing was deleted.",
      }]);

      const checked = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade02", password: "Program-pass-2" }));
      expect(checked.failures).toEqual([]);
      expect(privateOf(checked.inputs).adoptNow).toBe(false);
      // Not adopted: the replacement is named like any new resource.
      expect(checked.inputs.connectionName).toBe("pbx-0123456");
      const made = await credential.create!(checked.inputs);
      expect(made.id).not.toBe(String(object.id));
      expect(await stored("credential_connections", made.id)).toMatchObject({ user_name: "handmade02", password: "Program-pass-2", connection_name: "pbx-0123456" });
      expect((await stored("credential_connections", object.id)).connection_name).toBe("Office PBX");
    });

    it("by this same resource is replaced when a field that cannot change in place changes, without a failure about it", async () => {
      const fqdn = handlers("fqdnConnection");
      const object = await handmade("fqdnConnection", { connection_name: "Edge", microsoft_teams_sbc: false });
      const first = await fqdn.check!({}, program({ adoptId: String(object.id), microsoftTeamsSbc: false }, "0a0b0c0d0e0f0a0c", "edge"));
      await fqdn.create!(first.inputs);
      // The change forces a replacement: a new object, which may differ from the adopted one in anything.
      const replacing = await fqdn.check!({}, program({ adoptId: String(object.id), microsoftTeamsSbc: true }, "0a0b0c0d0e0f0a0c", "edge"));
      expect(replacing.failures).toEqual([]);
      expect(privateOf(replacing.inputs).adoptNow).toBe(false);
      const made = await fqdn.create!(replacing.inputs);
      expect(made.id).not.toBe(String(object.id));
      expect((await stored("fqdn_connections", made.id)).microsoft_teams_sbc).toBe(true);
    });

    it("by another resource is refused at preview, pointing at `aliases`, and nothing is written", async () => {
      const object = await adopted("0123456789abcdef");
      const token = ownershipTokenOf(await stored("credential_connections", object.id));
      await emu.resetRequests();
      // Another name seed: the resource renamed without an alias, or one of another stack.
      const { failures } = await credential.check!({}, program({ adoptId: String(object.id), userName: "handmade01" }, "aaaaaaaaaaaaaaaa", "office"));
      expect(failures).toEqual([{
        property: "",
        reason: `credential connection "office", field adoptId: the credential connection ${object.id} is already managed by another ` +
          `pulumi-telnyx-sip resource (it carries the tag pulumi-telnyx-sip:${token}). If you renamed this resource or moved it into ` +
          "a component, add `aliases` with its old name and parent, so that Pulumi moves it instead of adopting it again; if another " +
          "stack manages it, remove it there first (`pulumi state delete <urn>`) and remove that tag from the object.",
      }]);
      expect(await emu.writes()).toEqual([]);
    });
  });

  it("a create whose answer is lost takes over the profile it made, with no second POST and no PATCH", async () => {
    const profile = handlers("outboundVoiceProfile");
    await emu.setFaults({ aimed: [{ method: "POST", path: "/v2/outbound_voice_profiles", kind: "drop_after" }] });
    const checked = await profile.check!({}, program({ name: "profile-1", concurrentCallLimit: 10 }));
    await emu.resetRequests();
    const made = await profile.create!(checked.inputs);
    expect((await emu.only("outbound_voice_profiles")).id).toBe(made.id);
    expect((await emu.writes()).map((w) => w.method)).toEqual(["POST"]);
  });

  describe("a unique key already taken", () => {
    it("fails the create saying what the key is, what to do, and the deleteBeforeReplace trap", async () => {
      await handmade("credentialConnection", { connection_name: "Desk", user_name: "taken0001", password: "Original-pass-1" });
      const checked = await credential.check!({}, program({ userName: "taken0001", password: "Program-pass-2" }));
      expect(checked.failures).toEqual([]);
      const message = await credential.create!(checked.inputs).then(() => "", (err: Error) => err.message);
      expect(message).toMatch(/^Telnyx API 422 on POST \/v2\/credential_connections: Duplicate resource: The user name taken0001 is already in use\. \(field: user_name\) /);
      expect(message).toContain(
        " A userName is unique across the account and another credential connection has this one: choose another userName, or " +
          "delete or rename the one that has it. (If this create replaces a credential connection with deleteBeforeReplace: false, " +
          "that one still holds it: leave deleteBeforeReplace at its default.)",
      );
      expect((await emu.collections()).credential_connections).toHaveLength(1);
    });

    it("is named only for the unique key: another refused field keeps the API's message as it is", async () => {
      // The API refuses another field (here the name) the same way: nothing about the unique key applies.
      const refused = new TelnyxApiError({
        service: "Telnyx", status: 422, method: "POST", path: "/v2/credential_connections",
        errors: [{ code: "10015", title: "Bad name", pointer: "/connection_name" }],
      });
      const stub = { create: async () => { throw refused; } } as unknown as ApiObjects;
      const spec = resources.credentialConnection as unknown as ResourceSpec;
      const body = { connection_name: "pbx", user_name: "taken0001" };
      await expect(createOnce({ spec, api: stub, declared: body, token: newCreateToken("0123456789abcdef") }, body)).rejects.toBe(refused);
    });
  });
});

describe("adoption from an API that shows secrets (emulator, secrets echoed)", () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await TestEmulator.start({ secrets: "echo" });
    configure({ get: (key: string) => ({ "telnyx:apiKey": "adoption-echo-key", "telnyx:baseUrl": emu.baseUrl })[key] });
  });
  afterAll(() => emu?.close());

  it("sets the password the program gives when the API shows the object's, as it does with any other field", async () => {
    const credential = handlers("credentialConnection");
    const api = new TelnyxClient({ apiKey: "adoption-echo-key", baseUrl: emu.baseUrl });
    const object = (await api.resource(resources.credentialConnection).create({
      connection_name: "Desk", user_name: "handmade04", password: "Original-pass-1",
    })) as Obj;
    const checked = await credential.check!({}, { __naming: naming("0123456789abcdee", "pbx"), adoptId: String(object.id), userName: "handmade04", password: "Program-pass-2" });
    expect(checked.failures).toEqual([]);
    await credential.create!(checked.inputs);
    expect((await emu.only("credential_connections")).password).toBe("Program-pass-2");
  });
});

describe("adoption when the API refuses to show the object", () => {
  // Every GET answers 403 (a key of another account, say): that is no proof the object is missing.
  let server: Awaited<ReturnType<typeof localServer>>;
  beforeAll(async () => {
    server = await localServer((req, res) =>
      json(res, req.method === "GET" ? 403 : 500, { errors: [{ code: "10010", title: "refused to show it" }] }));
    configure({ get: (key: string) => ({ "telnyx:apiKey": "adoption-403-key", "telnyx:baseUrl": `${server.url}/v2` })[key] });
  });
  afterAll(() => server?.close());
  const ID = "1293384261075731499";
  const credential = handlers("credentialConnection");
  const news = { __naming: naming("0123456789abcdef", "pbx"), adoptId: ID, userName: "handmade01" };

  it("fails the preview with the API's answer, not with 'there is no such object'", async () => {
    const message = await credential.check!({}, news).then((r) => JSON.stringify(r.failures), (err: Error) => err.message);
    expect(message).toContain("refused to show it");
    expect(message).not.toContain("there is no credential connection");
  });

  it("fails the create with the API's answer, and makes no new object", async () => {
    const inputs = withPrivate({ ...news }, { seed: "0123456789abcdef", name: "pbx", token: newCreateToken("0123456789abcdef"), adopted: true, adoptNow: true });
    await expect(credential.create!(inputs)).rejects.toThrow("refused to show it");
    expect(server.seen.filter((s) => s.method === "POST")).toEqual([]);
  });
});
