import Telnyx from "telnyx";
import { describe, expect, it } from "vitest";
import {
  fullAccessIpRange, fullCredentialConnection, fullFqdn, fullFqdnConnection, fullFqdnConnectionUpdate, fullIp,
  fullIpConnection, fullOutboundVoiceProfile, fullUacConnection,
} from "../openapi/full-payloads";
import { emulator } from "./helpers";

/* The official Node SDK (telnyx on npm) pointed at the emulator: every SIP family driven with full payloads. */

async function sdk() {
  const emu = await emulator({ secrets: "mask8" });
  return { emu, client: new Telnyx({ apiKey: "sdk-test-key", baseURL: `${emu.url}/v2`, maxRetries: 0 }) };
}

async function all<T>(page: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of page) items.push(item);
  return items;
}

describe("the official Node SDK against the emulator", () => {
  it("creates, retrieves, lists, updates and deletes every family with full payloads", { timeout: 60_000 }, async () => {
    const { client } = await sdk();
    const profile = (await client.outboundVoiceProfiles.create(fullOutboundVoiceProfile as never)).data!;
    expect(profile).toMatchObject({ name: "full-profile", daily_spend_limit: "150.00", calling_window: { calls_per_cld: 5 } });

    const families = [
      [client.credentialConnections, fullCredentialConnection(profile.id!), fullCredentialConnection(profile.id!)],
      [client.ipConnections, fullIpConnection(profile.id!), fullIpConnection(profile.id!)],
      [client.fqdnConnections, fullFqdnConnection(profile.id!), fullFqdnConnectionUpdate(profile.id!)],
      [client.uacConnections, fullUacConnection(profile.id!), fullUacConnection(profile.id!)],
    ] as const;
    for (const [resource, body, update] of families) {
      const api = resource as unknown as {
        create(b: object): Promise<{ data?: any }>;
        retrieve(id: string): Promise<{ data?: any }>;
        update(id: string, b: object): Promise<{ data?: any }>;
        list(): AsyncIterable<any>;
        delete(id: string): Promise<{ data?: any }>;
      };
      const created = (await api.create(body)).data;
      expect(created, body.connection_name).toMatchObject({ connection_name: body.connection_name, tags: ["fidelity", "full"], webhook_timeout_secs: 25 });
      if ("conversation_persistence" in body) expect(created.conversation_persistence).toBe(true);
      if ("password" in body) expect(created.password).toBe("********");
      expect((await api.retrieve(created.id)).data.id).toBe(created.id);
      const renamed = (await api.update(created.id, { ...update, connection_name: `${body.connection_name}-2` })).data;
      expect(renamed.connection_name).toBe(`${body.connection_name}-2`);
      expect((await all(api.list())).map((c) => c.id)).toContain(created.id);
      if (resource === client.ipConnections) {
        const ip = (await client.ips.create(fullIp(created.id) as never)).data!;
        expect((await client.ips.update(ip.id!, { ...fullIp(created.id), port: 5090 } as never)).data?.port).toBe(5090);
        expect((await all(client.ips.list())).map((i) => i.id)).toContain(ip.id);
        await client.ips.delete(ip.id!);
      }
      if (resource === client.fqdnConnections) {
        const fqdn = (await client.fqdns.create(fullFqdn(created.id) as never)).data!;
        expect((await client.fqdns.retrieve(fqdn.id!)).data?.port).toBe(5070);
        await client.fqdns.delete(fqdn.id!);
      }
      expect((await api.delete(created.id)).data.id).toBe(created.id);
    }

    const range = await client.accessIPRanges.create(fullAccessIpRange as never);
    expect(range).toMatchObject({ cidr_block: fullAccessIpRange.cidr_block, description: "office" });
    expect((await all(client.accessIPRanges.list())).map((r) => r.id)).toContain(range.id);
    await client.accessIPRanges.delete(range.id!);
    expect((await client.outboundVoiceProfiles.delete(profile.id!)).data?.id).toBe(profile.id);
  });

  it("reads connections, their active calls and counts, and registration checks", { timeout: 60_000 }, async () => {
    const { emu, client } = await sdk();
    const cred = (await client.credentialConnections.create({ connection_name: "sdk-cred", user_name: "sdkcred01", password: "sdk-password-1" })).data!;
    expect((await client.connections.retrieve(cred.id!)).data?.record_type).toBe("credential_connection");
    expect((await all(client.connections.list())).map((c) => c.id)).toEqual([cred.id]);
    await emu.control("POST", "/_emulator/calls", { connection_id: cred.id, count: 2, call_duration: 9 });
    const calls = await all(client.connections.listActiveCalls(cred.id!));
    expect(calls.map((c) => [c.record_type, c.call_duration])).toEqual([["call", 9], ["call", 9]]);
    const count = (await client.connections.retrieveCount()).data;
    expect(count.counts).toMatchObject({ credential_connections: 1, ip_connections: 0, uac_connections: 0 });
    const check = (await client.credentialConnections.actions.checkRegistrationStatus(cred.id!)).data;
    expect(check).toMatchObject({ record_type: "registration_status", status: "Not Registered", sip_username: "sdkcred01" });
  });
});
