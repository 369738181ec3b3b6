// outputsAsApi: what tools reading the state (the GitOps drift summary) see, with what the state leaves out put back.
import { describe, expect, it } from "vitest";
import { outputsAsApi } from "../../provider/stored-outputs";

describe("outputsAsApi", () => {
  const created = "2026-11-30T10:00:00.000Z";

  it("puts back undeclared defaults, the record type and updatedAt, and keeps what the state has", () => {
    const full = outputsAsApi("ipConnection", { connectionName: "c", dtmfType: "Inband", inbound: { codecs: ["G722"] }, createdAt: created });
    expect(full).toMatchObject({
      connectionName: "c",
      dtmfType: "Inband",
      active: true,
      recordType: "ip_connection",
      tags: [],
      updatedAt: created,
      inbound: { codecs: ["G722"], aniNumberFormat: "E.164-national" },
    });
  });

  it("leaves the outputs of an unknown kind as they are", () => {
    expect(outputsAsApi("nothing", { a: 1 })).toEqual({ a: 1 });
  });
});
