// The ownership rules on their own (provider/ownership/): what an adoptId does with the object it names, when a
// delete must leave an object, and when a 404 proves nothing.
import { describe, expect, it } from "vitest";
import { accountOf, adoptionOf, assertSameAccount, newCreateToken, notOwned } from "../../provider/ownership";
import { ownershipTag } from "../../sdk/ownership-tag";
import { resources } from "../../sdk/resources";
import type { ResourceSpec } from "../../sdk/resource-spec";

const spec = (kind: keyof typeof resources) => resources[kind] as unknown as ResourceSpec;
const MINE = "0123456789abcdef";
const OTHER = "fedcba9876543210";

describe("adoptId", () => {
  it("adopts an object no resource tagged, and any object of a kind without tags", () => {
    expect(adoptionOf(spec("ipConnection"), { id: "1", tags: ["office"] }, MINE, "w")).toEqual({ act: "adopt" });
    expect(adoptionOf(spec("accessIpRange"), { id: "1" }, MINE, "w")).toEqual({ act: "adopt" });
  });

  it("replaces, with a new object, what this same resource tagged", () => {
    const token = newCreateToken(MINE);
    expect(adoptionOf(spec("ipConnection"), { id: "1", tags: [ownershipTag(token)] }, MINE, "w")).toEqual({ act: "replace" });
  });

  it("refuses what another resource, another stack or an older version tagged, naming the alias to add", () => {
    for (const token of [newCreateToken(OTHER), "loyw3v28-0abcdefghijkl"]) {
      const verdict = adoptionOf(spec("outboundVoiceProfile"), { id: "7", tags: [ownershipTag(token)] }, MINE, 'outbound voice profile "p"');
      expect(verdict.act).toBe("refuse");
      expect((verdict as { reason: string }).reason).toMatch(/^outbound voice profile "p", field adoptId: the outbound voice profile 7 is already managed .* add `aliases`/);
    }
  });

  it("refuses an object tagged by an older version to a resource that has no name seed either: no seed proves it is the same", () => {
    const verdict = adoptionOf(spec("ipConnection"), { id: "7", tags: [ownershipTag("loyw3v28-0abcdefghijkl")] }, undefined, "w");
    expect(verdict.act).toBe("refuse");
  });
});

describe("delete", () => {
  it("deletes only an object that still carries the resource's own tag", () => {
    const token = newCreateToken(MINE);
    expect(notOwned({ tags: [ownershipTag(token), "office"] }, token)).toBeUndefined();
    expect(notOwned({ tags: [ownershipTag(newCreateToken(MINE))] }, token)).toMatch(/another resource's ownership tag/);
    expect(notOwned({ tags: ["office"] }, token)).toMatch(/tag was removed/);
    expect(notOwned({}, token)).toMatch(/tag was removed/);
  });
});

describe("account", () => {
  it("fingerprints a key in 12 hex digits, the same for the same key only", () => {
    expect(accountOf("KEY0123")).toMatch(/^[0-9a-f]{12}$/);
    expect(accountOf("KEY0123")).toBe(accountOf("KEY0123"));
    expect(accountOf("KEY0124")).not.toBe(accountOf("KEY0123"));
    expect(accountOf(undefined)).toBeUndefined();
  });

  it("takes a 404 as proof only under the key that last reached the object, or when none was recorded", () => {
    expect(() => assertSameAccount("IP", "9", accountOf("a"), accountOf("a"), "refresh")).not.toThrow();
    expect(() => assertSameAccount("IP", "9", undefined, accountOf("b"), "refresh")).not.toThrow();
    expect(() => assertSameAccount("IP", "9", accountOf("a"), accountOf("b"), "destroy")).toThrow(
      "IP 9 was not found with the API key this destroy uses, which is not the key it was last reached with: that is most " +
        "likely a key of another account, so nothing was deleted or dropped from the state. Set telnyx:apiKey (or the " +
        "resource's Account) to a key of the account the object lives in. If the key is of the same account and the object " +
        "really was deleted, remove it from the state with `pulumi state delete <urn>`.",
    );
  });
});
