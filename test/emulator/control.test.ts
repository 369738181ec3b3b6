import { mkdtempSync, readFileSync, existsSync, statSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { credentialBody, emulator } from "./helpers";

describe("control API", () => {
  it("logs API requests (not control ones) with method, path, query, status and time; DELETE clears", async () => {
    const emu = await emulator();
    await emu.api("GET", "/v2/ips?page[size]=5");
    await emu.api("POST", "/v2/ips", {});
    await emu.control("GET", "/_emulator/state");
    const log = (await emu.control("GET", "/_emulator/requests")).body.data;
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: "GET", path: "/v2/ips", query: "page[size]=5", status: 200 });
    expect(log[1]).toMatchObject({ method: "POST", path: "/v2/ips", query: "", status: 422 });
    expect(Date.parse(log[0].at)).not.toBeNaN();
    expect((await emu.control("DELETE", "/_emulator/requests")).body.data.cleared).toBe(2);
    expect((await emu.control("GET", "/_emulator/requests")).body.data).toEqual([]);
  });

  it("PATCH /_emulator/resources changes a record behind the API's back, merging nested objects, without validation", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/ip_connections", { connection_name: "orig", inbound: { timeout_1xx_secs: 5 } })).body.data;
    const res = await emu.control("PATCH", `/_emulator/resources/ip_connections/${conn.id}`, { connection_name: "drifted", inbound: { timeout_1xx_secs: 999 } });
    expect(res.status).toBe(200);
    const got = (await emu.api("GET", `/v2/ip_connections/${conn.id}`)).body.data;
    expect(got.connection_name).toBe("drifted");
    expect(got.inbound.timeout_1xx_secs).toBe(999);
    expect(got.inbound.dnis_number_format).toBe("e164");
    expect((await emu.control("PATCH", "/_emulator/resources/ip_connections/nope", {})).status).toBe(404);
    expect((await emu.control("PATCH", `/_emulator/resources/widgets/${conn.id}`, {})).status).toBe(404);
  });

  it("PUT /_emulator/api-keys rotates the accepted keys: only those from then on, [] any again", async () => {
    const emu = await emulator({ apiKeys: ["old-key"] });
    const as = (key: string) => emu.api("GET", "/v2/ips", undefined, { authorization: `Bearer ${key}` });
    expect([(await as("old-key")).status, (await as("other")).status]).toEqual([200, 401]);
    expect((await emu.control("PUT", "/_emulator/api-keys", { keys: ["new-key"] })).status).toBe(200);
    expect([(await as("old-key")).status, (await as("new-key")).status]).toEqual([401, 200]);
    expect((await as("old-key")).body.errors[0].code).toBe("10009");
    await emu.control("PUT", "/_emulator/api-keys", { keys: [] });
    expect((await as("anything")).status).toBe(200);
    expect((await emu.control("PUT", "/_emulator/api-keys", { keys: "new-key" })).status).toBe(422);
  });

  it("DELETE /_emulator/resources removes a record out of band", async () => {
    const emu = await emulator();
    const ovp = (await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" })).body.data;
    expect((await emu.control("DELETE", `/_emulator/resources/outbound_voice_profiles/${ovp.id}`)).status).toBe(200);
    expect((await emu.api("GET", `/v2/outbound_voice_profiles/${ovp.id}`)).status).toBe(404);
    expect((await emu.api("GET", "/v2/outbound_voice_profiles")).body.data).toEqual([]);
  });

  it("PUT /_emulator/resources seeds a record under a chosen id with defaults", async () => {
    const emu = await emulator();
    const res = await emu.control("PUT", "/_emulator/resources/credential_connections/550e8400-e29b-41d4-a716-446655440000", { connection_name: "seeded", user_name: "seeded01", password: "password-1" });
    expect(res.status).toBe(200);
    const got = (await emu.api("GET", "/v2/credential_connections/550e8400-e29b-41d4-a716-446655440000")).body.data;
    expect(got).toMatchObject({ connection_name: "seeded", record_type: "credential_connection", dtmf_type: "RFC 2833" });
  });

  it("GET /_emulator/state dumps everything; POST /_emulator/reset empties it", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/credential_connections", credentialBody());
    await emu.control("POST", "/_emulator/telzino/agents/a1", { state: "REGISTERED_STATE" });
    const state = (await emu.control("GET", "/_emulator/state")).body.data;
    expect(state.collections.credential_connections).toHaveLength(1);
    expect(state.collections.credential_connections[0].password).toBe("password-123");
    expect(Object.keys(state.telzino)).toEqual(["a1"]);
    await emu.control("POST", "/_emulator/reset");
    const after = (await emu.control("GET", "/_emulator/state")).body.data;
    expect(after.collections.credential_connections).toEqual([]);
    expect(after.telzino).toEqual({});
    expect((await emu.control("GET", "/_emulator/requests")).body.data).toEqual([]);
  });

  it("GET /_emulator/faults reports settings and zeroed counters", async () => {
    const emu = await emulator({ latencyMs: 0, rateLimit: 5 });
    const res = (await emu.control("GET", "/_emulator/faults")).body.data;
    expect(res).toMatchObject({ fault_rate: 0, latency_ms: 0, rate_limit: 5 });
    expect(res.injected).toEqual({ "500": 0, "502": 0, "503": 0, "429": 0, drop_before: 0, drop_after: 0, rate_limited: 0 });
  });

  it("registration control needs a connection_id or username, and a known connection", async () => {
    const emu = await emulator();
    expect((await emu.control("POST", "/_emulator/registration", { status: "Registered" })).status).toBe(400);
    expect((await emu.control("POST", "/_emulator/registration", { connection_id: "1", status: "Registered" })).status).toBe(404);
  });
});

