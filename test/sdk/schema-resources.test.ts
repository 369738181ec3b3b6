import { describe, expect, it } from "vitest";
import { accessIpRange, fqdn, ip, outboundVoiceProfile, resources, unwrap } from "../../sdk";
import { issues, onlyIssue } from "./schema-helpers";

describe("ip fields", () => {
  it("requires a valid IPv4 or IPv6 address and a port in 1-65535", () => {
    expect(issues(ip.fields, { ip_address: "192.0.2.10", port: 5060, connection_id: "123" })).toEqual([]);
    expect(issues(ip.fields, { ip_address: "2001:db8::1" })).toEqual([]);
    expect(onlyIssue(ip.fields, {}, "ip_address")).toBeTruthy();
    expect(onlyIssue(ip.fields, { ip_address: "192.0.2.300" }, "ip_address", "192.0.2.300")).toMatch(/IPv4 or IPv6/);
    expect(onlyIssue(ip.fields, { ip_address: "192.0.2.1", port: 0 }, "port")).toBe("must be between 1 and 65535");
    expect(onlyIssue(ip.fields, { ip_address: "192.0.2.1", port: 65536 }, "port")).toBe("must be between 1 and 65535");
    expect(onlyIssue(ip.fields, { ip_address: "192.0.2.1", port: 50.5 }, "port")).toBe("must be a whole number");
  });
});

describe("fqdn fields", () => {
  const base = { connection_id: "1", fqdn: "pbx.example.com", dns_record_type: "a", port: 5060 };

  it("accepts FQDNs with or without trailing dot, in any case", () => {
    expect(issues(fqdn.fields, base)).toEqual([]);
    expect(issues(fqdn.fields, { ...base, fqdn: "PBX.Example.COM.", dns_record_type: "A" })).toEqual([]);
    expect(issues(fqdn.fields, { ...base, dns_record_type: "srv", port: null })).toEqual([]);
  });

  it("refuses IPs, single labels and bad characters as FQDN", () => {
    for (const bad of ["192.0.2.1", "localhost", "pbx_1.example.com", "-pbx.example.com", "pbx..example.com"]) {
      expect(onlyIssue(fqdn.fields, { ...base, fqdn: bad }, "fqdn", bad)).toMatch(/fully qualified domain name/);
    }
  });

  it("requires connection_id, fqdn and dns_record_type", () => {
    expect(issues(fqdn.fields, {}).map((l) => l.split(":")[0]).sort()).toEqual(["connection_id", "dns_record_type", "fqdn"]);
  });

  it("refuses a port with an SRV record, pointing at port", () => {
    expect(onlyIssue(fqdn.fields, { ...base, dns_record_type: "SRV" }, "port")).toMatch(/srv/);
    expect(onlyIssue(fqdn.fields, { ...base, dns_record_type: "cname" }, "dns_record_type", "cname")).toMatch(/a, srv/);
  });
});

describe("outbound voice profile fields", () => {
  const f = outboundVoiceProfile.fields;

  it("accepts a full profile", () => {
    expect(
      issues(f, {
        name: "office",
        whitelisted_destinations: ["US", "CA", "GB"],
        daily_spend_limit: "100.00",
        daily_spend_limit_enabled: true,
        concurrent_call_limit: null,
        max_destination_rate: 0.05,
        billing_group_id: "6a09cdc3-8948-47f0-aa62-74ac943d6c58",
        call_recording: { call_recording_type: "by_caller_phone_number", call_recording_caller_phone_numbers: ["+13125550100"], call_recording_channels: "dual" },
        calling_window: { start_time: "08:00", end_time: "20:00:00.00Z", calls_per_cld: 5 },
      }),
    ).toEqual([]);
  });

  it("checks name, spend limit, countries, numbers and times", () => {
    expect(onlyIssue(f, { name: "ab" }, "name")).toMatch(/at least 3/);
    expect(onlyIssue(f, { name: "abc", daily_spend_limit: "$100" }, "daily_spend_limit", "$100")).toMatch(/decimal/);
    expect(onlyIssue(f, { name: "abc", whitelisted_destinations: ["US", "USA"] }, "whitelisted_destinations.1", "USA")).toMatch(/alpha-2/);
    const num = "4155550199";
    expect(onlyIssue(f, { name: "abc", call_recording: { call_recording_caller_phone_numbers: [num] } }, "call_recording.call_recording_caller_phone_numbers.0", num))
      .toMatch(/E\.164/);
    expect(onlyIssue(f, { name: "abc", calling_window: { start_time: "25:00" } }, "calling_window.start_time")).toMatch(/HH:MM/);
    expect(onlyIssue(f, { name: "abc", traffic_type: "bulk" }, "traffic_type")).toMatch(/conversational/);
  });
});

describe("access IP range fields", () => {
  it("requires a CIDR block", () => {
    expect(issues(accessIpRange.fields, { cidr_block: "203.0.113.0/24", description: "office" })).toEqual([]);
    expect(issues(accessIpRange.fields, { cidr_block: "2001:db8::/32" })).toEqual([]);
    for (const bad of ["198.51.100.0", "198.51.100.0/33", "office"]) {
      expect(onlyIssue(accessIpRange.fields, { cidr_block: bad }, "cidr_block", bad)).toMatch(/CIDR/);
    }
  });
});

describe("field metadata", () => {
  const meta = (spec: { fields: any }, ...path: string[]) => {
    let s = spec.fields;
    for (const p of path.slice(0, -1)) s = unwrap(s.shape[p]).inner;
    return unwrap(s.shape[path.at(-1)!]).meta;
  };

  it("marks secrets, create-only, sets, case-insensitive and fqdn fields", () => {
    expect(meta(resources.credentialConnection, "password").secret).toBe(true);
    expect(meta(resources.uacConnection, "password").secret).toBe(true);
    expect(meta(resources.uacConnection, "external_uac_settings", "password").secret).toBe(true);
    expect(meta(resources.ipConnection, "outbound", "ip_authentication_token").secret).toBe(true);
    expect(meta(resources.fqdnConnection, "outbound", "ip_authentication_token").secret).toBe(true);
    expect(meta(resources.fqdnConnection, "microsoft_teams_sbc").createOnly).toBe(true);
    expect(meta(resources.credentialConnection, "tags").compare).toBe("set");
    expect(meta(resources.outboundVoiceProfile, "whitelisted_destinations").compare).toBe("set");
    expect(meta(resources.outboundVoiceProfile, "call_recording", "call_recording_caller_phone_numbers").compare).toBe("set");
    expect(meta(resources.credentialConnection, "inbound", "codecs").compare).toBeUndefined();
    expect(meta(resources.ipConnection, "transport_protocol").compare).toBe("caseInsensitive");
    expect(meta(resources.uacConnection, "external_uac_settings", "transport").compare).toBe("caseInsensitive");
    expect(meta(resources.fqdn, "dns_record_type").compare).toBe("caseInsensitive");
    expect(meta(resources.fqdn, "fqdn").compare).toBe("fqdn");
  });

  it("describes every field of every resource in one short line", () => {
    const walk = (shape: Record<string, any>, where: string) => {
      for (const [key, prop] of Object.entries(shape)) {
        const { inner, meta } = unwrap(prop);
        expect(meta.description, `${where}.${key}`).toBeTruthy();
        expect(meta.description!.length, `${where}.${key}`).toBeLessThanOrEqual(100);
        if ((inner as any)._zod.def.type === "object") walk((inner as any).shape, `${where}.${key}`);
      }
    };
    for (const spec of Object.values(resources)) walk(spec.fields.shape, spec.kind);
  });
});
