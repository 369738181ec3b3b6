import { describe, expect, it } from "vitest";
import { emulator, type Client } from "./helpers";

async function seed(emu: Client) {
  const cred = (await emu.api("POST", "/v2/credential_connections", { connection_name: "c", user_name: "user0001", password: "cred-password-1" })).body.data;
  const uac = (
    await emu.api("POST", "/v2/uac_connections", {
      connection_name: "u",
      user_name: "uacuser1",
      password: "uac-password-1",
      external_uac_settings: { proxy: "pbx.example.com", username: "telnyx-reg", password: "s3cret" },
    })
  ).body.data;
  const ip = (await emu.api("POST", "/v2/ip_connections", { outbound: { ip_authentication_method: "token", ip_authentication_token: "token-abcdef-123" } })).body.data;
  const fqdn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f", outbound: { ip_authentication_token: "fqdn-token-123456" } })).body.data;
  return { cred, uac, ip, fqdn };
}

describe("secrets modes", () => {
  it("redact (default) answers *** for every secret and keeps the real values internally", async () => {
    const emu = await emulator();
    const { cred, uac, ip, fqdn } = await seed(emu);
    expect(cred.password).toBe("***");
    expect(uac.password).toBe("***");
    expect(uac.external_uac_settings.password).toBe("***");
    expect(ip.outbound.ip_authentication_token).toBe("***");
    expect(fqdn.password).toBe("***");
    expect(fqdn.outbound.ip_authentication_token).toBe("***");
    expect(cred.user_name).toBe("user0001");
    const listed = (await emu.api("GET", "/v2/credential_connections")).body.data[0];
    expect(listed.password).toBe("***");
    const state = (await emu.control("GET", "/_emulator/state")).body.data;
    expect(state.collections.credential_connections[0].password).toBe("cred-password-1");
    expect(state.collections.uac_connections[0].external_uac_settings.password).toBe("s3cret");
  });

  it("echo answers the values as sent", async () => {
    const emu = await emulator({ secrets: "echo" });
    const { cred, uac, ip, fqdn } = await seed(emu);
    expect(cred.password).toBe("cred-password-1");
    expect(uac.password).toBe("uac-password-1");
    expect(uac.external_uac_settings.password).toBe("s3cret");
    expect(ip.outbound.ip_authentication_token).toBe("token-abcdef-123");
    expect(fqdn.outbound.ip_authentication_token).toBe("fqdn-token-123456");
    expect(fqdn.password).toMatch(/^[a-z0-9]{20}$/);
  });

  it("omit leaves the keys out", async () => {
    const emu = await emulator({ secrets: "omit" });
    const { cred, uac, ip, fqdn } = await seed(emu);
    expect("password" in cred).toBe(false);
    expect("password" in uac).toBe(false);
    expect("password" in uac.external_uac_settings).toBe(false);
    expect("ip_authentication_token" in ip.outbound).toBe(false);
    expect("password" in fqdn).toBe(false);
    expect(uac.external_uac_settings.username).toBe("telnyx-reg");
  });

  it("mask8 answers ******** for every secret, as the official SDK documents for newer accounts", async () => {
    const emu = await emulator({ secrets: "mask8" });
    const { cred, uac, ip, fqdn } = await seed(emu);
    for (const shown of [cred.password, uac.password, uac.external_uac_settings.password, ip.outbound.ip_authentication_token, fqdn.outbound.ip_authentication_token]) {
      expect(shown).toBe("********");
    }
    const state = (await emu.control("GET", "/_emulator/state")).body.data;
    expect(state.collections.credential_connections[0].password).toBe("cred-password-1");
  });

  it("unset secrets stay null rather than ***", async () => {
    const emu = await emulator();
    const ip = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    expect(ip.outbound.ip_authentication_token).toBeNull();
  });

  it("sip_registration_status always redacts the third-party password", async () => {
    const emu = await emulator({ secrets: "echo" });
    const { uac } = await seed(emu);
    const res = await emu.api("GET", `/v2/sip_registration_status?credential_type=uac_third-party_credential&connection_id=${uac.id}`);
    expect(res.body["third-party_uac_settings"].password).toBe("***");
  });
});
