import { resources } from "../sdk/resources";
import type { ResourceSpec } from "../sdk/resource-spec";
import { toApi } from "./core/casing";
import { existingIds, findMadeBy, listsBeforeCreate } from "./ownership";
import { readSettings } from "./core/settings";
import { telnyxClientFor } from "./core/clients";
import { LEGACY_KIND, LEGACY_MARKER, privateOf } from "./core/internal-keys";
import { kindOf } from "./core/type-token";
import { ADOPT_ID, isProviderKey } from "./core/diff";

/** One create that a killed `pulumi up` left pending: its URN and the inputs the engine recorded for it. */
export interface PendingCreate {
  urn: string;
  inputs: Record<string, unknown>;
}

export type PendingCreateOutcome =
  | { kind: "made"; id: string }
  | { kind: "not made" }
  /** Made before creates listed their key (0.4): these objects have its key, and nothing tells which, if any, it made. */
  | { kind: "unproven"; candidates: string[] }
  | { kind: "not ours" };

/**
 * What a pending create did: the id of the object it made, found by the proof the provider gave that very create
 * (its token, or for untagged kinds the objects its key had before: provider/ownership/), or "not made". `config` is
 * the configuration of the provider the resource runs in: the stack's (`telnyx:apiKey`, ...) or its sip.Account's.
 */
export async function resolvePendingCreate(config: Record<string, string | undefined>, pending: PendingCreate): Promise<PendingCreateOutcome> {
  const inputs = pending.inputs;
  const kind = kindOf(pending.urn) ?? (inputs[LEGACY_KIND] as keyof typeof resources | undefined);
  if (!kind || !(kind in resources)) return { kind: "not ours" };
  // Taking over an existing object: the object is there whether or not the create finished.
  const adoptId = inputs[ADOPT_ID];
  const own = privateOf(inputs);
  if (own.adoptNow && typeof adoptId === "string") return { kind: "made", id: adoptId };
  const token = own.token ?? (inputs[LEGACY_MARKER] as string | undefined);
  if (!token) return { kind: "not made" };
  const spec = resources[kind] as unknown as ResourceSpec;
  const client = telnyxClientFor(readSettings({ get: (key) => config[key] }));
  const declared = Object.fromEntries(Object.entries(inputs).filter(([k]) => !isProviderKey(k)));
  const api = client.resource(spec) as never;
  const body = toApi(spec.fields, declared) as Record<string, unknown>;
  if (listsBeforeCreate(spec) && own.before === undefined) {
    const candidates = await existingIds(spec, api, body);
    return candidates.length > 0 ? { kind: "unproven", candidates } : { kind: "not made" };
  }
  const made = await findMadeBy(spec, api, body, token, own.before);
  return made ? { kind: "made", id: String(made.id) } : { kind: "not made" };
}
