import { describe, expect, it } from "vitest";
import { credentialBody, emulator } from "./helpers";

describe("pagination", () => {
  it("walks 7 items with page[size]=3 across 3 pages", async () => {
    const emu = await emulator();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await emu.api("POST", "/v2/ip_connections", { connection_name: `conn-${i}` })).body.data.id);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await emu.api("GET", `/v2/ip_connections?page[number]=${page}&page[size]=3`);
      expect(res.body.meta).toEqual({ page_number: page, page_size: 3, total_pages: 3, total_results: 7 });
      seen.push(...res.body.data.map((r: any) => r.id));
    }
    expect(seen).toEqual(ids);
    const beyond = await emu.api("GET", "/v2/ip_connections?page[number]=4&page[size]=3");
    expect(beyond.body.data).toEqual([]);
  });

  it("uses the per-endpoint default page size (20 for profiles)", async () => {
    const emu = await emulator();
    for (let i = 0; i < 21; i++) await emu.api("POST", "/v2/outbound_voice_profiles", { name: `profile-${i}` });
    const res = await emu.api("GET", "/v2/outbound_voice_profiles");
    expect(res.body.data).toHaveLength(20);
    expect(res.body.meta).toEqual({ page_number: 1, page_size: 20, total_pages: 2, total_results: 21 });
  });

  for (const query of ["page[size]=0", "page[size]=251", "page[number]=0", "page[number]=abc", "page[size]=2.5"]) {
    it(`answers 400 / 10015 for ${query}`, async () => {
      const emu = await emulator();
      const res = await emu.api("GET", `/v2/fqdns?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].code).toBe("10015");
      expect(res.body.errors[0].source.parameter).toBe(query.split("=")[0]);
    });
  }

  it("accepts page[size]=250", async () => {
    const emu = await emulator();
    expect((await emu.api("GET", "/v2/ips?page[size]=250")).body.meta.page_size).toBe(250);
  });
});

describe("filters", () => {
  it("connection_name contains: case-insensitive, at least 3 characters", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/credential_connections", { ...credentialBody(1), connection_name: "Office-Main" });
    await emu.api("POST", "/v2/credential_connections", { ...credentialBody(2), connection_name: "warehouse" });
    const res = await emu.api("GET", "/v2/credential_connections?filter[connection_name][contains]=OFFICE");
    expect(res.body.data.map((r: any) => r.connection_name)).toEqual(["Office-Main"]);
    const short = await emu.api("GET", "/v2/credential_connections?filter[connection_name][contains]=of");
    expect(short.status).toBe(400);
    expect(short.body.errors[0].code).toBe("10015");
  });

  it("filter[fqdn] matches attached FQDN records and the UAC hostname exactly", async () => {
    const emu = await emulator();
    const f1 = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "one" })).body.data;
    await emu.api("POST", "/v2/fqdn_connections", { connection_name: "two" });
    await emu.api("POST", "/v2/fqdns", { connection_id: f1.id, fqdn: "pbx.example.com", dns_record_type: "a" });
    const res = await emu.api("GET", "/v2/fqdn_connections?filter[fqdn]=pbx.example.com");
    expect(res.body.data.map((r: any) => r.id)).toEqual([f1.id]);
    expect((await emu.api("GET", "/v2/fqdn_connections?filter[fqdn]=PBX.example.com")).body.data).toEqual([]);
    const uac = (await emu.api("POST", "/v2/uac_connections", { connection_name: "u" })).body.data;
    expect((await emu.api("GET", `/v2/uac_connections?filter[fqdn]=${uac.fqdn}`)).body.data.map((r: any) => r.id)).toEqual([uac.id]);
  });

  it("filter by outbound voice profile under both parameter names, also on /connections", async () => {
    const emu = await emulator();
    const ovp = (await emu.api("POST", "/v2/outbound_voice_profiles", { name: "office" })).body.data;
    const linked = (await emu.api("POST", "/v2/ip_connections", { outbound: { outbound_voice_profile_id: ovp.id } })).body.data;
    await emu.api("POST", "/v2/ip_connections", {});
    for (const param of ["filter[outbound_voice_profile_id]", "filter[outbound.outbound_voice_profile_id]"]) {
      expect((await emu.api("GET", `/v2/ip_connections?${param}=${ovp.id}`)).body.data.map((r: any) => r.id)).toEqual([linked.id]);
      expect((await emu.api("GET", `/v2/connections?${param}=${ovp.id}`)).body.data.map((r: any) => r.id)).toEqual([linked.id]);
    }
  });

  it("ips and fqdns filters", async () => {
    const emu = await emulator();
    const conn = (await emu.api("POST", "/v2/ip_connections", {})).body.data;
    await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.1", connection_id: conn.id });
    await emu.api("POST", "/v2/ips", { ip_address: "192.0.2.2", port: 5080 });
    expect((await emu.api("GET", `/v2/ips?filter[connection_id]=${conn.id}`)).body.data.map((r: any) => r.ip_address)).toEqual(["192.0.2.1"]);
    expect((await emu.api("GET", "/v2/ips?filter[port]=5080")).body.data.map((r: any) => r.ip_address)).toEqual(["192.0.2.2"]);
    expect((await emu.api("GET", "/v2/ips?filter[ip_address]=192.0.2.2")).body.data).toHaveLength(1);
    expect((await emu.api("GET", "/v2/ips?filter[port]=abc")).status).toBe(400);

    const f = (await emu.api("POST", "/v2/fqdn_connections", { connection_name: "f" })).body.data;
    await emu.api("POST", "/v2/fqdns", { connection_id: f.id, fqdn: "a.example.com", dns_record_type: "a" });
    await emu.api("POST", "/v2/fqdns", { connection_id: f.id, fqdn: "b.example.com", dns_record_type: "srv" });
    expect((await emu.api("GET", "/v2/fqdns?filter[dns_record_type]=srv")).body.data.map((r: any) => r.fqdn)).toEqual(["b.example.com"]);
    expect((await emu.api("GET", "/v2/fqdns?filter[fqdn]=a.example.com")).body.data).toHaveLength(1);
  });

  it("outbound voice profile name contains", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/outbound_voice_profiles", { name: "Office US" });
    await emu.api("POST", "/v2/outbound_voice_profiles", { name: "Warehouse" });
    expect((await emu.api("GET", "/v2/outbound_voice_profiles?filter[name][contains]=office")).body.data.map((r: any) => r.name)).toEqual(["Office US"]);
  });

  it("access ip range filters on cidr_block and created_at", async () => {
    const emu = await emulator();
    await emu.api("POST", "/v2/access_ip_ranges", { cidr_block: "10.0.0.0/8" });
    await emu.api("POST", "/v2/access_ip_ranges", { cidr_block: "192.168.1.0/24" });
    const cidrs = async (q: string) => (await emu.api("GET", `/v2/access_ip_ranges?${q}`)).body.data.map((r: any) => r.cidr_block);
    expect(await cidrs("filter[cidr_block]=10.0.0.0/8")).toEqual(["10.0.0.0/8"]);
    expect(await cidrs("filter[cidr_block][startswith]=192")).toEqual(["192.168.1.0/24"]);
    expect(await cidrs("filter[cidr_block][endswith]=/8")).toEqual(["10.0.0.0/8"]);
    expect(await cidrs("filter[cidr_block][contains]=168")).toEqual(["192.168.1.0/24"]);
    expect(await cidrs("filter[created_at][gte]=2000-01-01T00:00:00Z")).toHaveLength(2);
    expect(await cidrs("filter[created_at][lt]=2000-01-01T00:00:00Z")).toEqual([]);
    expect((await emu.api("GET", "/v2/access_ip_ranges?filter[created_at][gt]=yesterday")).status).toBe(400);
  });
});

describe("sorting", () => {
  it("sorts connections by connection_name, descending with -, and rejects unknown fields", async () => {
    const emu = await emulator();
    for (const name of ["bravo", "alpha", "charlie"]) await emu.api("POST", "/v2/ip_connections", { connection_name: name });
    const names = async (q: string) => (await emu.api("GET", `/v2/ip_connections?${q}`)).body.data.map((r: any) => r.connection_name);
    expect(await names("")).toEqual(["bravo", "alpha", "charlie"]);
    expect(await names("sort=connection_name")).toEqual(["alpha", "bravo", "charlie"]);
    expect(await names("sort=-connection_name")).toEqual(["charlie", "bravo", "alpha"]);
    expect(await names("sort=-created_at")).toEqual(["charlie", "alpha", "bravo"]);
    expect((await emu.api("GET", "/v2/ip_connections?sort=bogus")).status).toBe(400);
  });

  it("profiles default to -created_at and sort by name", async () => {
    const emu = await emulator();
    for (const name of ["bbb", "aaa", "ccc"]) await emu.api("POST", "/v2/outbound_voice_profiles", { name });
    const names = async (q: string) => (await emu.api("GET", `/v2/outbound_voice_profiles?${q}`)).body.data.map((r: any) => r.name);
    expect(await names("")).toEqual(["ccc", "aaa", "bbb"]);
    expect(await names("sort=name")).toEqual(["aaa", "bbb", "ccc"]);
    expect(await names("sort=-name")).toEqual(["ccc", "bbb", "aaa"]);
  });
});
