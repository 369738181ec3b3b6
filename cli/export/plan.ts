import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources, type ResourceKind } from "../../sdk/resources";
import { camel } from "../../provider/core/casing";
import { withoutOwnershipTag } from "../../sdk/ownership-tag";
import { managedFqdnTest } from "./managed-fqdns";
import { printable } from "./printable";
import { Namer, slug, withoutAutoNameSuffix, type Name } from "./names";
import { SecretCollector } from "./secrets";
import { connectionKinds, type AccountSnapshot, type ApiObject } from "./snapshot";
import { code, str, type Value } from "./ts-value";
import { writableArgs, type Leaf } from "./writable";

/** One `new sip.<Class>(...)` of the generated program. */
export interface Declaration {
  kind: ResourceKind;
  name: Name;
  /** The Telnyx id it adopts. */
  id: string;
  args: Record<string, Value>;
}

export interface Plan {
  declarations: Declaration[];
  secrets: SecretCollector;
  /** Values left out of the program, each naming the object and the field. */
  skipped: string[];
}

const specOf = (kind: ResourceKind) => resources[kind] as unknown as ResourceSpec;
const text = (v: unknown) => (typeof v === "string" ? v : "");
const idOf = (o: ApiObject) => String(o.id);

/** Sorted by the given keys, then id: the same account always gives the same order. */
function sorted(items: ApiObject[], ...keys: string[]): ApiObject[] {
  const sortKey = (o: ApiObject) => [...keys.map((k) => String(o[k] ?? "")), idOf(o)];
  return [...items].sort((a, b) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    const i = ka.findIndex((v, n) => v !== kb[n]);
    return i < 0 ? 0 : ka[i] < kb[i] ? -1 : 1;
  });
}

/** Fields that carry the clone prefix besides the name: a cloned range must not look like the original. */
const alsoPrefixed: Partial<Record<ResourceKind, string>> = { accessIpRange: "description" };

/** An id only the adopted objects can use: `adopt ? "<id>" : undefined`. */
export const adoptedOnly = (id: string) => code(`adopt ? ${str(id)} : undefined`);

/** Ids that are account-bound yet cannot be references: the FQDN depends on its connection already (a cycle). */
const adoptedOnlyPath = /^inbound\.default(Primary|Secondary|Tertiary)FqdnId$/;

/** Turns an account into the declarations of a program that adopts it, references and secrets wired. */
export function planProgram(account: AccountSnapshot): Plan {
  const namer = new Namer();
  const secrets = new SecretCollector();
  const skipped: string[] = [];
  const declarations: Declaration[] = [];
  const variables = new Map<string, string>(); // Telnyx id -> variable, for references
  const reference = (id: unknown) => (variables.has(String(id)) ? code(`${variables.get(String(id))}.id`) : (id as Value));

  const declare = (kind: ResourceKind, object: ApiObject, name: Name) => {
    const spec = specOf(kind);
    const prefixed = [spec.nameField && camel(spec.nameField), alsoPrefixed[kind]];
    const usedBy = (path: string[]) => `${spec.title} "${name.resource}" (id ${idOf(object)}), field ${path.join(".")}`;
    const rewrite = ({ path, value, meta }: Leaf): Value | undefined => {
      const at = path.join(".");
      if (meta.secret) return value === "" ? undefined : secrets.lookup(name.variable, path, value, usedBy(path));
      if (prefixed.includes(at)) return code(`named(${str(String(value))})`);
      if (at === "userName") return code(`userName(${str(String(value))})`);
      if (at === "connectionId" || at === "outbound.outboundVoiceProfileId") return reference(value);
      if (adoptedOnlyPath.test(at)) return adoptedOnly(String(value));
      return value as Value;
    };
    // The provider's ownership tag is not part of the program (see sdk/ownership-tag.ts).
    const args = writableArgs(spec.fields, withoutOwnershipTag(object), rewrite, (path, reason) => skipped.push(`${usedBy(path)}: ${printable(reason)}`));
    variables.set(idOf(object), name.variable);
    declarations.push({ kind, name, id: idOf(object), args });
  };

  for (const profile of sorted(account.outboundVoiceProfile, "name")) {
    declare("outboundVoiceProfile", profile, namer.name(withoutAutoNameSuffix(text(profile.name)), "profile"));
  }

  const isManaged = managedFqdnTest(account);
  const attachments = (kind: "ip" | "fqdn", order: string) =>
    sorted(account[kind].filter((o) => kind === "ip" || !isManaged(o)), order, "port");
  const ips = attachments("ip", "ip_address");
  const fqdns = attachments("fqdn", "fqdn");
  const declareAttached = (kind: "ip" | "fqdn", items: ApiObject[], prefix: string) => {
    for (const item of items) declare(kind, item, namer.name(`${prefix}-${kind}`, kind));
  };

  for (const kind of connectionKinds) {
    for (const connection of sorted(account[kind], "connection_name")) {
      const name = namer.name(withoutAutoNameSuffix(text(connection.connection_name)), slug(specOf(kind).title));
      declare(kind, connection, name);
      for (const [attachedKind, items] of [["ip", ips], ["fqdn", fqdns]] as const) {
        declareAttached(attachedKind, items.filter((o) => o.connection_id === connection.id), name.resource);
      }
    }
  }
  const unattached = (items: ApiObject[]) => items.filter((o) => !variables.has(String(o.connection_id)));
  declareAttached("ip", unattached(ips), "unattached");
  declareAttached("fqdn", unattached(fqdns), "unattached");

  for (const range of sorted(account.accessIpRange, "cidr_block")) {
    declare("accessIpRange", range, namer.name(text(range.description), "access-ip-range"));
  }
  return { declarations, secrets, skipped };
}
