import type { z } from "zod";

/** Everything the generic client and the provider need to know about one Telnyx REST resource. */
export interface ResourceSpec<F extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  /** Stable name, used for type tokens, e.g. "credentialConnection". */
  kind: string;
  /** For messages, e.g. "credential connection". */
  title: string;
  /** Collection path under the API base URL, e.g. "/credential_connections". */
  path: string;
  /** The record_type the API reports, when it reports one. */
  recordType?: string;
  /** Every field a user may write (create body), with all documented validation. */
  fields: F;
  /** What the API returns: a lenient copy of `fields` plus computed fields. Never fails on unknown keys, nulls or values. */
  response: R;
  /** Create/delete responses wrap the object in {data} or return it bare. */
  envelope: "data" | "bare";
  createStatus: 200 | 201;
  updatable: boolean;
  /** Without GET by id, get() searches the list. */
  gettable: boolean;
  /** Fields the API requires on every PATCH; the client copies them from the current object when missing. */
  requiredOnUpdate?: string[];
  defaultPageSize: number;
  maxPageSize: number;
  /** A field whose value is unique across the account: an old and a new object cannot hold it at once. */
  uniqueKey?: string;
  /**
   * What the API sets a writable field to when a create leaves it out (API spelling, deeply; null for "unset"), where
   * that is documented: what a field the program stops declaring goes back to.
   */
  defaults?: Record<string, unknown>;
  /** The field auto-naming fills in. */
  nameField?: "connection_name" | "name";
}

export type CreateInput<S extends ResourceSpec> = z.input<S["fields"]>;
export type UpdateInput<S extends ResourceSpec> = Partial<z.input<S["fields"]>>;
export type ResourceOutput<S extends ResourceSpec> = z.output<S["response"]>;
