// The kind of a resource comes from its type token or URN (the state stores no kind since 0.3).
import { describe, expect, it } from "vitest";
import { resources } from "../../sdk/resources";
import { kindOf, typeToken } from "../../provider/core/type-token";

describe("kindOf", () => {
  it("reads every kind back from its type token", () => {
    for (const kind of Object.keys(resources)) expect(kindOf(typeToken(kind))).toBe(kind);
  });

  it("reads the kind from a URN, a child's URN included", () => {
    expect(kindOf("urn:pulumi:prod::sip::pulumi-nodejs:dynamic/telnyx:IpConnection::edge")).toBe("ipConnection");
    expect(kindOf("urn:pulumi:prod::sip::telnyx:index:SipTrunk$pulumi-nodejs:dynamic/telnyx:Ip::edge-ip")).toBe("ip");
    // A name holding "::" does not confuse it: the type is the third part.
    expect(kindOf("urn:pulumi:prod::sip::pulumi-nodejs:dynamic/telnyx:Fqdn::a::b")).toBe("fqdn");
  });

  it("knows nothing else", () => {
    for (const other of [
      "pulumi-nodejs:dynamic/floor:IpConnection", "pulumi-nodejs:dynamic/telnyx:Constructor", "pulumi-nodejs:dynamic/telnyx:",
      "pulumi-nodejs:dynamic/telnyx:ToString", "aws:s3/bucket:Bucket", "urn:pulumi:prod::sip::pulumi:pulumi:Stack::sip-prod", "",
    ]) {
      expect(kindOf(other), other).toBeUndefined();
    }
  });
});
