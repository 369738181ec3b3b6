// A `pulumi destroy` makes one DELETE per object and loads no schema: the dynamic provider's process loads zod and the
// schemas (about 60 ms of CPU) only for a call that needs them, here the check that a 404 comes from the API itself.
import { execFile } from "node:child_process";
import * as path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestEmulator } from "../e2e/emulator";

const repo = path.join(__dirname, "../..");

// The provider module as a resource's state requires it, in a process of its own, as the engine runs it.
const script = `
const provider = require("pulumi-telnyx-sip/dist/provider/kinds/ip.js");
const zodLoaded = () => Object.keys(require.cache).some((file) => file.includes("/node_modules/zod/"));
(async () => {
  const config = { "telnyx:apiKey": "lean-delete-key", "telnyx:baseUrl": process.env.BASE_URL };
  await provider.configure({ config: { get: (key) => config[key] } });
  const loaded = [zodLoaded()];
  await provider.delete(process.env.ID, {});
  loaded.push(zodLoaded());
  await provider.delete(process.env.ID, {}); // gone already: a 404, checked against the collection
  loaded.push(zodLoaded());
  console.log(JSON.stringify(loaded));
  process.exit(0);
})().catch((err) => { console.error(err); process.exit(1); });
`;

describe("delete", () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await TestEmulator.start();
  });
  afterAll(() => emu?.close());

  const api = async (method: string, route: string, body: unknown) => {
    const res = await fetch(`${emu.baseUrl}${route}`, {
      method, headers: { authorization: "Bearer lean-delete-key", "content-type": "application/json" }, body: JSON.stringify(body),
    });
    expect(res.status).toBeLessThan(300);
    return ((await res.json()) as { data: { id: string } }).data;
  };

  it("sends one DELETE without loading a schema, and loads them only to tell a 404 from a wrong URL", async () => {
    const connection = await api("POST", "/ip_connections", { connection_name: "lean-delete" });
    const ip = await api("POST", "/ips", { connection_id: connection.id, ip_address: "192.0.2.10" });
    const run = await promisify(execFile)(process.execPath, ["-e", script], {
      cwd: repo, env: { ...process.env, BASE_URL: emu.baseUrl, ID: ip.id }, encoding: "utf8",
    });
    expect(JSON.parse(run.stdout.trim().split("\n").pop()!)).toEqual([false, false, true]);
    expect(await emu.counts()).toMatchObject({ ips: 0, ip_connections: 1 });
    const deletes = (await emu.writes()).filter((w) => w.method === "DELETE");
    expect(deletes.map((w) => `${w.path} ${w.status}`)).toEqual([`/v2/ips/${ip.id} 200`, `/v2/ips/${ip.id} 404`]);
  });
});
