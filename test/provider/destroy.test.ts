// What the engine's delete call does when the API does not delete: it fails, so that `pulumi destroy` fails and the
// state keeps the object (a live trunk bills until someone deletes it); and it sends nothing to another URL than the
// one the object was created through, whatever TELNYX_SIP_MOVED_FROM says unless it names that URL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { vi } from "vitest";
import ipProvider from "../../provider/kinds/ip";
import ipConnectionProvider from "../../provider/kinds/ipConnection";
import { ownershipTag } from "../../sdk/ownership-tag";
import { withPrivate } from "../../provider/core/internal-keys";
import { assertLocation, located, MOVED_FROM_ENV } from "../../provider/core/location";
import { configure } from "../../provider/core/settings";
import { json, localServer, type Seen } from "../sdk/local-server";

type Server = Awaited<ReturnType<typeof localServer>>;

const ID = "1293384261075731499";
const apiError = (status: number) => ({ errors: [{ code: String(10000 + status), title: `refused with ${status}` }] });
const emptyList = { status: 200, body: { data: [], meta: { total_pages: 0 } } };

describe("destroy", () => {
  // Each test sets what the next DELETE gets; Retry-After: 0 makes the client's retries of a 5xx immediate.
  let answer: (n: number, req: Seen) => { status: number; body: unknown };
  let api: Server;
  beforeAll(async () => {
    api = await localServer((req, res, n) => {
      const { status, body } = answer(n, req);
      json(res, status, body, { "retry-after": "0" });
    });
    configure({ get: (key) => ({ "telnyx:apiKey": "destroy-test-key", "telnyx:baseUrl": `${api.url}/v2` })[key] });
  });
  afterAll(() => api?.close());
  afterEach(() => {
    api.seen.length = 0;
    delete process.env[MOVED_FROM_ENV];
  });

  const deletes = () => api.seen.filter((s) => s.method === "DELETE").map((s) => s.url);

  for (const status of [401, 403, 422]) {
    it(`fails on a ${status}, after one DELETE, saying what the API answered`, async () => {
      // The collection answers, as it does when only the DELETE is refused (a 422: the connection is in use).
      answer = (_, req) => (req.method === "DELETE" ? { status, body: apiError(status) } : emptyList);
      const message = await ipProvider.delete!(ID, {}).then(() => "", (err: Error) => err.message);
      expect(message).toContain(`refused with ${status}`);
      // A refused key is most likely one rotated since the last `up`, which a destroy still uses: say so.
      expect(message.includes("run `pulumi destroy --run-program`")).toBe(status !== 422);
      expect(deletes()).toEqual([`/v2/ips/${ID}`]);
    });
  }

  it("fails on a 5xx that lasts through every retry", async () => {
    answer = (_, req) => (req.method === "DELETE" ? { status: 503, body: apiError(503) } : emptyList);
    await expect(ipProvider.delete!(ID, {})).rejects.toThrow("refused with 503");
    expect(deletes()).toHaveLength(6);
  });

  it("succeeds once a retried 5xx gives way to the delete", async () => {
    answer = (n) => (n === 1 ? { status: 500, body: apiError(500) } : { status: 200, body: { data: { id: ID } } });
    await expect(ipProvider.delete!(ID, {})).resolves.toBeUndefined();
    expect(deletes()).toEqual([`/v2/ips/${ID}`, `/v2/ips/${ID}`]);
  });

  it("succeeds when the object is gone already: a 404, while its collection answers", async () => {
    answer = (_, req) => (req.method === "DELETE" ? { status: 404, body: apiError(404) } : emptyList);
    await expect(ipProvider.delete!(ID, {})).resolves.toBeUndefined();
    expect(api.seen.map((s) => s.method)).toEqual(["DELETE", "GET"]);
  });

  it("fails when the collection answers 404 too: a wrong URL, not a deleted object", async () => {
    answer = () => ({ status: 404, body: apiError(404) });
    await expect(ipProvider.delete!(ID, {})).rejects.toThrow(/answered 404, and so did the collection .* That is a wrong base URL/);
  });

  describe("a tagged object", () => {
    const props = withPrivate({}, { ownedBy: "own-token" });
    const withTags = (tags: string[]) => (_: number, req: Seen) =>
      req.method === "GET" ? { status: 200, body: { data: { id: ID, tags } } } : { status: 200, body: { data: { id: ID } } };

    it("is deleted while it carries this resource's tag", async () => {
      answer = withTags(["team-voice", ownershipTag("own-token")]);
      await ipConnectionProvider.delete!(ID, props);
      expect(deletes()).toEqual([`/v2/ip_connections/${ID}`]);
    });

    it("is left in place, with a warning, once another resource's tag or none replaced it", async () => {
      const warning = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      try {
        for (const [tags, why] of [[[ownershipTag("other-token")], "it now carries another resource's ownership tag"], [["team-voice"], "its ownership tag was removed"]] as const) {
          answer = withTags([...tags]);
          await ipConnectionProvider.delete!(ID, props);
          expect(warning).toHaveBeenLastCalledWith(expect.stringContaining(`IP connection ${ID} was left in place and is no longer in this stack: ${why}`));
        }
        expect(deletes()).toEqual([]);
      } finally {
        warning.mockRestore();
      }
    });
  });

  describe("an object recorded at another URL", () => {
    const elsewhere = "https://old.example.com/v2";
    const props = () => withPrivate({}, { baseUrl: elsewhere });

    it("is refused before any request, also when TELNYX_SIP_MOVED_FROM names a third URL", async () => {
      answer = () => ({ status: 200, body: { data: { id: ID } } });
      for (const movedFrom of [undefined, "https://stale.example.com/v2"]) {
        if (movedFrom) process.env[MOVED_FROM_ENV] = movedFrom;
        await expect(ipProvider.delete!(ID, props())).rejects.toThrow(`it lives at ${elsewhere}, but this destroy is configured for ${api.url}/v2; nothing was sent`);
      }
      expect(api.seen).toEqual([]);
    });

    it("says where the object lives and both ways out", async () => {
      await expect(ipProvider.delete!(ID, props())).rejects.toThrow(
        `IP ${ID}: it lives at ${elsewhere}, but this destroy is configured for ${api.url}/v2; nothing was sent. To destroy ` +
          `it where it lives, point telnyx:baseUrl (or the resource's Account) back at ${elsewhere}. If ${api.url}/v2 is the ` +
          `same API under a new address, set TELNYX_SIP_MOVED_FROM=${elsewhere} for one \`pulumi refresh --run-program\`, which records the new address.`,
      );
    });

    it("is deleted at the configured URL when TELNYX_SIP_MOVED_FROM names the recorded one", async () => {
      answer = () => ({ status: 200, body: { data: { id: ID } } });
      process.env[MOVED_FROM_ENV] = `${elsewhere}/`;
      await ipProvider.delete!(ID, props());
      expect(deletes()).toEqual([`/v2/ips/${ID}`]);
    });
  });
});

