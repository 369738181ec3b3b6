import type { ActiveCalls } from "../active-calls";
import type { Registrations } from "../registration";
import type { SecretsMode } from "../secrets";
import type { UnsetMode } from "../unset";
import type { CollectionName, Rec, Store } from "../store";

/** Everything a resource needs to build, validate and render records. */
export interface Ctx {
  store: Store;
  registrations: Registrations;
  calls: ActiveCalls;
  secrets: SecretsMode;
  unset: UnsetMode;
  userId: string;
  now(): string;
}

/** One Telnyx collection: how to create, update, filter and show its records. */
export interface ResourceDef {
  collection: CollectionName;
  /** 201 for connections, ips and fqdns; 200 for outbound voice profiles. */
  createStatus: number;
  defaultPageSize: number;
  sort?: { fields: readonly string[]; default: string };
  filter?(items: Rec[], query: URLSearchParams, ctx: Ctx): Rec[];
  /** Validates a create body (422 on failure) and returns the stored record. */
  create(body: unknown, ctx: Ctx): Rec;
  /** Builds a full record from a body without validation (control API seeding). */
  build(body: Rec, ctx: Ctx, id: string): Rec;
  /** Validates a PATCH body against the stored record and returns the merged record; absent = no PATCH route. */
  update?(existing: Rec, body: unknown, ctx: Ctx): Rec;
  render(rec: Rec, ctx: Ctx): Rec;
  /** Side effects after the record is stored (auto-created FQDNs, ...). */
  afterCreate?(rec: Rec, ctx: Ctx): void;
  /** Clean-up of dependent data when the record is deleted. */
  afterDelete?(rec: Rec, ctx: Ctx): void;
}
