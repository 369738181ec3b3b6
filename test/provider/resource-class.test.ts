// The resource classes are built by one function: each must still be a class of its own. Runs the installed package
// under Pulumi's mocks in a child process, as a program would load it.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.join(__dirname, "../..");
const SCRIPT = `
const pulumi = require("@pulumi/pulumi");
pulumi.runtime.setMocks({ newResource: (a) => ({ id: a.name + "-id", state: a.inputs }), call: (a) => a.inputs }, "p", "s", false);
const sip = require("pulumi-telnyx-sip");
class Mine extends sip.Ip {}
const ip = new sip.Ip("ip-1", { connectionId: "c1", ipAddress: "192.0.2.1", port: 5060 });
const mine = new Mine("ip-2", { connectionId: "c1", ipAddress: "192.0.2.2" });
const profile = new sip.OutboundVoiceProfile("p", { whitelistedDestinations: ["US"] });
pulumi.all([ip.urn, ip.ipAddress, mine.urn, profile.urn]).apply((values) => {
  console.log(JSON.stringify({
    values,
    ipIsCustom: ip instanceof pulumi.CustomResource,
    ipIsIp: ip instanceof sip.Ip,
    mineIsIp: mine instanceof sip.Ip,
    mineIsMine: mine instanceof Mine,
    profileIsIp: profile instanceof sip.Ip,
  }));
});
`;

describe("resource classes", () => {
  it("construct resources of their own type, work with instanceof and can be extended", () => {
    const out = execFileSync(process.execPath, ["-e", SCRIPT], { cwd: repo, encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual({
      values: [
        "urn:pulumi:s::p::pulumi-nodejs:dynamic/telnyx:Ip::ip-1",
        "192.0.2.1",
        "urn:pulumi:s::p::pulumi-nodejs:dynamic/telnyx:Ip::ip-2",
        "urn:pulumi:s::p::pulumi-nodejs:dynamic/telnyx:OutboundVoiceProfile::p",
      ],
      ipIsCustom: true,
      ipIsIp: true,
      mineIsIp: true,
      mineIsMine: true,
      profileIsIp: false,
    });
  });
});

// The state leaves out undeclared outputs at their documented default (provider/core/defaults.ts), and updatedAt while
// it equals createdAt (timestamps.ts): the class reads them back. The mocked engine answers with such compact state; `get` reads an object whose state holds nothing but a name.
const DEFAULTS_SCRIPT = `
const pulumi = require("@pulumi/pulumi");
const state = {
  c: { connectionName: "c", dtmfType: "Inband", inbound: { codecs: ["G722"] }, createdAt: "2026-11-30T10:00:00Z" },
  g: { connectionName: "g", createdAt: "2026-11-30T10:00:00Z", updatedAt: "2026-11-30T11:00:00Z" },
};
pulumi.runtime.setMocks({ newResource: (a) => ({ id: a.name + "-id", state: state[a.name] }), call: (a) => a.inputs }, "p", "s", false);
const sip = require("pulumi-telnyx-sip");
const c = new sip.IpConnection("c", { connectionName: "c", inbound: { codecs: ["G722"] } });
const g = sip.IpConnection.get("g", "g-id");
const untouched = Object.getOwnPropertyDescriptor(c, "active");
pulumi.all([c.active, c.dtmfType, c.inbound, c.connectionName, c.webhookEventUrl, g.active, g.connectionName, c.recordType, c.updatedAt, g.updatedAt]).apply((values) => {
  console.log(JSON.stringify({ values, lazy: typeof untouched.get === "function" && !("value" in untouched) }));
});
`;

describe("outputs left out of the state at their default", () => {
  it("read back as the API has them, deeply, on new resources and on get", () => {
    const out = execFileSync(process.execPath, ["-e", DEFAULTS_SCRIPT], { cwd: repo, encoding: "utf8" });
    const { values, lazy } = JSON.parse(out.trim().split("\n").pop()!);
    const [active, dtmfType, inbound, connectionName, webhookEventUrl, getActive, getName, recordType, updatedAt, getUpdatedAt] = values;
    expect({ active, dtmfType, connectionName, webhookEventUrl, getActive, getName, recordType, updatedAt, getUpdatedAt }).toEqual({
      updatedAt: "2026-11-30T10:00:00Z", // never updated: stored once, as createdAt
      getUpdatedAt: "2026-11-30T11:00:00Z",
      recordType: "ip_connection",
      active: true,
      dtmfType: "Inband",
      connectionName: "c",
      webhookEventUrl: null,
      getActive: true,
      getName: "g",
    });
    expect(inbound).toMatchObject({ codecs: ["G722"], aniNumberFormat: "E.164-national", timeout2xxSecs: 90 });
    expect(lazy).toBe(true);
  });
});
