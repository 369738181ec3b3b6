import { attachedDefaults, codecsNeedTransport } from "../validate/semantic";
import { connectionResource } from "./connection";

/** IP connections: traffic authenticated by source IP (the IPs are separate /ips records). */
export const ipConnections = connectionResource({
  type: "ip",
  collection: "ip_connections",
  secretPaths: [["outbound", "ip_authentication_token"]],
  checks: (merged, body, ctx) => [...codecsNeedTransport(merged, body), ...attachedDefaults(merged, body, ctx.store, "ip")],
  // IPs may exist without a connection, so deleting the connection only detaches them.
  afterDelete: (rec, ctx) => {
    for (const ip of ctx.store.all("ips")) {
      if (ip.connection_id === rec.id) ctx.store.put("ips", { ...ip, connection_id: null, updated_at: ctx.now() });
    }
  },
});
