// An emulator's stored account in a form two accounts can be compared in: writable fields only (ids, timestamps and
// generated fields aside), references as the referenced object's name, Telnyx-managed hostnames as a count.
import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources, type ResourceKind } from "../../sdk/resources";
import { withoutOwnershipTag } from "../../sdk/ownership-tag";
import { managedFqdnTest } from "../../cli/export/managed-fqdns";
import { emptySnapshot, type AccountSnapshot, type ApiObject } from "../../cli/export/snapshot";
import { writableArgs } from "../../cli/export/writable";

type Collections = Record<string, ApiObject[]>;

const specOf = (kind: ResourceKind) => resources[kind] as unknown as ResourceSpec;

/** The emulator's collections (keyed by URL segment) as a snapshot keyed by resource kind. */
export function snapshotOf(collections: Collections): AccountSnapshot {
  const account = emptySnapshot();
  for (const kind of Object.keys(account) as ResourceKind[]) account[kind] = collections[specOf(kind).path.slice(1)] ?? [];
  return account;
}

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

export function comparableAccount(collections: Collections): Record<string, unknown[]> {
  const account = snapshotOf(collections);
  const names = new Map<string, string>();
  for (const [kind, objects] of Object.entries(account)) {
    for (const o of objects) names.set(String(o.id), `${kind}:${String(o.connection_name ?? o.name ?? o.id)}`);
  }
  const isManaged = managedFqdnTest(account);
  const out: Record<string, unknown[]> = {};
  for (const [kind, objects] of Object.entries(account) as [ResourceKind, ApiObject[]][]) {
    out[kind] = objects
      .filter((o) => kind !== "fqdn" || !isManaged(o))
      .map((o) =>
        writableArgs(specOf(kind).fields, withoutOwnershipTag(o), ({ path, value }) => {
          const at = path.join(".");
          return at === "connectionId" || at === "outbound.outboundVoiceProfileId" ? names.get(String(value)) : (value as never);
        }, () => {}),
      )
      .sort(byJson);
  }
  out.managedFqdns = account.fqdn.filter(isManaged).map((f) => names.get(String(f.connection_id))).sort();
  return out;
}
