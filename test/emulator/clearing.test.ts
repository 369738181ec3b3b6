import { describe, expect, it } from "vitest";
import { describeErrors, responseValidator } from "../openapi/spec";
import { emulator } from "./helpers";

/* Clearing a field as real clients do: the Terraform provider for Telnyx sends null or "" (and the API accepts them). */

const conforms = (method: string, template: string, res: { status: number; body: unknown }) => {
  const validate = responseValidator(method, template, res.status, "null")!;
  expect(validate(res.body) ? [] : describeErrors(validate.errors)).toEqual([]);
};

describe("clearing fields", () => {
  it("outbound voice profiles take null for every optional field: the documented default, or unset", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/outbound_voice_profiles", {
      name: "terraform-style", enabled: null, traffic_type: null, service_plan: null, usage_payment_method: null,
      whitelisted_destinations: null, concurrent_call_limit: null, daily_spend_limit: null, daily_spend_limit_enabled: null,
      max_destination_rate: null, billing_group_id: null, tags: null, call_recording: null, calling_window: null,
    });
    expect(created.status).toBe(200);
    conforms("POST", "/outbound_voice_profiles", created);
    expect(created.body.data).toMatchObject({ enabled: true, traffic_type: "conversational", whitelisted_destinations: ["US", "CA"], tags: [] });
    expect(created.body.data).toHaveProperty("daily_spend_limit", null);

    const id = created.body.data.id;
    const set = await emu.api("PATCH", `/v2/outbound_voice_profiles/${id}`, {
      name: "terraform-style", daily_spend_limit: "50.00", max_destination_rate: 0.1, calling_window: { start_time: "08:00", end_time: "18:00" },
    });
    expect(set.body.data).toMatchObject({ daily_spend_limit: "50.00", max_destination_rate: 0.1 });
    const clear = await emu.api("PATCH", `/v2/outbound_voice_profiles/${id}`, { name: "terraform-style", daily_spend_limit: null, max_destination_rate: null, calling_window: null });
    expect(clear.status).toBe(200);
    conforms("PATCH", "/outbound_voice_profiles/{id}", clear);
    for (const key of ["daily_spend_limit", "max_destination_rate", "calling_window"]) expect(clear.body.data).toHaveProperty(key, null);
  });

  it('webhook_event_url "" clears the webhook on every connection type', async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/ip_connections", { connection_name: "hooked", webhook_event_url: "https://hooks.example.com/a" })).body.data;
    expect(conn.webhook_event_url).toBe("https://hooks.example.com/a");
    const res = await emu.api("PATCH", `/v2/ip_connections/${conn.id}`, { webhook_event_url: "" });
    expect(res.status).toBe(200);
    conforms("PATCH", "/ip_connections/{id}", res);
    expect(res.body.data).toHaveProperty("webhook_event_url", null);
    expect((await emu.api("POST", "/v2/credential_connections", { connection_name: "c", user_name: "clear0001", password: "password-123", webhook_event_url: "" })).status).toBe(201);
  });

  it('an FQDN connection\'s inbound.sip_subdomain "" clears the subdomain', async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f", inbound: { sip_subdomain: "mytrunk" } })).body.data;
    expect(conn.inbound.sip_subdomain).toBe("mytrunk");
    const res = await emu.api("PATCH", `/v2/fqdn_connections/${conn.id}`, { inbound: { sip_subdomain: "" } });
    expect(res.status).toBe(200);
    conforms("PATCH", "/fqdn_connections/{id}", res);
    expect(res.body.data.inbound.sip_subdomain).toBeNull();
  });

  it("applies its default codec list over UDP itself, and refuses OPUS or H.264 sent over UDP, even beside others", async () => {
    const emu = await emulator();
    const created = await emu.api("POST", "/v2/ip_connections", { transport_protocol: "UDP" });
    expect(created.status).toBe(201);
    expect(created.body.data.inbound.codecs).toEqual(["G722", "G711U", "G711A", "G729", "OPUS", "H.264"]);
    const sent = await emu.api("POST", "/v2/ip_connections", { transport_protocol: "UDP", inbound: { codecs: ["G722", "OPUS", "H.264"] } });
    expect(sent.status).toBe(422);
    expect(JSON.stringify(sent.body)).toContain("OPUS and H.264 work only over TCP or TLS");
    const overTcp = await emu.api("POST", "/v2/ip_connections", { transport_protocol: "TCP", inbound: { codecs: ["G722", "OPUS", "H.264"] } });
    expect(overTcp.status).toBe(201);
    // Its own default list, sent back whole (a clone of an untouched connection): what it gives UDP connections itself.
    const theDefault = await emu.api("POST", "/v2/ip_connections", { transport_protocol: "UDP", inbound: { codecs: created.body.data.inbound.codecs } });
    expect(theDefault.status).toBe(201);
  });

  it("still refuses what is malformed rather than empty", async () => {
    const emu = await emulator();
    expect((await emu.api("POST", "/v2/ip_connections", { webhook_event_url: "not a url" })).status).toBe(422);
    expect((await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f", inbound: { sip_subdomain: "-bad-" } })).status).toBe(422);
    expect((await emu.api("POST", "/v2/outbound_voice_profiles", { name: null })).status).toBe(422);
  });
});
