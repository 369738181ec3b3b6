import { describe, expect, it } from "vitest";
import { TelnyxApiError, assertSafeBaseUrl, encodeQuery, isLoopbackHost, pointerToField } from "../../sdk";

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
