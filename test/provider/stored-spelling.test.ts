// A value the state holds, spelled another way by the program (another case, a set in another order), keeps the
// state's spelling, so that a check after a refresh changes no input; any other value is the program's.
import { describe, expect, it } from "vitest";
import { UNKNOWN, withStoredSpelling } from "../../provider/core/compare";
import { resources } from "../../sdk/resources";

const fields = resources.ipConnection.fields;

describe("withStoredSpelling", () => {
  it("keeps the stored spelling of an enum the API matches in any case", () => {
    expect(withStoredSpelling(fields, { transportProtocol: "udp" }, { transportProtocol: "UDP" })).toEqual({ transportProtocol: "UDP" });
  });

  it("keeps the stored order of a set", () => {
    expect(withStoredSpelling(fields, { tags: ["b", "a"] }, { tags: ["a", "b"] })).toEqual({ tags: ["a", "b"] });
  });

  it("reads null inside an object as not set, as the state leaves it out: a refresh changes no input", () => {
    const profile = resources.outboundVoiceProfile.fields;
    const stored = { callingWindow: { startTime: "08:00", endTime: "17:00" } };
    const program = { callingWindow: { startTime: "08:00", endTime: "17:00", callsPerCld: null } };
    expect(withStoredSpelling(profile, program, stored)).toEqual(stored);
  });

  it("keeps the stored object when the program spells the same fields in another order", () => {
    const stored = { inbound: { channelLimit: 5, codecs: ["G722"] } };
    expect(withStoredSpelling(fields, { inbound: { codecs: ["G722"], channelLimit: 5 } }, stored).inbound).toBe(stored.inbound);
  });

  it("takes the program's value when it differs", () => {
    expect(withStoredSpelling(fields, { transportProtocol: "tcp" }, { transportProtocol: "UDP" })).toEqual({ transportProtocol: "tcp" });
    const changed = { inbound: { codecs: ["G722"] } };
    expect(withStoredSpelling(fields, changed, { inbound: { codecs: ["G711U", "G722"] } })).toEqual(changed);
  });

  it("takes the program's value for a field the state does not hold, and a value not known yet", () => {
    expect(withStoredSpelling(fields, { transportProtocol: "udp" }, {})).toEqual({ transportProtocol: "udp" });
    // "" clears a field the state leaves out: the program's "" stays, to be sent.
    expect(withStoredSpelling(fields, { webhookEventUrl: "" }, {})).toStrictEqual({ webhookEventUrl: "" });
    const unknown = { outbound: { outboundVoiceProfileId: UNKNOWN } };
    expect(withStoredSpelling(fields, unknown, { outbound: { outboundVoiceProfileId: "123" } })).toEqual(unknown);
  });

  it("takes the program's order where order counts (codecs, by priority), nested in an object", () => {
    const program = { inbound: { codecs: ["G722", "G711U"] } };
    expect(withStoredSpelling(fields, program, { inbound: { codecs: ["G711U", "G722"] } })).toEqual(program);
    const stored = { inbound: { codecs: ["G722", "G711U"] } };
    expect(withStoredSpelling(fields, { inbound: { codecs: ["G722", "G711U"] } }, stored).inbound).toBe(stored.inbound);
  });
});
