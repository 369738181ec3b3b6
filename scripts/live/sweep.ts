import type { TelnyxClient } from "../../sdk";
import { resources } from "../../sdk/resources";

/** Every live run names what it creates `ptslive-<stamp>-<random>`; the sweeper deletes anything so named. */
export const LIVE_PREFIX = "ptslive-";

const named = (v: unknown) => typeof v === "string" && v.startsWith(LIVE_PREFIX);

/**
 * Deletes every object a live run left behind (a killed run, a failed destroy), addresses and hostnames of swept
 * connections first, then connections, profiles and access IP ranges. Returns what it deleted, one line each.
 */
export async function sweep(client: TelnyxClient, log: (line: string) => void = console.log): Promise<string[]> {
  const deleted: string[] = [];
  const remove = async (kind: keyof typeof resources, id: unknown, what: unknown) => {
    await client.resource(resources[kind]).delete(String(id));
    deleted.push(`${resources[kind].title} ${String(id)} (${String(what)})`);
    log(`swept ${deleted[deleted.length - 1]}`);
  };
  const connectionKinds = ["credentialConnection", "ipConnection", "fqdnConnection", "uacConnection"] as const;
  const connections = new Map<string, (typeof connectionKinds)[number]>();
  for (const kind of connectionKinds) {
    const found = await client.resource(resources[kind]).list({ "filter[connection_name][contains]": LIVE_PREFIX });
    for (const c of found) if (named(c.connection_name)) connections.set(String(c.id), kind);
  }
  for (const ip of await client.resource(resources.ip).list()) {
    if (connections.has(String(ip.connection_id))) await remove("ip", ip.id, ip.ip_address);
  }
  for (const fqdn of await client.resource(resources.fqdn).list()) {
    if (connections.get(String(fqdn.connection_id)) === "fqdnConnection") await remove("fqdn", fqdn.id, fqdn.fqdn);
  }
  for (const [id, kind] of connections) await remove(kind, id, "connection");
  for (const p of await client.resource(resources.outboundVoiceProfile).list({ "filter[name][contains]": LIVE_PREFIX })) {
    if (named(p.name)) await remove("outboundVoiceProfile", p.id, p.name);
  }
  for (const r of await client.resource(resources.accessIpRange).list()) {
    if (named(r.description)) await remove("accessIpRange", r.id, r.cidr_block);
  }
  return deleted;
}
