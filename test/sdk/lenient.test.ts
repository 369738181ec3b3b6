import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compareAs, credentialConnection, describe as describeField, fieldMeta, lenient, secret, uacConnection, unwrap } from "../../sdk";

describe("lenient()", () => {
  const strict = z.strictObject({
    name: describeField(z.string().min(3), "A name."),
    kind: z.enum(["a", "b"]),
    count: z.number().int().min(1).max(5),
    flags: z.array(z.literal("x")),
    nested: z.strictObject({ token: secret(z.string().regex(/^\d+$/)), tags: compareAs(z.array(z.string()), "set") }),
  });
  const loose = lenient(strict);

  it("accepts unknown keys, nulls, missing fields and unknown enum values", () => {
    const parsed = loose.parse({ name: "x", kind: "c", count: 99, flags: ["y"], nested: { token: "***", extra: 1 }, more: true });
    expect(parsed).toEqual({ name: "x", kind: "c", count: 99, flags: ["y"], nested: { token: "***", extra: 1 }, more: true });
    expect(loose.parse({ name: null, nested: null })).toEqual({ name: null, nested: null });
    expect(loose.parse({})).toEqual({});
  });

  it("still rejects values of the wrong JSON type", () => {
    expect(loose.safeParse({ count: "many" }).success).toBe(false);
  });

  it("keeps the field metadata of copied properties, nested ones included", () => {
    const shape = (loose as unknown as z.ZodObject).shape;
    expect(unwrap(shape.name!).meta.description).toBe("A name.");
    const nested = unwrap(shape.nested!).inner as z.ZodObject;
    expect(unwrap(nested.shape.token!).meta.secret).toBe(true);
    expect(unwrap(nested.shape.tags!).meta.compare).toBe("set");
    expect(fieldMeta.get(shape.kind!)).toBeUndefined();
  });

  it("gives resource responses that take API output with computed and unknown fields", () => {
    const r = credentialConnection.response.parse({
      id: "1293384261075731499",
      record_type: "credential_connection",
      connection_name: "office",
      password: "***",
      anchorsite_override: "Mars, Olympus Mons",
      webhook_api_version: "3",
      inbound: { codecs: ["G722"], brand_new: 1, channel_limit: null },
      outbound: null,
      created_at: "2018-02-02T22:25:27.521Z",
    });
    expect(r.id).toBe("1293384261075731499");
    expect(r.inbound?.codecs).toEqual(["G722"]);
    const uac = uacConnection.response.parse({ fqdns: [{ id: "1", fqdn: "x.uac.telnyx.com", dns_record_type: "srv", port: null }], registration_status: "Registered" });
    expect(uac.fqdns?.[0]?.fqdn).toBe("x.uac.telnyx.com");
    const shape = (uacConnection.response as unknown as z.ZodObject).shape;
    expect(unwrap(shape.password!).meta.secret).toBe(true);
    expect(unwrap((unwrap(shape["third-party_uac_settings"]!).inner as z.ZodObject).shape.password!).meta.secret).toBe(true);
  });
});
