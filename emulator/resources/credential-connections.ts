import { connectionKey } from "../registration";
import { uniqueUserName } from "../validate/semantic";
import { connectionResource } from "./connection";

/** Credential connections: a PBX registers to Telnyx with user_name/password. */
export const credentialConnections = connectionResource({
  type: "credential",
  collection: "credential_connections",
  secretPaths: [["password"]],
  checks: (merged, body, ctx) => uniqueUserName(body, ctx.store, merged.id),
  afterDelete: (rec, ctx) => ctx.registrations.remove(connectionKey(rec.id)),
});
