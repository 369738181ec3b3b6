// The bench's account of the state: bytes by part, and the values the engine holds per resource.
import { describe, expect, it } from "vitest";
import { stateBreakdown, valuesPerResource } from "../../scripts/bench/state-breakdown";

const resource = {
  urn: "urn:pulumi:s::p::t::n",
  type: "pulumi-nodejs:dynamic/telnyx:Ip",
  inputs: { __provider: "p", __private: "t=x", port: 5060, tags: ["a", "b"] },
  outputs: { __provider: "p", __private: "u=y", port: 5060, inbound: { codecs: ["G722"] } },
};

describe("the state breakdown", () => {
  it("counts each value once: a list or object, and each element or field inside it", () => {
    // inputs: __provider, __private, port, tags + 2 elements = 6; outputs: __provider, __private, port, inbound,
    // codecs + 1 element = 6.
    expect(valuesPerResource([resource])).toBe(12);
    expect(valuesPerResource([resource, { ...resource, inputs: {}, outputs: {} }])).toBe(6);
  });

  it("puts the provider's own keys in `internal keys`, apart from the API's fields", () => {
    const parts = stateBreakdown([resource]);
    const entry = (key: string, value: unknown) => Buffer.byteLength(`${JSON.stringify(key)}:${JSON.stringify(value)},`);
    expect(parts["internal keys"]).toBe(entry("__private", "t=x") + entry("__private", "u=y"));
    expect(parts.__provider).toBe(2 * entry("__provider", "p"));
    expect(parts.inputs).toBe(entry("port", 5060) + entry("tags", ["a", "b"]));
    expect(parts.outputs).toBe(entry("port", 5060) + entry("inbound", { codecs: ["G722"] }));
    expect(parts.pulumi).toBe(Buffer.byteLength(JSON.stringify({ urn: resource.urn, type: resource.type })));
  });
});
