import { describe, expect, it } from "vitest";
import { TelnyxApiError, assertSafeBaseUrl, encodeQuery, isLoopbackHost, pointerToField } from "../../sdk";
import { networkHint } from "../../sdk/network-errors";
import { isNotFound, TelnyxNetworkError, TelnyxResponseError } from "../../sdk/errors";

describe("TelnyxApiError", () => {
  it("formats status, method, path, title, detail and field", () => {
    const e = new TelnyxApiError({
      service: "Telnyx",
      status: 422,
      method: "POST",
      path: "/v2/credential_connections",
      errors: [{ code: "10015", title: "Bad Request", detail: "user_name is too short", pointer: "/user_name" }],
    });
    expect(e.message).toBe("Telnyx API 422 on POST /v2/credential_connections: Bad Request: user_name is too short (field: user_name)");
    expect([e.isValidation, e.isNotFound, e.isRateLimit, e.field]).toEqual([true, false, false, "user_name"]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("TelnyxApiError");
  });

  it("recognises not-found by status or code 10005, and falls back to the status text", () => {
    const e = new TelnyxApiError({ service: "Telnyx", status: 400, method: "GET", path: "/v2/ips/1", errors: [{ code: "10005" }] });
    expect(e.isNotFound).toBe(true);
    const bare = new TelnyxApiError({ service: "Telnyx", status: 503, method: "GET", path: "/v2/ips", errors: [] });
    expect(bare.message).toBe("Telnyx API 503 on GET /v2/ips: Service Unavailable");
  });

  it("turns JSON pointers into dotted fields", () => {
    expect(pointerToField("/inbound/dnis_number_format")).toBe("inbound.dnis_number_format");
    expect(pointerToField("/")).toBeUndefined();
    expect(pointerToField(undefined)).toBeUndefined();
  });

  it("hints at a base URL missing /v2 on a 404, and does not take that 404 for a missing object", () => {
    const e = new TelnyxApiError({ service: "Telnyx", status: 404, method: "GET", path: "/ip_connections/1", errors: [] });
    expect(e.message).toBe(
      "Telnyx API 404 on GET /ip_connections/1: Not Found. The URL has no /v2: the Telnyx API lives under /v2, " +
        "so telnyx:baseUrl must end in /v2 (e.g. https://api.telnyx.com/v2)",
    );
    expect(e.isNotFound).toBe(false);
    const telzino = new TelnyxApiError({ service: "Telzino", status: 404, method: "GET", path: "/agents/a/sip", errors: [] });
    expect(telzino.message).toMatch(/telzino:baseUrl must end in \/v1/);
    const proper = new TelnyxApiError({ service: "Telnyx", status: 404, method: "GET", path: "/v2/ip_connections/1", errors: [] });
    expect([proper.message, proper.isNotFound]).toEqual(["Telnyx API 404 on GET /v2/ip_connections/1: Not Found", true]);
  });
});

describe("hints on errors that are about the configuration, not the request", () => {
  it("points a 401 at the key's settings, Telnyx's or Telzino's, and leaves a 403 (a key of another account) without it", () => {
    const telnyx = new TelnyxApiError({ service: "Telnyx", status: 401, method: "GET", path: "/v2/ip_connections", errors: [{ title: "Authentication failed" }] });
    expect(telnyx.message).toBe(
      "Telnyx API 401 on GET /v2/ip_connections: Authentication failed. The API key was refused: check telnyx:apiKey " +
        "(`pulumi config set --secret telnyx:apiKey <key>`, which wins over TELNYX_API_KEY; an Account's apiKey for its " +
        "resources): missing, mistyped or revoked, or a key for another API than telnyx:baseUrl",
    );
    const plugin = { apiKey: "telnyx-sip:apiKey", baseUrl: "telnyx-sip:baseUrl", perResourceKey: "an explicit provider's apiKey" };
    const fromPlugin = new TelnyxApiError({ service: "Telnyx", settingNames: plugin, status: 401, method: "GET", path: "/v2/fqdns", errors: [] });
    expect(fromPlugin.message).toBe(
      "Telnyx API 401 on GET /v2/fqdns: Unauthorized. The API key was refused: check telnyx-sip:apiKey " +
        "(`pulumi config set --secret telnyx-sip:apiKey <key>`, which wins over TELNYX_API_KEY; an explicit provider's " +
        "apiKey for its resources): missing, mistyped or revoked, or a key for another API than telnyx-sip:baseUrl",
    );
    const noVersion = new TelnyxApiError({ service: "Telnyx", settingNames: plugin, status: 404, method: "GET", path: "/fqdns/1", errors: [] });
    expect(noVersion.message).toContain("so telnyx-sip:baseUrl must end in /v2");
    const telzino = new TelnyxApiError({ service: "Telzino", status: 401, method: "GET", path: "/v1/agents/a/sip", errors: [] });
    expect(telzino.message).toContain("Unauthorized. The access token was refused: check telzino:accessToken (or TELZINO_ACCESS_TOKEN)");
    const forbidden = new TelnyxApiError({ service: "Telnyx", status: 403, method: "GET", path: "/v2/ip_connections", errors: [] });
    expect(forbidden.message).toBe("Telnyx API 403 on GET /v2/ip_connections: Forbidden");
  });

  it("points a refused connection or an unknown host at the base URL setting, naming the address tried", () => {
    expect(networkHint("ECONNREFUSED", "Telnyx", "http://127.0.0.1:4510")).toBe(
      "Nothing accepts connections at http://127.0.0.1:4510: check telnyx:baseUrl (or TELNYX_BASE_URL; default " +
        "https://api.telnyx.com/v2), and that the server there is running",
    );
    expect(networkHint("ECONNREFUSED", "Telnyx", "http://127.0.0.1:4510", "telnyx-sip:baseUrl")).toContain(
      "check telnyx-sip:baseUrl (or TELNYX_BASE_URL;",
    );
    expect(networkHint("ENOTFOUND", "Telzino", "https://api.telzno.com")).toBe(
      "The host of https://api.telzno.com was not found: check telzino:baseUrl (or TELZINO_BASE_URL; default https://api.telzino.com/v1)",
    );
    // A reset or a timeout may be the network's, not the URL's: no hint that would send the user the wrong way.
    for (const code of ["ECONNRESET", "ETIMEDOUT", undefined]) expect(networkHint(code, "Telnyx", "https://api.telnyx.com")).toBe("");
  });
});

describe("base URL safety", () => {
  it("allows https anywhere and http only to loopback", () => {
    expect(assertSafeBaseUrl("https://api.telnyx.com/v2", "Telnyx").host).toBe("api.telnyx.com");
    for (const u of ["http://127.0.0.1:4010/v2", "http://127.8.9.10/v2", "http://localhost:1/v2", "http://[::1]:8080/v2"]) {
      expect(() => assertSafeBaseUrl(u, "Telnyx")).not.toThrow();
    }
    for (const u of ["http://api.telnyx.com/v2", "http://10.0.0.1/v2", "http://localhost.evil.com/v2", "http://128.0.0.1/"]) {
      expect(() => assertSafeBaseUrl(u, "Telnyx")).toThrow(/Refusing to send the Telnyx API key over plain http/);
    }
    expect(() => assertSafeBaseUrl("ftp://x/", "Telnyx")).toThrow(/https/);
    expect(isLoopbackHost("LOCALHOST")).toBe(true);
  });
});

describe("query encoding", () => {
  it("encodes flat and nested filters deepObject style", () => {
    const q = encodeQuery({ "filter[fqdn]": "a.example.com", filter: { connection_name: { contains: "off" } }, page: { number: 2, size: 10 }, x: undefined });
    expect(decodeURIComponent(q)).toBe("?filter[fqdn]=a.example.com&filter[connection_name][contains]=off&page[number]=2&page[size]=10");
    expect(encodeQuery({})).toBe("");
  });
});

describe("what an API error tells the user", () => {
  const error = (status: number, errors: ConstructorParameters<typeof TelnyxApiError>[0]["errors"], path = "/v2/ips") =>
    new TelnyxApiError({ service: "Telnyx", status, method: "GET", path, errors });

  it("classifies by status, and by the error code when the status does not say it", () => {
    expect(error(422, []).isValidation).toBe(true);
    expect(error(400, []).isValidation).toBe(false);
    expect(error(429, []).isRateLimit).toBe(true);
    // A proxy may turn the API's rate limit into a 400: its code 10011 still says it, among other errors too.
    expect(error(400, [{ code: "10015" }, { code: "10011" }]).isRateLimit).toBe(true);
    expect(error(400, [{ code: "10015" }]).isRateLimit).toBe(false);
    expect(error(400, [{ code: "10007" }, { code: "10005" }]).isNotFound).toBe(true);
    expect(error(400, [{ code: "10007" }]).isNotFound).toBe(false);
    expect(isNotFound(error(404, []))).toBe(true);
    for (const other of [undefined, null, new Error("socket hang up")]) expect(isNotFound(other)).toBe(false);
  });

  it("names the first error that points at a field, whichever error it is", () => {
    const e = error(422, [{ title: "Bad Request" }, { title: "Too short", pointer: "/outbound/ani_override" }]);
    expect(e.field).toBe("outbound.ani_override");
    expect(e.message).toBe("Telnyx API 422 on GET /v2/ips: Bad Request; Too short (field: outbound.ani_override)");
  });

  it("reads escaped JSON pointers as the field names they stand for", () => {
    expect(pointerToField("/tags~1labels/a~0b")).toBe("tags/labels.a~b");
  });

  it("shows a detail beside its title once, and the code when the API sent no text", () => {
    expect(error(422, [{ title: "Bad Request", detail: "Bad Request" }]).message).toBe("Telnyx API 422 on GET /v2/ips: Bad Request");
    expect(error(422, [{ detail: "port must be 1-65535" }]).message).toBe("Telnyx API 422 on GET /v2/ips: port must be 1-65535");
    expect(error(422, [{ code: "10015" }]).message).toBe("Telnyx API 422 on GET /v2/ips: code 10015");
    expect(error(422, [{}]).message).toBe("Telnyx API 422 on GET /v2/ips: code ?");
    expect(error(599, []).message).toBe("Telnyx API 599 on GET /v2/ips: error");
  });

  it("puts a hint after the API's own sentence without doubling its full stop", () => {
    const e = new TelnyxApiError({ service: "Telnyx", status: 401, method: "GET", path: "/v2/ips", errors: [{ title: "Authentication failed. Check the key." }] });
    expect(e.message).toMatch(/^Telnyx API 401 on GET \/v2\/ips: Authentication failed\. Check the key\. The API key was refused: /);
  });

  it("hints at a missing /v2 only on a 404, and gives each service's own example", () => {
    expect(error(500, [], "/ip_connections").message).toBe("Telnyx API 500 on GET /ip_connections: Internal Server Error");
    const telzino = new TelnyxApiError({ service: "Telzino", status: 404, method: "GET", path: "/agents/a/sip", errors: [] });
    expect(telzino.message).toContain("the Telzino API lives under /v1, so telzino:baseUrl must end in /v1 (e.g. https://api.telzino.com/v1)");
  });

  it("names the kind of failure in what a program prints", () => {
    expect(String(new TelnyxNetworkError("socket hang up", "GET", "/v2/ips", true, "ECONNRESET", false))).toBe("TelnyxNetworkError: socket hang up");
    expect(String(new TelnyxResponseError("not JSON", "GET", "/v2/ips", 200))).toBe("TelnyxResponseError: not JSON");
  });
});
