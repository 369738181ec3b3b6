// The check handler's own rules, beyond the schema: auto-names, adoption, the reserved ownership tag, and a fresh
// create token for every check that may lead to a create (none in the state), the stored identity for a resource in it.
import { describe, expect, it } from "vitest";
import { handlers } from "../../provider/core/handlers";
import { UNKNOWN } from "../../provider/core/compare";
import { naming, privateOf, withPrivate } from "../../provider/core/internal-keys";

const credential = handlers("credentialConnection");
const base = { __naming: "0123456789abcdef pbx", userName: "pbxuser01" };

describe("check", () => {
  it("auto-names a new resource from its seed, and issues a new create token each time", async () => {
    const a = await credential.check!({}, { ...base, password: "Pbx-pass-1234" });
    const b = await credential.check!({}, { ...base, password: "Pbx-pass-1234" });
    expect(a.failures).toEqual([]);
    expect(a.inputs.connectionName).toBe("pbx-0123456");
    expect(privateOf(a.inputs).token).toMatch(/^[0-9a-z]{8}-[0-9a-z]{13}-[0-9a-f]{16}$/);
    expect(privateOf(a.inputs).token).not.toBe(privateOf(b.inputs).token);
  });

  it("reads a name that holds spaces and colons back whole", async () => {
    const checked = await credential.check!({}, { ...base, __naming: naming("0123456789abcdef", "pbx a::b"), password: "Pbx-pass-1234" });
    expect(checked.inputs.connectionName).toBe("pbx a::b-0123456");
  });

  it("reads the name and seed of inputs written by 0.2, which kept them in keys of their own", async () => {
    const legacy = { __resourceName: "pbx", __nameSeed: "0123456789abcdef", userName: "pbxuser01", password: "Pbx-pass-1234" };
    const checked = await credential.check!({}, legacy);
    expect(checked.inputs.connectionName).toBe("pbx-0123456");
    const failed = await credential.check!({}, { ...legacy, password: "short" });
    expect(failed.failures.map((f) => f.reason).join("\n")).toContain('"pbx"');
  });

  it("keeps the create token of a resource in the state, so that unchanged inputs stay unchanged", async () => {
    // A seed of its own: check remembers the resources it saw in the state (adoption), by seed.
    const news = { ...base, __naming: "fedcba9876543210 pbx", password: "Pbx-pass-1234" };
    const first = await credential.check!({}, news);
    const again = await credential.check!(first.inputs, news);
    expect(again.inputs).toEqual(first.inputs);
    // The engine checks a replacement without old inputs: it gets a token of its own.
    const replacement = await credential.check!({}, news);
    expect(privateOf(replacement.inputs).token).not.toBe(privateOf(first.inputs).token);
  });

  it("keeps the inputs a refresh stored, which hold no identity, as they are", async () => {
    const news = { ...base, __naming: "0a1b2c3d4e5f6a7b pbx", password: "Pbx-pass-1234" };
    const first = await credential.check!({}, news);
    // What read hands back: the declared fields and the flags, but no seed, name or token, which only inputs held.
    const refreshed = withPrivate(first.inputs, { autoNamed: true });
    expect(privateOf(refreshed)).toMatchObject({ seed: undefined, name: undefined, token: undefined });
    const again = await credential.check!(refreshed, news);
    expect(again.failures).toEqual([]);
    expect(again.inputs).toEqual(refreshed);
  });

  it("neither names nor asks for the secrets of an object it adopts", async () => {
    const { inputs, failures } = await credential.check!({}, { ...base, adoptId: UNKNOWN });
    expect(failures).toEqual([]);
    expect(inputs.connectionName).toBeUndefined();
    expect(inputs.password).toBeUndefined();
    expect(privateOf(inputs).adoptNow).toBe(true);
  });

  it("still asks for the password of a connection it creates", async () => {
    const { failures } = await credential.check!({}, base);
    expect(failures.map((f) => f.reason).join("\n")).toMatch(/field password: is required/);
  });

  it("keeps an adopted resource adopted, and unnamed, after adoptId is removed", async () => {
    const adopting = await credential.check!({}, { ...base, adoptId: UNKNOWN });
    const { inputs, failures } = await credential.check!(adopting.inputs, base);
    expect(failures).toEqual([]);
    expect(inputs.connectionName).toBeUndefined();
    expect(privateOf(inputs)).toMatchObject({ adopted: true, adoptNow: false });
  });

  it("reads an adopted resource's inputs as 0.3 wrote them, in keys of their own", async () => {
    const adoptedState = { ...base, adoptId: "123", __adopted: true, __adoptOnCreate: true };
    const { inputs, failures } = await credential.check!(adoptedState, base);
    expect(failures).toEqual([]);
    expect(inputs.connectionName).toBeUndefined();
    expect(privateOf(inputs)).toMatchObject({ adopted: true, adoptNow: false });
    expect(Object.keys(inputs).filter((k) => k.startsWith("__"))).toEqual(["__private"]);
  });

  it("refuses a user tag that looks like the ownership tag", async () => {
    const { failures } = await handlers("outboundVoiceProfile").check!({}, {
      __naming: "0123456789abcdef p", tags: ["pulumi-telnyx-sip:x"],
    });
    expect(failures).toEqual([expect.objectContaining({ property: "tags", reason: expect.stringContaining("reserved") })]);
  });
});
