// The resource kinds the plugin serves, by type token, and the kind providers that serve them: the very modules the
// dynamic resources store in their state (provider/kinds/), so both run the same check, diff, create, read, update
// and delete, location checks included.
import type { KindProvider } from "../provider/core/kind-provider";
import type { ResourceSpec } from "../sdk/resource-spec";
import { resources } from "../sdk/resources";
import { resourceToken } from "./schema";

export type Kind = keyof typeof resources;

const byToken = new Map<string, Kind>((Object.keys(resources) as Kind[]).map((kind) => [resourceToken(kind), kind]));

/** The kind of a type token, or an error naming the token and what the plugin serves. */
export function kindOfToken(token: string): Kind {
  const kind = byToken.get(token);
  if (!kind) throw new Error(`telnyx-sip: unknown resource type ${token}; this plugin serves ${[...byToken.keys()].join(", ")}`);
  return kind;
}

export const specOf = (kind: Kind): ResourceSpec => resources[kind] as unknown as ResourceSpec;

const loaded = new Map<Kind, KindProvider>();
export function kindProvider(kind: Kind): KindProvider {
  let provider = loaded.get(kind);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!provider) loaded.set(kind, (provider = require(`../provider/kinds/${kind}`) as KindProvider));
  return provider;
}

export const allKinds = (): Kind[] => [...byToken.values()];
