// The small stacks' floor declares what our stack declares, secrets replaced by a placeholder at any depth (our
// provider marks secrets at the leaf: a nested ciphertext would reach the engine as a malformed secret).
import { describe, expect, it } from "vitest";
import { mirrorOf } from "../../scripts/bench/mirror";

const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: "v1:abc" };
const urn = (type: string, name: string) => `urn:pulumi:s::p::pulumi-nodejs:dynamic/telnyx:${type}::${name}`;

describe("mirrorOf", () => {
  it("replaces secrets at any depth, marks their top-level input secret, and drops our keys", () => {
    const [uac] = mirrorOf([
      {
        urn: urn("UacConnection", "customer-pbx"),
        type: "pulumi-nodejs:dynamic/telnyx:UacConnection",
        inputs: { __kind: "uacConnection", connectionName: "pbx", externalUacSettings: { username: "u", password: secret }, tags: ["a"] },
      },
    ]);
    expect(uac.inputs).toEqual({ connectionName: "pbx", externalUacSettings: { username: "u", password: "floor-secret" }, tags: ["a"] });
    expect(uac.secrets).toEqual(["externalUacSettings"]);
  });
});
