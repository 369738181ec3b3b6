// What a resource's outputs keep in the state: the API object in camelCase without what is derivable (null fields,
// the id Pulumi already keeps), and with the gaps the API leaves filled from what the program declared.
import { describe, expect, it } from "vitest";
import { changedFields } from "../../provider/core/diff";
import { declaredPaths, declaredSkeleton, outputsOf, skeletonOf } from "../../provider/core/outputs";
import { ipConnection } from "../../sdk/schemas/ip-connection";

const apiObject = {
  id: "3119775891357333753",
  record_type: "ip_connection",
  connection_name: "carrier",
  webhook_event_url: null,
  webhook_event_failover_url: "",
  active: false,
  tags: [],
  inbound: { channel_limit: null, codecs: ["G722"], timeout_1xx_secs: 0, sip_subdomain: null },
  outbound: { outbound_voice_profile_id: "2464609905249881313", localization: null },
};

describe("outputs in the state", () => {
  const outputs = outputsOf(ipConnection.response, apiObject, undefined);

  it("leave out null fields, at any depth, and the id", () => {
    expect(outputs).toEqual({
      recordType: "ip_connection",
      connectionName: "carrier",
      webhookEventFailoverUrl: "",
      active: false,
      tags: [],
      inbound: { codecs: ["G722"], timeout1xxSecs: 0 },
      outbound: { outboundVoiceProfileId: "2464609905249881313" },
    });
  });

  it("still show no change for a field declared as the API's 'not set', and a change for one declared as set", () => {
    expect(changedFields(ipConnection.fields, { inbound: { channelLimit: null }, webhookEventUrl: "" }, outputs)).toEqual([]);
    const drift = changedFields(ipConnection.fields, { inbound: { channelLimit: 10 }, outbound: { localization: "US" } }, outputs);
    expect(drift.map((c) => c.path.join("."))).toEqual(["inbound.channelLimit", "outbound.localization"]);
  });

  it("fill a declared field the API does not return from what was declared, but not one it returns as null", () => {
    const known = { connectionName: "carrier", transportProtocol: "UDP", inbound: { channelLimit: 10 } };
    const filled = outputsOf(ipConnection.response, apiObject, known);
    expect(filled.transportProtocol).toBe("UDP");
    expect((filled.inbound as Record<string, unknown>).channelLimit).toBeUndefined();
  });
});

describe("the declared fields as the state stores them", () => {
  it("are the paths of the declared leaves, read back as the same skeleton", () => {
    const inputs = { __naming: "0123456789abcdef x", adoptId: "9", connectionName: "c", tags: ["a"], inbound: { codecs: ["G722"], timeout1xxSecs: 3 }, jitterBuffer: {} };
    const skeleton = declaredSkeleton(inputs);
    expect(skeleton).toEqual({ connectionName: 1, tags: 1, inbound: { codecs: 1, timeout1xxSecs: 1 }, jitterBuffer: {} });
    const paths = declaredPaths(skeleton)!;
    expect(paths).toEqual(["connectionName", "tags", "inbound.codecs", "inbound.timeout1xxSecs", "jitterBuffer."]);
    expect(skeletonOf(paths)).toEqual(skeleton);
    expect(declaredPaths({})).toEqual([]);
    expect(skeletonOf([])).toEqual({});
  });

  it("have none for a key that is no identifier, which the state then keeps as an object", () => {
    expect(declaredPaths({ "a.b": 1 })).toBeUndefined();
    expect(declaredPaths({ c: { "d e": 1 } })).toBeUndefined();
    expect(declaredPaths({ "x,y": 1 })).toBeUndefined();
  });
});
