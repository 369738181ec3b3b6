// SipTrunk's children, built on Pulumi's mock runtime: addresses are named by address, so removing one deletes that
// one; the positional names of earlier versions stay as aliases.
import { describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
// The installed package, as programs load it (its provider is serialized as a require of the package).
import { SipTrunk } from "pulumi-telnyx-sip";

/** Each resource's inputs as the mock engine got them, by name. */
const inputs = new Map<string, Record<string, any>>();

pulumi.runtime.setMocks(
  {
    newResource: (args) => {
      inputs.set(args.name, args.inputs);
      return { id: `${args.name}-id`, state: args.inputs };
    },
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

  it("takes calls to a SIP subdomain from its own connections only, unless told otherwise (the policy's rule)", async () => {
    const trunks = [
      new SipTrunk("office", { kind: "ip", ips: [{ ipAddress: "192.0.2.10" }] }),
      new SipTrunk("agents2", { kind: "fqdn", fqdns: [{ fqdn: "sip.example.com", dnsRecordType: "srv" }] }),
      new SipTrunk("open", { kind: "ip", ips: [{ ipAddress: "192.0.2.11" }], connection: { inbound: { sipSubdomainReceiveSettings: "from_anyone" } } }),
      new SipTrunk("pbx", { kind: "credential", userName: "pbxuser01", password: "secret-pass-1" }),
    ];
    // Each connection's id is known once the mock engine has registered it, with its inputs.
    await Promise.all(trunks.map((t) => new Promise((resolve) => t.connectionId.apply(resolve))));
    expect(inputs.get("office")?.inbound).toMatchObject({ sipSubdomainReceiveSettings: "only_my_connections", codecs: ["G722", "G711U", "G711A"] });
    expect(inputs.get("agents2")?.inbound?.sipSubdomainReceiveSettings).toBe("only_my_connections");
    expect(inputs.get("open")?.inbound?.sipSubdomainReceiveSettings).toBe("from_anyone");
    // A credential connection has no SIP subdomain setting.
    expect(inputs.get("pbx")?.inbound).toEqual({ codecs: ["G722", "G711U", "G711A"] });
  });

  it("falls back to the position for an address not known yet", () => {
    const trunk = new SipTrunk("later", { kind: "ip", ips: [{ ipAddress: pulumi.output("192.0.2.99") }] });
    expect(namesOf(trunk.ips)).toEqual(["later-ip-1"]);
  });
});
