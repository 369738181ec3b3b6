// SipTrunk's children, built on Pulumi's mock runtime: addresses are named by address, so removing one deletes that
// one; the positional names of earlier versions stay as aliases.
import { describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
// The installed package, as programs load it (its provider is serialized as a require of the package).
import { SipTrunk } from "pulumi-telnyx-sip";

pulumi.runtime.setMocks(
  {
    newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
    call: () => ({}),
  },
  "project",
  "stack",
);

const namesOf = (resources: pulumi.Resource[]) => resources.map((r) => (r as unknown as { __name: string }).__name);

describe("SipTrunk", () => {
  it("names each IP and FQDN by its address, so removing the first keeps the others' names", () => {
    const full = new SipTrunk("branch", { kind: "ip", ips: [{ ipAddress: "192.0.2.10" }, { ipAddress: "2001:DB8::1", port: 5080 }] });
    expect(namesOf(full.ips)).toEqual(["branch-ip-192.0.2.10", "branch-ip-2001-db8--1-5080"]);
    const trimmed = new SipTrunk("branch2", { kind: "ip", ips: [{ ipAddress: "2001:DB8::1", port: 5080 }] });
    expect(namesOf(trimmed.ips)).toEqual(["branch2-ip-2001-db8--1-5080"]);
    const fqdns = new SipTrunk("agents", { kind: "fqdn", fqdns: [{ fqdn: "SIP.example.com.", dnsRecordType: "a", port: 5060 }] });
    expect(namesOf(fqdns.fqdns)).toEqual(["agents-fqdn-sip.example.com-5060"]);
  });

  it("falls back to the position for an address not known yet", () => {
    const trunk = new SipTrunk("later", { kind: "ip", ips: [{ ipAddress: pulumi.output("192.0.2.99") }] });
    expect(namesOf(trunk.ips)).toEqual(["later-ip-1"]);
  });
});