describe("--state persistence", () => {
  it("data, registrations and Telzino agents survive a restart", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "telnyx-emu-")), "state.json");
    const first = await emulator({ stateFile: file });
    const cred = (await first.api("POST", "/v2/credential_connections", credentialBody())).body.data;
    await first.control("POST", "/_emulator/registration", { connection_id: cred.id, status: "Registered" });
    await first.control("POST", "/_emulator/telzino/agents/a1", { state: "REGISTERED_STATE" });
    // Written after every change, not only on close.
    expect(JSON.parse(readFileSync(file, "utf8")).collections.credential_connections[0].id).toBe(cred.id);
    await first.close();
    expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);

    const second = await emulator({ stateFile: file });
    const got = await second.api("GET", `/v2/credential_connections/${cred.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data.user_name).toBe(cred.user_name);
    expect((await second.api("POST", `/v2/credential_connections/${cred.id}/actions/check_registration_status`)).body.data.status).toBe("Registered");
    expect((await second.api("GET", "/v1/agents/a1/sip/registration/status")).body.data.state).toBe("REGISTERED_STATE");
    // Unique user names still hold against loaded data.
    expect((await second.api("POST", "/v2/credential_connections", credentialBody())).status).toBe(422);
  });
});

/** One request with exactly these headers (fetch would not let a test set Host), its status and body. */
function raw(url: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

// Issue 28, finding 5: a web page open in the developer's browser must not drive the control API (CSRF: a
// cross-origin text/plain POST needs no preflight) nor read it through DNS rebinding (a hostile name resolving to
// 127.0.0.1: same-origin for the browser, but its Host header names the attacker). GET /_emulator/state holds passwords.
describe("control API from a browser", () => {
  const setup = async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/credential_connections", credentialBody());
    const { hostname: host, port } = new URL(emu.url);
    return { emu, host, port, own: `http://${host}:${port}` };
  };
  const connections = async (emu: Awaited<ReturnType<typeof emulator>>) =>
    (await emu.control("GET", "/_emulator/state")).body.data.collections.credential_connections.length;

  it("refuses a cross-origin request, a text/plain body and a browser's cross-site fetch, changing nothing", async () => {
    const { emu, host, port, own } = await setup();
    const at = { host: `${host}:${port}` };
    const json = { ...at, "content-type": "application/json" };
    const refusals = [
      await raw(emu.url, "POST", "/_emulator/reset", { ...json, origin: "https://attacker.example" }, "{}"),
      await raw(emu.url, "POST", "/_emulator/reset", { ...json, origin: "null" }, "{}"),
      await raw(emu.url, "POST", "/_emulator/reset", { ...json, origin: `http://${host}:${Number(port) + 1}` }, "{}"),
      await raw(emu.url, "POST", "/_emulator/reset", { ...at, "content-type": "text/plain" }, "{}"),
      await raw(emu.url, "POST", "/_emulator/faults", { ...at, "content-type": "text/plain;charset=UTF-8" }, JSON.stringify({ fault_rate: 1 })),
      await raw(emu.url, "POST", "/_emulator/reset", { ...at, "sec-fetch-site": "cross-site" }),
      await raw(emu.url, "GET", "/_emulator/state", { ...at, origin: "https://attacker.example" }),
    ];
    for (const r of refusals) expect([r.status, r.body.errors[0].code]).toEqual([403, "10010"]);
    expect(refusals[0].body.errors[0].detail).toBe('The control API refuses cross-origin requests (Origin "https://attacker.example").');
    expect(refusals[3].body.errors[0].detail).toBe('A control API request body must be sent as content-type: application/json, not "text/plain".');
    expect(await connections(emu)).toBe(1);
    expect((await emu.control("GET", "/_emulator/faults")).body.data.fault_rate).toBe(0);
    // Its own origin, and a script sending no Origin, are served.
    expect((await raw(emu.url, "GET", "/_emulator/state", { ...at, origin: own })).status).toBe(200);
    expect((await raw(emu.url, "POST", "/_emulator/reset", { ...at, "sec-fetch-site": "same-origin", origin: own })).status).toBe(200);
    expect(await connections(emu)).toBe(0);
  });

  it("answers only to a loopback Host or the one it is bound to, so DNS rebinding cannot read the state", async () => {
    const { emu, port } = await setup();
    for (const host of [`attacker.example:${port}`, `127.0.0.1.attacker.example:${port}`, `localhost.:${port}`]) {
      const r = await raw(emu.url, "GET", "/_emulator/state", { host });
      expect([host, r.status], JSON.stringify(r.body)).toEqual([host, 403]);
      expect(JSON.stringify(r.body)).not.toContain("password-123");
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "LOCALHOST"]) {
      expect([host, (await raw(emu.url, "GET", "/_emulator/state", { host })).status]).toEqual([host, 200]);
    }
    // The API itself is not the control API: a client calling it by another name still works.
    expect((await raw(emu.url, "GET", "/v2/ips", { host: `sip-api.internal:${port}`, authorization: "Bearer k" })).status).toBe(200);
  });

  it("answers to the host it is bound to", async () => {
    const emu = await emulator({ host: "0.0.0.0" });
    const port = new URL(emu.url).port;
    expect((await raw(`http://127.0.0.1:${port}`, "GET", "/_emulator/state", { host: `0.0.0.0:${port}` })).status).toBe(200);
    expect((await raw(`http://127.0.0.1:${port}`, "GET", "/_emulator/state", { host: `attacker.example:${port}` })).status).toBe(403);
  });

  it("writes its state file owner-only: it holds passwords in clear", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "telnyx-emu-")), "state.json");
    const emu = await emulator({ stateFile: file });
    await emu.api("POST", "/v2/credential_connections", credentialBody());
    expect(readFileSync(file, "utf8")).toContain("password-123");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await emu.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
