import type { z } from "zod";
import { Collection, type ListOptions } from "./collection";
import { readOne } from "./envelope";
import { TelnyxApiError } from "./errors";
import type { HttpClient } from "./http";
import { objectPath } from "./telnyx-http";
import type { QueryParams } from "./query";
import type { CreateInput, ResourceOutput, ResourceSpec, UpdateInput } from "./resource-spec";

export interface CreateOptions {
  /** Retry the POST after errors where it may already have created the object (risking a duplicate). */
  retryUnsafe?: boolean;
}

export interface GetOptions {
  /** For resources without GET by id: narrows the list that is searched. */
  filters?: QueryParams;
}

/**
 * CRUD for one ResourceSpec. Bodies are sent as given (the provider validates with spec.fields first);
 * answers are parsed with spec.response, which tolerates unknown keys and values.
 */
export class ResourceClient<S extends ResourceSpec> extends Collection<ResourceOutput<S>> {
  constructor(http: HttpClient, readonly spec: S) {
    super(http, spec.path, spec.response as z.ZodType<ResourceOutput<S>>, spec.maxPageSize);
  }

  async create(body: CreateInput<S>, opts: CreateOptions = {}): Promise<ResourceOutput<S>> {
    const res = await this.http.request("POST", this.path, { body, retryUnsafe: opts.retryUnsafe });
    return readOne(res, this.spec.envelope, this.schema, "POST", this.http.pathFor(this.path));
  }

  /** Throws TelnyxApiError with isNotFound when the object does not exist. */
  override async get(id: string, opts: GetOptions = {}): Promise<ResourceOutput<S>> {
    if (this.spec.gettable) return super.get(id);
    const found = (await this.list(opts.filters)).find((item) => (item as { id?: unknown }).id === id);
    if (found) return found;
    throw new TelnyxApiError({
      service: "Telnyx",
      status: 404,
      errors: [{ code: "10005", title: "Resource not found", detail: `no ${this.spec.title} with id ${id}` }],
      method: "GET",
      path: this.http.pathFor(this.path),
    });
  }

  /** PATCH; fields in spec.requiredOnUpdate missing from `patch` are copied from the current object. */
  async update(id: string, patch: UpdateInput<S>): Promise<ResourceOutput<S>> {
    if (!this.spec.updatable) throw new Error(`A ${this.spec.title} cannot be updated; replace it instead`);
    const body: Record<string, unknown> = { ...patch };
    const missing = (this.spec.requiredOnUpdate ?? []).filter((f) => body[f] === undefined);
    if (missing.length > 0) {
      const current = (await this.get(id)) as Record<string, unknown>;
      for (const f of missing) body[f] = current[f];
    }
    const path = objectPath(this.path, id);
    const res = await this.http.request("PATCH", path, { body });
    return readOne(res, "data", this.schema, "PATCH", this.http.pathFor(path));
  }

  /**
   * After a 404 for `id`: true when the collection itself answers for this account (so the object really is gone);
   * otherwise an error naming the URL, because a 404 from a wrong base URL or a proxy says nothing about the object.
   */
  async confirmGone(id: string, notFound: unknown): Promise<true> {
    try {
      await this.listPage({}, { pageSize: 1 });
      return true;
    } catch (err) {
      const url = this.http.urlFor(this.path);
      throw new Error(
        `${this.spec.title} ${id} answered 404, and so did the collection ${url} itself` +
          ` (${(err as Error).message}; first: ${(notFound as Error).message}). ` +
          "That is a wrong base URL or a proxy, not a deleted object: check telnyx:baseUrl " +
          "(the Telnyx API is https://api.telnyx.com/v2, with /v2) and any proxy in between; nothing was changed in the state.",
      );
    }
  }

  /** Returns the deleted object, as the API does. */
  async delete(id: string): Promise<ResourceOutput<S>> {
    const path = objectPath(this.path, id);
    const res = await this.http.request("DELETE", path);
    return readOne(res, this.spec.envelope, this.schema, "DELETE", this.http.pathFor(path));
  }
}

export type { ListOptions };
