// A field the program stops declaring: reset to what Telnyx has for a field never set (the default), or kept with
// removedFields: "keep"; refused at preview when there is nothing to reset it to.
import { describe, expect, it } from "vitest";
import { handlers } from "../../provider/core/handlers";
import { UNKNOWN } from "../../provider/core/compare";

const credential = handlers("credentialConnection");
const base = {
  __naming: "0123456789abcdef pbx",
  connectionName: "pbx", userName: "pbxuser01", password: "Pbx-pass-1234",
};
const before = {
  ...base,
  dtmfType: "Inband",
  webhookEventUrl: "https://hooks.example.com/a",
  jitterBuffer: { enableJitterBuffer: true },
  inbound: { channelLimit: 5, codecs: ["G711U"] },
};
/** What the API holds after `before` was applied (outputs: the API's object, nulls left out). */
const stored = { ...before, active: true, inbound: { ...before.inbound, timeout1xxSecs: 3 }, __declared: {} };

describe("a field removed from the program", () => {
  it("goes back to its documented default or to unset, leaf by leaf, and the diff shows it", async () => {
    const { inputs, failures } = await credential.check!(before, { ...base, inbound: { codecs: ["G711U"] } });
    expect(failures).toEqual([]);
    expect(inputs.dtmfType).toBe("RFC 2833");
    expect(inputs.webhookEventUrl).toBeNull();
    // Only what was declared inside a removed object is reset: the rest of the jitter buffer was never managed.
    expect(inputs.jitterBuffer).toEqual({ enableJitterBuffer: false });
    expect(inputs.inbound).toEqual({ codecs: ["G711U"], channelLimit: null });
    const diff = await credential.diff!("1", stored, inputs);
    expect(diff.changes).toBe(true);
    expect(diff.replaces).toEqual([]);
  });

  it("shows no change once the object holds the default", async () => {
    const { inputs } = await credential.check!(before, { ...base, inbound: { codecs: ["G711U"] } });
    const atDefault = { ...base, dtmfType: "RFC 2833", jitterBuffer: { enableJitterBuffer: false }, inbound: { codecs: ["G711U"] } };
    expect((await credential.diff!("1", atDefault, inputs)).changes).toBe(false);
    // The next run: the reset values are the old inputs now, and the program still leaves the fields out.
    const again = await credential.check!(inputs, { ...base, inbound: { codecs: ["G711U"] } });
    expect((await credential.diff!("1", atDefault, again.inputs)).changes).toBe(false);
  });

  it('is left as it is with removedFields: "keep"', async () => {
    const news = { ...base, removedFields: "keep" };
    const { inputs, failures } = await credential.check!(before, news);
    expect(failures).toEqual([]);
    expect(inputs.dtmfType).toBeUndefined();
    expect(inputs.inbound).toBeUndefined();
    expect((await credential.diff!("1", stored, inputs)).changes).toBe(false);
  });

  it("refuses a removedFields that is neither reset nor keep", async () => {
    const { failures } = await credential.check!(before, { ...base, removedFields: "forget" });
    expect(failures).toEqual([
      { property: "removedFields", reason: 'credential connection "pbx", field removedFields: must be "reset" or "keep"' },
    ]);
  });

  it("is refused at preview when Telnyx documents nothing to reset it to, naming the field and the way out", async () => {
    const ip = handlers("ip");
    const olds = { __naming: "0123456789abcdef edge", ipAddress: "203.0.113.7", connectionId: "42", port: 5070 };
    const { inputs, failures } = await ip.check!(olds, { ...olds, connectionId: undefined, port: undefined });
    expect(inputs.port).toBe(5060);
    expect(failures).toHaveLength(1);
    expect(failures[0].property).toBe("connectionId");
    expect(failures[0].reason).toMatch(/^IP "edge", field connectionId: removed from the program.*removedFields: "keep"/);
  });

  it("names no property for a removed secret (the engine would print its value)", async () => {
    const uac = handlers("uacConnection");
    const settings = { proxy: "sip:pbx.example.com", username: "trunk01", password: "s3cret-pass" };
    const olds = { __naming: "0123456789abcdef u", connectionName: "u", externalUacSettings: settings };
    const { failures } = await uac.check!(olds, { ...olds, externalUacSettings: { proxy: settings.proxy, username: "trunk01" } });
    expect(failures).toHaveLength(1);
    expect(failures[0].property).toBe("");
    expect(failures[0].reason).toMatch(/field externalUacSettings\.password: removed from the program/);
    expect(failures[0].reason).not.toContain("s3cret-pass");
  });

  it("resets an object whose default is unset to null when its fields cannot go back one by one", async () => {
    const profile = handlers("outboundVoiceProfile");
    const olds = { __naming: "0123456789abcdef p", name: "main", enabled: false, callingWindow: { startTime: "08:00", endTime: "18:00" } };
    const whole = await profile.check!(olds, { ...olds, enabled: undefined, callingWindow: undefined });
    expect(whole.failures).toEqual([]);
    expect(whole.inputs.enabled).toBe(true);
    expect(whole.inputs.callingWindow).toBeNull();
    // One time of the window left out, the other kept: there is no default time, so it is the user's to say.
    const part = await profile.check!(olds, { ...olds, callingWindow: { startTime: "08:00" } });
    expect(part.failures.map((f) => f.reason)).toEqual([expect.stringMatching(/field callingWindow\.endTime: removed/)]);
  });

  it("leaves alone what is not known yet, the name, a required field (the check's own message) and a first create", async () => {
    const unknown = await credential.check!(before, { ...before, inbound: UNKNOWN });
    expect(unknown.inputs.inbound).toBe(UNKNOWN);
    const renamed = await credential.check!(before, { ...before, connectionName: undefined });
    expect(renamed.inputs.connectionName).toBe("pbx-0123456");
    const noPassword = await credential.check!(before, { ...before, password: undefined });
    expect(noPassword.failures.map((f) => f.reason)).toEqual([expect.stringMatching(/field password: is required/)]);
    const first = await credential.check!({}, base);
    expect(first.inputs.dtmfType).toBeUndefined();
  });
});
