import { afterEach, describe, expect, it } from "vitest";
import { TelnyxApiError, TelnyxClient, TelnyxNetworkError, TelzinoApiError, TelzinoClient, ip, outboundVoiceProfile, credentialConnection } from "../../sdk";
import { json, localServer } from "./local-server";

const apiKey = "KEY_live_0123456789abcdef";
const servers: { close(): Promise<void> }[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((s) => s.close())); });

async function serve(handler: Parameters<typeof localServer>[0]) {
  const s = await localServer(handler);
  servers.push(s);
  return s;
}

const client = (url: string, extra: Partial<ConstructorParameters<typeof TelnyxClient>[0]> = {}) =>
  new TelnyxClient({ apiKey, baseUrl: `${url}/v2`, retry: { baseDelayMs: 1 }, ...extra });

const ipRecord = { id: "1", record_type: "ip", ip_address: "192.0.2.1", port: 5060 };

describe("HTTP behaviour", () => {
  it("sends the bearer key and retries a GET on 5xx with the same request", async () => {
    const s = await serve((_req, res, n) => (n < 3 ? json(res, [502, 503][n - 1]!, { errors: [] }) : json(res, 200, { data: ipRecord })));
    const got = await client(s.url).resource(ip).get("1");
    expect(got.ip_address).toBe("192.0.2.1");
    expect(s.seen).toHaveLength(3);
    expect(s.seen[0]!.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(s.seen.every((r) => r.url === "/v2/ips/1")).toBe(true);
  });

  it("re-sends the same body on each PATCH attempt", async () => {
    const s = await serve((_req, res, n) => (n === 1 ? json(res, 500, {}) : json(res, 200, { data: ipRecord })));
    await client(s.url).resource(ip).update("1", { ip_address: "192.0.2.1", port: 5061 });
    expect(s.seen.map((r) => JSON.parse(r.body))).toEqual([{ ip_address: "192.0.2.1", port: 5061 }, { ip_address: "192.0.2.1", port: 5061 }]);
  });

  it("does not retry a POST create on 5xx unless retryUnsafe", async () => {
    const s = await serve((_req, res, n) => (n <= 2 ? json(res, 503, { errors: [{ code: "10000", title: "Unavailable" }] }) : json(res, 201, { data: ipRecord })));
    const err = await client(s.url).resource(ip).create({ ip_address: "192.0.2.1" }).catch((e) => e);
    expect(err).toBeInstanceOf(TelnyxApiError);
    expect(err.status).toBe(503);
    expect(s.seen).toHaveLength(1);
    await expect(client(s.url).resource(ip).create({ ip_address: "192.0.2.1" }, { retryUnsafe: true })).resolves.toMatchObject({ id: "1" });
    expect(s.seen).toHaveLength(3);
  });

  it("retries a POST on 429, waiting Retry-After", async () => {
    const s = await serve((_req, res, n) =>
      n === 1 ? json(res, 429, { errors: [{ code: "10011", title: "Too many requests" }] }, { "retry-after": "1" }) : json(res, 200, { data: { id: "9", name: "office" } }),
    );
    const started = Date.now();
    await client(s.url).resource(outboundVoiceProfile).create({ name: "office" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(s.seen).toHaveLength(2);
  });

  it("waits x-ratelimit-reset when there is no Retry-After, and gives up after maxRetries", async () => {
    const s = await serve((_req, res) => json(res, 429, { errors: [{ code: "10011", title: "Too many requests" }] }, { "x-ratelimit-reset": "0.3" }));
    const started = Date.now();
    const err = await client(s.url, { maxRetries: 2 }).resource(ip).list().catch((e) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
    expect(err).toBeInstanceOf(TelnyxApiError);
    expect(err.isRateLimit).toBe(true);
    expect(s.seen).toHaveLength(3);
  });

  it("retries a GET when the socket is destroyed, but not a POST that may have arrived", async () => {
    const s = await serve((req, res, n) => (n === 1 || req.method === "POST" ? res.socket?.destroy() : json(res, 200, { data: ipRecord })));
    await expect(client(s.url).resource(ip).get("1")).resolves.toMatchObject({ id: "1" });
    const err = await client(s.url).resource(ip).create({ ip_address: "192.0.2.1" }).catch((e) => e);
    expect(err).toBeInstanceOf(TelnyxNetworkError);
    expect(err.mayHaveReachedServer).toBe(true);
    expect(s.seen.filter((r) => r.method === "POST")).toHaveLength(1);
  });

  it("retries even a POST when the connection was refused, then reports a network error", async () => {
    const s = await serve(() => undefined);
    await s.close();
    const lines: string[] = [];
    const err = await client(s.url, { maxRetries: 2, logger: (l) => lines.push(l) }).resource(ip).create({ ip_address: "192.0.2.1" }).catch((e) => e);
    expect(err).toBeInstanceOf(TelnyxNetworkError);
    expect(err.mayHaveReachedServer).toBe(false);
    expect(err.code).toBe("ECONNREFUSED");
    expect(err.message).toContain(`. Nothing accepts connections at ${new URL(s.url).origin}: check telnyx:baseUrl (or TELNYX_BASE_URL;`);
    expect(lines.filter((l) => l.startsWith("↻"))).toHaveLength(2);
  });

  it("times out an attempt that gets no headers", async () => {
    const s = await serve(() => undefined);
    const err = await client(s.url, { timeoutMs: 200, maxRetries: 0 }).resource(ip).get("1").catch((e) => e);
    expect(err).toBeInstanceOf(TelnyxNetworkError);
    expect(err.timedOut).toBe(true);
  });

  it("refuses plain http to a non-loopback host before sending anything", () => {
    expect(() => new TelnyxClient({ apiKey, baseUrl: "http://api.telnyx.com/v2" })).toThrow(/Refusing to send the Telnyx API key over plain http/);
    expect(() => new TelzinoClient({ accessToken: "t", baseUrl: "http://example.com/v1" })).toThrow(/plain http/);
  });

  it("keeps the key and passwords out of logs and error messages", async () => {
    const password = "Sup3rSecretPassw0rd";
    const s = await serve((req, res) =>
      json(res, 422, { errors: [{ code: "10015", title: "Bad Request", detail: `password ${password} is weak; key ${apiKey}`, source: { pointer: "/password" } }] }, { "x-request-id": "req-42" }),
    );
    const lines: string[] = [];
    const err = await client(s.url, { logger: (l) => lines.push(l) })
      .resource(credentialConnection)
      .create({ connection_name: "office", user_name: "office1", password })
      .catch((e) => e);
    expect(err).toBeInstanceOf(TelnyxApiError);
    expect(err.field).toBe("password");
    expect(err.requestId).toBe("req-42");
    const everything = [err.message, JSON.stringify(err.errors), ...lines].join("\n");
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(apiKey);
    expect(lines.some((l) => l.includes('"password":"[REDACTED]"'))).toBe(true);
    expect(err.message).toMatch(/^Telnyx API 422 on POST \/v2\/credential_connections: Bad Request: password \[REDACTED\] is weak/);
  });
});

describe("TelzinoClient", () => {
  it("reads an agent's registration status and reports errors as TelzinoApiError", async () => {
    const s = await serve((req, res) =>
      req.url.includes("missing")
        ? json(res, 404, { success: false, message: "Agent not found" })
        : json(res, 200, { success: true, data: { state: "REGISTERED_STATE", stateCode: 3, isRegistered: true, enabled: "yes" } }),
    );
    const t = new TelzinoClient({ accessToken: "tok", baseUrl: `${s.url}/v1` });
    await expect(t.agentRegistrationStatus("123e4567-e89b-12d3-a456-426614174000")).resolves.toMatchObject({ state: "REGISTERED_STATE", isRegistered: true });
    expect(s.seen[0]!.url).toBe("/v1/agents/123e4567-e89b-12d3-a456-426614174000/sip/registration/status");
    const err = await t.agentRegistrationStatus("missing").catch((e) => e);
    expect(err).toBeInstanceOf(TelzinoApiError);
    expect(err.isNotFound).toBe(true);
    expect(err.message).toBe("Telzino API 404 on GET /v1/agents/missing/sip/registration/status: Agent not found");
  });
});
