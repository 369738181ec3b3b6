import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { sweep } from "../scripts/live/sweep";
import { TelnyxClient } from "../sdk";
import { emulator } from "./emulator/helpers";

/* What of `npm run test:live` can run without a key: its refusal to pass without one, and its sweeper. */

const main = path.join(__dirname, "../dist/scripts/live/main.js");

describe("npm run test:live", () => {
  it("without TELNYX_API_KEY says why and exits non-zero, testing nothing", () => {
    const run = spawnSync(process.execPath, [main], { env: { ...process.env, TELNYX_API_KEY: "" }, encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("TELNYX_API_KEY is not set");
    expect(run.stderr).toContain("this is not a pass");
  });

  it("--sweep deletes every object named ptslive-* and nothing else", async () => {
    const emu = await emulator();
    const post = async (collection: string, body: object) => (await emu.api("POST", `/v2/${collection}`, body)).body;
    const old = (await post("ip_connections", { connection_name: "ptslive-202601010000-abcd-ip" })).data;
    await post("ips", { ip_address: "192.0.2.5", connection_id: old.id });
    const oldFqdn = (await post("fqdn_connections", { connection_name: "ptslive-202601010000-abcd-fqdn" })).data;
    await post("fqdns", { fqdn: "a.example.com", connection_id: oldFqdn.id, dns_record_type: "a" });
    await post("outbound_voice_profiles", { name: "ptslive-202601010000-abcd-profile" });
    await post("access_ip_ranges", { cidr_block: "203.0.113.0/24", description: "ptslive-202601010000-abcd" });
    const kept = (await post("ip_connections", { connection_name: "production-ip" })).data;
    await post("ips", { ip_address: "192.0.2.6", connection_id: kept.id });
    await post("outbound_voice_profiles", { name: "production-profile" });

    const swept = await sweep(new TelnyxClient({ apiKey: "sweep-key", baseUrl: `${emu.url}/v2` }), () => undefined);
    expect(swept).toHaveLength(6);
    const state = (await emu.control("GET", "/_emulator/state")).body.data.collections;
    const left = Object.fromEntries(Object.entries<any[]>(state).filter(([, v]) => v.length).map(([k, v]) => [k, v.length]));
    expect(left).toEqual({ ip_connections: 1, ips: 1, outbound_voice_profiles: 1 });
    expect(state.ip_connections[0].connection_name).toBe("production-ip");
  });
});
