// The provider's own facts in one value: what is written reads back the same, names of any text included, and what
// 0.3 and 0.2 wrote in keys of their own reads the same as what this version writes.
import { describe, expect, it } from "vitest";
import { decodePrivate, encodePrivate, type PrivateState } from "../../provider/core/private-state";
import { privateOf, withPrivate } from "../../provider/core/internal-keys";
import { handlers } from "../../provider/core/handlers";
import { assertLocation } from "../../provider/core/location";

const full: PrivateState = {
  seed: "0123456789abcdef",
  token: "mx3olc6x-2or5g9vfavk41",
  ownedBy: "mx3olc6x-2or5g9vfavk41",
  baseUrl: "http://127.0.0.1:4010/v2",
  autoNamed: true,
  adopted: true,
  adoptNow: true,
  declared: ["connectionName", "inbound.codecs", "jitterBuffer."],
  name: "trunk a=b n=c  d",
};

describe("the private state", () => {
  it("reads back what it wrote, a name with spaces, `=` and `n=` in it included", () => {
    const text = encodePrivate(full);
    expect(text).toBe(
      "s=0123456789abcdef t=mx3olc6x-2or5g9vfavk41 o=mx3olc6x-2or5g9vfavk41 u=http://127.0.0.1:4010/v2 a d c " +
        "f=connectionName,inbound.codecs,jitterBuffer. n=trunk a=b n=c  d",
    );
    expect(decodePrivate(text)).toEqual(full);
  });

  it("writes only what is there, and tells no declared field from declared fields unknown", () => {
    expect(encodePrivate({})).toBe("");
    expect(decodePrivate("")).toEqual({});
    expect(decodePrivate(encodePrivate({ declared: [] }))).toEqual({ declared: [] });
    expect(decodePrivate("u=https://api.telnyx.com/v2")).toEqual({ baseUrl: "https://api.telnyx.com/v2" });
    expect(decodePrivate(encodePrivate({ name: "" }))).toEqual({ name: "" });
  });

  it("ignores what a later version may add", () => {
    expect(decodePrivate("x=1 z t=tok n=name")).toEqual({ token: "tok", name: "name" });
  });

  it("refuses a value with a space, which would shift every entry after it", () => {
    expect(() => encodePrivate({ baseUrl: "http://a b" })).toThrow(/holds a space/);
    expect(() => encodePrivate({ declared: ["a b"] })).toThrow(/holds a space/);
  });

  it("reads the keys of 0.3, the keys of 0.2 and the program's naming alike", () => {
    const v03 = {
      __naming: "0123456789abcdef trunk a", __token: "t1", __autoNamed: true, __adopted: true, __adoptOnCreate: true,
      __ownedBy: "o1", __baseUrl: "http://x/v2", __declared: "connectionName inbound.codecs",
    };
    expect(privateOf(v03)).toEqual({
      seed: "0123456789abcdef", name: "trunk a", token: "t1", ownedBy: "o1", baseUrl: "http://x/v2",
      declared: ["connectionName", "inbound.codecs"], autoNamed: true, adopted: true, adoptNow: true,
    });
    const v02 = { __resourceName: "trunk", __nameSeed: "0123456789abcdef", __createToken: "t2", __ownershipToken: "o2" };
    expect(privateOf(v02)).toMatchObject({ seed: "0123456789abcdef", name: "trunk", token: "t2", ownedBy: "o2" });
    expect(privateOf({ __marker: "m" })).toMatchObject({ seed: "m", ownedBy: "m", token: undefined });
    expect(privateOf(undefined)).toMatchObject({ autoNamed: false, adopted: false, adoptNow: false });
  });

  it("is written in one key, and the keys of earlier versions go", () => {
    const v03 = { connectionName: "c", __naming: "0123456789abcdef c", __token: "t", __baseUrl: "http://x/v2", __declared: "connectionName" };
    const now = withPrivate(v03, privateOf(v03));
    expect(Object.keys(now).sort()).toEqual(["__private", "connectionName"]);
    expect(privateOf(now)).toEqual(privateOf(v03));
    expect(withPrivate({ a: 1 }, {})).toEqual({ a: 1 });
  });
});

describe("outputs of 0.3, in keys of their own", () => {
  const ip = handlers("ipConnection");
  const v03 = {
    connectionName: "carrier", transportProtocol: "UDP", __autoNamed: true, __ownedBy: "mx3olc6x-2or5g9vfavk41",
    __baseUrl: "http://127.0.0.1:4010/v2", __declared: "transportProtocol",
  };

  it("keep their location: a call configured for another URL is refused before it is sent", () => {
    expect(() => assertLocation("1", v03, "http://127.0.0.1:4011/v2", "destroy", "ipConnection")).toThrow(/lives at http:\/\/127\.0\.0\.1:4010\/v2/);
    expect(() => assertLocation("1", v03, "http://127.0.0.1:4010/v2/", "destroy", "ipConnection")).not.toThrow();
  });

  it("diff against them as against this version's", async () => {
    expect(await ip.diff!("1", v03, { transportProtocol: "UDP" })).toEqual({ changes: false, replaces: [] });
    expect(await ip.diff!("1", v03, { transportProtocol: "TCP" })).toEqual({ changes: true, replaces: [] });
  });
});

describe("ownership facts in the private state", () => {
  it("keep the account fingerprint and the ids a create listed, an empty list included", () => {
    const state: PrivateState = { seed: "0123456789abcdef", account: "a1b2c3d4e5f6", before: ["1293384261075731499", "2f0c-ab"] };
    expect(decodePrivate(encodePrivate(state))).toEqual(state);
    expect(decodePrivate(encodePrivate({ before: [] })).before).toEqual([]);
    expect(decodePrivate(encodePrivate({ seed: "0123456789abcdef" })).before).toBeUndefined();
  });
});