describe("where an object lives", () => {
  it("is recorded at each create, read and update without credentials or trailing slashes, and the same URL passes", () => {
    const outs = located({ outs: { id: ID } }, "https://user:secret@api.example.com/v2//", "account-1").outs;
    expect(JSON.stringify(outs)).not.toContain("secret");
    for (const url of ["https://api.example.com/v2", "https://api.example.com/v2/", "https://other:key@api.example.com/v2"]) {
      expect(() => assertLocation(ID, outs, url, "refresh", "ip"), url).not.toThrow();
    }
    expect(() => assertLocation(ID, outs, "https://api.example.com/v3", "refresh", "ip")).toThrow(
      `IP ${ID}: it lives at https://api.example.com/v2, but this refresh is configured for https://api.example.com/v3; nothing was sent.`,
    );
  });

  it("compares a recorded URL that does not parse as it is", () => {
    const outs = withPrivate({}, { baseUrl: "api.example.com/v2" });
    expect(() => assertLocation(ID, outs, "api.example.com/v2", "refresh", "ip")).not.toThrow();
    expect(() => assertLocation(ID, outs, "https://api.example.com/v2", "refresh", "ip")).toThrow("it lives at api.example.com/v2");
  });

  it("is recorded in the props of a result without outputs", () => {
    const props = located({ props: { id: ID } }, "https://api.example.com/v2", undefined).props;
    expect(() => assertLocation(ID, props, "https://api.example.org/v2", "update", "ip")).toThrow("it lives at https://api.example.com/v2");
  });
});
