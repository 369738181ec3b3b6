import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TelnyxApiError, credentialConnection, ip, ipConnection, resources } from "../../sdk";
import { emulatorHarness } from "./emulator-harness";

let h: Awaited<ReturnType<typeof emulatorHarness>>;
beforeAll(async () => { h = await emulatorHarness(); });
afterAll(() => h.close());

describe("pagination", () => {
  it("lists every page and stops at meta.total_pages", async () => {
    const c = h.client();
    const conn = await c.resource(ipConnection).create({ connection_name: "paged" });
    for (let i = 1; i <= 7; i++) await c.resource(ip).create({ ip_address: `198.51.100.${i}`, connection_id: conn.id! });
    await h.clearRequests();
    const all = await c.resource(ip).list({ "filter[connection_id]": conn.id! }, { pageSize: 3 });
    expect(all.map((x) => x.ip_address).sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `198.51.100.${i}`));
    const gets = (await h.requests()).filter((r) => r.method === "GET");
    expect(gets).toHaveLength(3);

    const page = await c.resource(ip).listPage({ filter: { connection_id: conn.id! } }, { pageNumber: 3, pageSize: 3 });
    expect(page.data).toHaveLength(1);
    expect(page.meta).toMatchObject({ page_number: 3, page_size: 3, total_pages: 3, total_results: 7 });
  });

  it("clamps page[size] to the endpoint maximum", async () => {
    await h.clearRequests();
    await h.client().resource(ip).listPage({}, { pageSize: 10_000 });
    expect((await h.requests())[0]!.status).toBe(200);
  });
});

describe("API errors", () => {
  const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected failure"); }, (e) => e as TelnyxApiError);

  it("404 on an unknown id", async () => {
    const e = await failure(h.client().resource(credentialConnection).get("999999999"));
    expect(e).toBeInstanceOf(TelnyxApiError);
    expect([e.status, e.isNotFound, e.method, e.path]).toEqual([404, true, "GET", "/v2/credential_connections/999999999"]);
  });

  it("422 with the offending field, never echoing the secret", async () => {
    const password = "abc";
    const e = await failure(
      h.client().resource(credentialConnection).create({ connection_name: "bad", user_name: "goodname1", password }),
    );
    expect(e.status).toBe(422);
    expect(e.isValidation).toBe(true);
    expect(e.field).toBe("password");
    expect(e.message).toMatch(/^Telnyx API 422 on POST \/v2\/credential_connections: .*\(field: password\)/);
  });

  it("401 when the key is not understood", async () => {
    const e = await failure(h.client({ apiKey: " " }).resource(ip).list());
    expect(e.status).toBe(401);
    expect(e.isAuth).toBe(true);
  });

  it("every resource spec's list endpoint answers", async () => {
    for (const spec of Object.values(resources)) {
      await expect(h.client().resource(spec).listPage({}, { pageSize: 1 }), spec.kind).resolves.toHaveProperty("data");
    }
  });
});

describe("registration status", () => {
  it("check_registration_status for credential and UAC connections", async () => {
    const c = h.client();
    const cred = await c.resource(credentialConnection).create({ connection_name: "reg", user_name: "regist1", password: "correct-horse" });
    expect((await c.checkRegistrationStatus("credential", cred.id!)).record_type).toBe("registration_status");
    await h.control("POST", "/registration", { connection_id: cred.id, status: "Registered" });
    expect((await c.checkRegistrationStatus("credential", cred.id!)).status).toBe("Registered");
    const uac = await c.resource(resources.uacConnection).create({ connection_name: "reg-uac" });
    expect((await c.checkRegistrationStatus("uac", uac.id!)).record_type).toBe("registration_status");
  });

  it("GET /sip_registration_status for a UAC connection, in either credential_type spelling", async () => {
    const c = h.client();
    const uac = await c.resource(resources.uacConnection).create({
      connection_name: "sip-reg",
      external_uac_settings: { proxy: "sip:pbx.example.com", username: "telnyx-reg", password: "s3cret-pass" },
    });
    await h.control("POST", "/registration", { connection_id: uac.id, status: "registered" });
    for (const credentialType of ["uac_third-party_credential", "uac_external_credential"] as const) {
      const s = await c.sipRegistrationStatus({ credentialType, connectionId: uac.id!, userId: "323" });
      expect(s.connection_id).toBe(uac.id);
      expect(s.registered).toBe(true);
    }
    await expect(c.sipRegistrationStatus({ credentialType: "uac_third-party_credential" })).rejects.toThrow(/connectionId or username/);
  });
});
