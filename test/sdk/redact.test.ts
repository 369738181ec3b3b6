import { describe, expect, it } from "vitest";
import { REDACTED, redact, redactionKeys, scrub, secretKeysOf, uacConnection } from "../../sdk";

describe("redaction", () => {
  it("redacts secret-named fields at any depth", () => {
    const body = {
      connection_name: "x",
      password: "hunter2hunter2",
      external_uac_settings: { username: "reg", password: "s3cret" },
      outbound: { ip_authentication_token: "abc-123-456-789" },
      list: [{ api_key: "KEY123" }, { Authorization: "Bearer x" }, { client_secret: "y" }],
      empty: { password: null },
    };
    expect(redact(body)).toEqual({
      connection_name: "x",
      password: REDACTED,
      external_uac_settings: { username: "reg", password: REDACTED },
      outbound: { ip_authentication_token: REDACTED },
      list: [{ api_key: REDACTED }, { Authorization: REDACTED }, { client_secret: REDACTED }],
      empty: { password: null },
    });
    expect(body.password).toBe("hunter2hunter2");
  });

  it("redacts fields marked secret in fieldMeta even without a secret-looking name", () => {
    expect(redact({ pin: "1234" }, new Set(["pin"]))).toEqual({ pin: REDACTED });
    expect(secretKeysOf(uacConnection.fields)).toEqual(new Set(["password"]));
    expect(redactionKeys.has("ip_authentication_token")).toBe(true);
  });

  it("scrubs secret values from free text, longest first", () => {
    expect(scrub("bad password abc and abcdef", ["abc", "abcdef"])).toBe(`bad password ${REDACTED} and ${REDACTED}`);
  });
});
